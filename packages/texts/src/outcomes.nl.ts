import type { MessageText } from './messages.nl';

/** The Dutch texts of the outcome indicators (#22 "Outcomes under the inverted incentive"): labels, the page section, the digest. */

export const OUTCOME_TEXTS = {
  /** The line of the regisseur's morning digest; figure and threshold come formatted ("40%", "12 dagen"). */
  digestLine:
    '{title}: {indicator} is {figure}, boven de drempel van {threshold} (laatste twaalf maanden, {count, plural, one {# geval} other {# gevallen}})',
  daysOverNorm: '{days, plural, one {# dag} other {# dagen}} boven de norm',
} as const;

/** The outcomes section of the Transformatie page and the regisseur's forms for thresholds and duration norms. */
export const OUTCOME_PAGE_TEXTS = {
  title: 'Uitkomsten voor inwoners',
  intro:
    'Nu aanbieders verdienen aan goedkoop leveren, laat dit zien of inwoners nog krijgen wat ze nodig hebben: bereikte doelen, voortijdige beëindigingen en inwoners die binnen zes maanden opnieuw ondersteuning vragen.',
  what: 'De uitkomsten',
  headWaiting: 'Mediane wachttijd (norm {days, number} dagen)',
  chartEmpty: 'Geen beëindigde arrangementen in deze periode.',
  chartThreshold: '(stippellijn: drempel)',
  tableLabel: 'Uitkomsten per aanbieder',
  tableCaption:
    'Uitkomsten per aanbieder; beëindigd en gestart in de periode. Opnieuw aangevraagd: van de beëindigingen waarvan zes maanden verstreken zijn.',
  allProviders: 'Alle aanbieders',
  columnProvider: 'Aanbieder',
  columnEnded: 'Beëindigd',
  columnAchieved: 'Doelen bereikt',
  columnNotAchieved: 'Doelen niet bereikt',
  columnEarly: 'Voortijdig beëindigd',
  columnReRequests: 'Opnieuw aangevraagd',
  columnWaiting: 'Mediane wachttijd',
  columnDuration: 'Mediane duur (t.o.v. norm)',
  over: '(boven drempel)',
  stillOpen: '{count, number} nog open',
  of: '{part, number} van {whole, number}',
  thresholdsLine: 'Drempels: {list}. Een cijfer boven een drempel is gemarkeerd met „boven drempel” (alleen bij 5 of meer gevallen).',
  csvButton: 'Uitkomsten als CSV',
  csvFailed: 'Het downloaden is niet gelukt. Probeer het opnieuw.',
  thresholdsTitle: 'Drempels',
  thresholdsHelp:
    'Een aanbieder waarvan een cijfer over de laatste twaalf maanden boven een drempel komt, staat op de lijst “Aandacht nodig”. Dat gebeurt alleen als het cijfer op 5 of meer gevallen rust.',
  indicatorLabel: 'Indicator',
  chooseIndicator: 'Kies een indicator',
  chooseIndicatorError: 'Kies een indicator.',
  valueLabel: 'Drempel',
  valueHelp: 'Bij een percentage: van 0 tot en met 100. Bij een mediaan: het aantal dagen boven de norm.',
  percentInvalid: 'Vul een percentage in van 0 tot en met 100.',
  daysInvalid: 'Vul een heel aantal dagen in van 0 tot en met 3650.',
  saveThreshold: 'Drempel opslaan',
  thresholdSaved: 'De drempel voor „{indicator}” is nu {value}.',
  thresholdRemoved: 'De drempel voor „{indicator}” is verwijderd.',
  removeThreshold: 'Verwijder drempel {indicator}',
  daysOverNorm: '{days, number} dagen boven de norm',
  normsTitle: 'Duurnormen',
  normsHelp: 'Hoe lang een arrangement hoogstens zou moeten lopen, per productcategorie: {norms}.',
  normStandard: '(standaard)',
  categoryLabel: 'Productcategorie',
  chooseCategory: 'Kies een productcategorie',
  chooseCategoryError: 'Kies een productcategorie.',
  normDaysLabel: 'Duurnorm in dagen',
  normDaysInvalid: 'Vul een heel aantal dagen in van 1 tot en met 3650.',
  saveNorm: 'Duurnorm opslaan',
  normSaved: 'De duurnorm voor {category} is nu {days, number} dagen.',
} as const;

/** The API's messages of the outcome indicators and their Dutch texts. */
export const OUTCOME_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: 'A rate threshold must be a share from 0 to 1.', nl: 'Vul een percentage in van 0 tot en met 100.' },
  { api: 'A threshold in days must be a whole number from 0 to 3650.', nl: 'Vul een heel aantal dagen in van 0 tot en met 3650.' },
  { api: 'A representative sees the outcomes of their own provider only.', nl: 'U ziet alleen de uitkomsten van uw eigen organisatie.' },
  { api: 'This indicator has a threshold already.', nl: 'Voor deze indicator is al een drempel ingesteld.' },
  { api: 'This category has a duration norm already.', nl: 'Voor deze categorie is al een duurnorm ingesteld.' },
];
