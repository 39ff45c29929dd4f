/**
 * The client experience survey (cliëntervaringsonderzoek, #22): the resident's page (B1: short sentences, everyday
 * words), the representative's block on the arrangement page and its letter, and the section on the Transformatie page.
 * The API's messages are in survey-messages.nl.ts.
 */

/** The questions as the resident reads them (VNG standard set), in the API's order. */
export const SURVEY_QUESTION_TEXTS = {
  KNEW_WHERE_TO_GO: 'Ik wist waar ik moest zijn met mijn hulpvraag.',
  HELPED_QUICKLY: 'Ik werd snel geholpen.',
  TAKEN_SERIOUSLY: 'Ik voelde me serieus genomen.',
  SOLUTIONS_TOGETHER: 'De medewerker en ik hebben samen naar oplossingen gezocht.',
  QUALITY_GOOD: 'Ik vind de kwaliteit van de ondersteuning goed.',
  DO_WHAT_I_WANT: 'Door de ondersteuning kan ik de dingen doen die ik wil.',
  MANAGE_BETTER: 'Door de ondersteuning kan ik mij beter redden.',
  QUALITY_OF_LIFE: 'Door de ondersteuning heb ik een betere kwaliteit van leven.',
} as const;

/** Short names of the questions, for the columns of tables and charts. */
export const SURVEY_QUESTION_SHORT_TEXTS = {
  KNEW_WHERE_TO_GO: 'Wist waar te gaan',
  HELPED_QUICKLY: 'Snel geholpen',
  TAKEN_SERIOUSLY: 'Serieus genomen',
  SOLUTIONS_TOGETHER: 'Samen oplossingen gezocht',
  QUALITY_GOOD: 'Kwaliteit goed',
  DO_WHAT_I_WANT: 'Kan doen wat ik wil',
  MANAGE_BETTER: 'Kan mij beter redden',
  QUALITY_OF_LIFE: 'Betere kwaliteit van leven',
} as const;

/** The answers, from agreeing to not agreeing, and "weet ik niet". */
export const SURVEY_SCALE_TEXTS = {
  STRONGLY_AGREE: 'Helemaal mee eens',
  AGREE: 'Mee eens',
  NEUTRAL: 'Niet mee eens, niet mee oneens',
  DISAGREE: 'Niet mee eens',
  STRONGLY_DISAGREE: 'Helemaal niet mee eens',
  DONT_KNOW: 'Weet ik niet',
} as const;

/** The resident's page, /ervaring/<code>. */
export const SURVEY_TEXTS = {
  title: 'Wat vond u van de hulp?',
  intro:
    'U kreeg hulp of ondersteuning van de gemeente. Wij willen graag weten hoe dat ging. Zo kunnen we de hulp beter maken. Het invullen duurt ongeveer 3 minuten.',
  anonymous: 'Uw antwoorden zijn anoniem. Niemand kan zien dat de antwoorden van u komen. Ook uw zorgaanbieder niet.',
  optional: 'U mag een vraag overslaan.',
  start: 'Beginnen',
  progress: 'Vraag {n} van {total}',
  next: 'Volgende vraag',
  skip: 'Deze vraag overslaan',
  previous: 'Vorige vraag',
  openLegend: 'Wilt u nog iets anders zeggen over de hulp?',
  openHint: 'Schrijf geen namen op. Dit mag u ook leeg laten.',
  send: 'Antwoorden versturen',
  needOne: 'Beantwoord minstens één vraag. Ga terug met "Vorige vraag".',
  thanksTitle: 'Bedankt!',
  thanks: 'Uw antwoorden zijn verstuurd. Bedankt voor uw hulp. Met uw antwoorden maken we de hulp in onze gemeente beter.',
  thanksClose: 'U kunt deze pagina nu sluiten.',
  checking: 'De code',
  validUntil: 'U kunt de vragenlijst invullen tot {date}.',
  unknown: 'Deze code kennen we niet. Kijk of u de code goed hebt overgenomen van de brief.',
  used: 'Met deze code is de vragenlijst al ingevuld. Een code werkt maar één keer.',
  expired: 'Deze code is verlopen. Een code werkt 60 dagen. Vraag uw zorgaanbieder om een nieuwe code.',
  limited: 'Er zijn te veel verkeerde codes geprobeerd. Probeer het over een uur opnieuw.',
  codeLabel: 'Uw code',
  codeHint: 'De code staat in de brief. Bijvoorbeeld: K7PM3-XW9QD.',
  codeSubmit: 'Verder',
} as const;

/** The representative's block on the arrangement page, and the letter for the resident. */
export const SURVEY_CODE_TEXTS = {
  heading: 'Vragenlijst cliëntervaring',
  intro:
    'Geef de inwoner een code voor de vragenlijst over de ondersteuning: na het einde van het arrangement, of eens per jaar als het langer loopt. De code werkt één keer en 60 dagen. U ziet de code alleen nu; Regiekamer bewaart hem niet en kent het adres van de inwoner niet.',
  issue: 'Code maken',
  issuedNotice: 'De code is gemaakt. Print de brief of kopieer de tekst om zelf te mailen. U ziet de code maar één keer.',
  codeLabel: 'Code',
  addressLabel: 'Adres',
  untilLabel: 'Geldig tot',
  printLetter: 'Brief afdrukken',
  copy: 'Tekst kopiëren',
  copied: 'De tekst is gekopieerd.',
  listHeading: 'Gemaakte codes',
  none: 'Voor dit arrangement is nog geen code gemaakt.',
  issuedOn: 'Gemaakt op',
  expiresOn: 'Geldig tot',
  usedColumn: 'Ingevuld',
  yes: 'Ja',
  no: 'Nee',
  expired: 'Verlopen',
  letterTitle: 'Wat vond u van de hulp?',
  letterGreeting: 'Beste inwoner,',
  letterBody:
    'U kreeg hulp of ondersteuning via de gemeente. De gemeente wil graag weten wat u daarvan vond. Zo kan de hulp beter worden. Wilt u een korte vragenlijst invullen? Dat duurt ongeveer 3 minuten.',
  letterHow: 'Ga op uw telefoon of computer naar dit adres:',
  letterCode: 'Uw code is:',
  letterUntil: 'U kunt de vragenlijst invullen tot {date}.',
  letterAnonymous: 'Uw antwoorden zijn anoniem. Niemand kan zien dat de antwoorden van u komen. Ook wij niet.',
  letterThanks: 'Alvast bedankt!',
  mailText:
    'Beste inwoner,\n\nU kreeg hulp of ondersteuning via de gemeente. De gemeente wil graag weten wat u daarvan vond. Wilt u een korte vragenlijst invullen? Dat duurt ongeveer 3 minuten.\n\nGa naar: {url}\nUw code is: {code}\nU kunt de vragenlijst invullen tot {date}.\n\nUw antwoorden zijn anoniem. Niemand kan zien dat de antwoorden van u komen.\n\nAlvast bedankt!',
} as const;

/** The section on the Transformatie page. */
export const SURVEY_RESULT_TEXTS = {
  heading: 'Cliëntervaring',
  intro:
    'Hoeveel inwoners het eens zijn met de vragen van het cliëntervaringsonderzoek (helemaal mee eens of mee eens, van wie de vraag beantwoordde). Een cijfer van minder dan 10 reacties tonen we niet, en ook niet een cijfer waarmee het terug te rekenen is.',
  year: 'Jaar',
  show: 'Toon jaar',
  chartTitle: 'Eens met de vraag, alle aanbieders samen, {year}',
  hidden: 'minder dan 10 reacties',
  hiddenMargin: 'verborgen (anders terug te rekenen)',
  total: 'Alle aanbieders samen',
  responses: 'Reacties',
  provider: 'Aanbieder',
  category: 'Productcategorie',
  question: 'Vraag',
  share: 'Eens',
  byProviderCaption: 'Eens met de vraag per aanbieder, {year}',
  byCategoryCaption: 'Eens met de vraag per productcategorie, {year}',
  ratesCaption: 'Codes gemaakt en ingevuld per aanbieder, {year}',
  issued: 'Codes gemaakt',
  used: 'Ingevuld',
  rate: 'Respons',
  none: 'Voor dit jaar zijn er geen reacties.',
  notFinal: 'De uitkomsten van {year, number, ::group-off} komen na afloop van het jaar. Kies een periode die in een eerder jaar eindigt.',
  csv: 'Download als CSV (Excel)',
  openHeading: 'Open antwoorden',
  openIntro:
    'Alleen u als regisseur ziet de open antwoorden (u hebt geheimhoudingsplicht). Wilt u een antwoord citeren in een verslag? Laat dan eerst namen en andere herkenbare woorden weg: die worden […].',
  openNone: 'Er zijn geen open antwoorden voor dit jaar.',
  maskOpen: 'Woorden weglaten en citeren',
  maskLabel: 'Woorden weglaten (één per regel)',
  maskSubmit: 'Weglaten en citeren',
  unquote: 'Niet meer citeren',
  quoted: 'Citaat',
  quotesHeading: 'Wat inwoners zeggen',
} as const;
