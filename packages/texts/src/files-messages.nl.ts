import type { MessageText } from './messages.nl';

/** The Dutch texts of documents (upload, download) and of the CSV import: the API's messages. */
export const FILES_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: 'A file may be at most 20 MB.', nl: 'Dit bestand is te groot: het mag hoogstens 20 MB zijn.' },
  { api: 'A CSV file may be at most 5 MB.', nl: 'Dit bestand is te groot: een CSV-bestand mag hoogstens 5 MB zijn.' },
  {
    api: 'Only PDF, office documents (Word, Excel, PowerPoint, OpenDocument), images (PNG, JPEG, GIF, WebP) and text or CSV files are accepted.',
    nl: 'Dit soort bestand kan niet worden toegevoegd. Kies een PDF, een Word-, Excel-, PowerPoint- of OpenDocument-bestand, een afbeelding (PNG, JPEG, GIF, WebP) of een tekst- of CSV-bestand.',
  },
  { api: 'A CSV file must be UTF-8 text.', nl: 'Dit is geen CSV-bestand: sla het op als CSV (UTF-8) en probeer het opnieuw.' },
  { api: 'No document or owner with this id.', nl: 'Dit bestaat niet (meer), of u mag het niet zien.' },
  { api: 'No document with this id.', nl: 'Dit bestand bestaat niet (meer), of u mag het niet zien.' },
  { api: 'Only the regisseur and the providers upload documents.', nl: 'Alleen de regisseur en de aanbieders voegen bestanden toe.' },
  {
    api: 'Only who uploaded a document, or the regisseur, deletes it.',
    nl: 'Alleen wie het bestand heeft toegevoegd, of de regisseur, kan het verwijderen.',
  },
  { api: 'The request body must be multipart/form-data.', nl: 'Kies een bestand en probeer het opnieuw.' },
  { api: 'The multipart/form-data body could not be read.', nl: 'Het bestand kwam niet goed aan. Probeer het opnieuw.' },
  // CSV import: the file
  { api: 'The file is not valid CSV.', nl: 'Dit bestand is geen geldig CSV-bestand. Controleer de aanhalingstekens en scheidingstekens.' },
  { api: 'The file is empty.', nl: 'Het bestand is leeg.' },
  { api: 'Unknown column "{column}".', nl: 'De kolom ‘{column}’ is onbekend. Gebruik de kolommen van het sjabloon.' },
  { api: 'The column "{column}" is missing.', nl: 'De kolom ‘{column}’ ontbreekt. Gebruik de kolommen van het sjabloon.' },
  { api: 'The file has no lines below its header.', nl: 'Het bestand heeft geen regels onder de kopregel.' },
  { api: 'At most {max} lines per file.', nl: 'Hoogstens {max, number} regels per bestand. Verdeel het over meer bestanden.' },
  // CSV import: the cells
  { api: 'Must be a date as dd-mm-jjjj or jjjj-mm-dd.', nl: 'Vul een datum in als dd-mm-jjjj of jjjj-mm-dd.' },
  { api: 'Must be a number, with a decimal comma or point.', nl: 'Vul een getal in, met een komma of punt voor de decimalen.' },
  {
    api: 'Must be an amount in euros, with at most two decimals.',
    nl: 'Vul een bedrag in euro’s in, met hoogstens twee decimalen (bijvoorbeeld 1.250,00).',
  },
  {
    api: 'Must be begeleiding, dagbesteding, groepsgerichte ondersteuning or overige arrangementen.',
    nl: 'Kies begeleiding, dagbesteding, groepsgerichte ondersteuning of overige arrangementen.',
  },
  { api: 'Must be individueel, groep or gemengd.', nl: 'Kies individueel, groep of gemengd.' },
  { api: 'This kenmerk appears more than once in the file.', nl: 'Dit kenmerk staat meer dan één keer in het bestand.' },
  { api: 'This kenmerk was imported already.', nl: 'Dit kenmerk is al geïmporteerd.' },
  { api: 'No arrangement of yours was imported with this kenmerk.', nl: 'Er is geen arrangement van u met dit kenmerk geïmporteerd.' },
];
