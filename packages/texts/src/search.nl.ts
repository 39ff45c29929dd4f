/** The search page /zoeken (the header's box: search-box.nl.ts). */
export const SEARCH_TEXTS = {
  title: 'Zoeken',
  intro: 'Zoek in voorstellen, besluiten, opgaven, verslagen van overleggen en titels van documenten. Ook andere vormen van een woord worden gevonden: "buurthuizen" vindt ook "buurthuis".',
  fieldLabel: 'Zoekterm',
  fieldHint: 'Zet woorden tussen aanhalingstekens om ze samen te vinden; een min-teken ervoor laat een woord weg.',
  submit: 'Zoeken',
  resultsFor: '{count, plural, =0 {Geen resultaten} one {1 resultaat} other {# resultaten}} voor "{query}"',
  empty: 'Niets gevonden. Probeer een ander of korter woord.',
  more: 'Meer resultaten',
  typeProposal: 'Voorstel',
  typeDecision: 'Besluit',
  typeOpgave: 'Opgave',
  typeOverleg: 'Overleg',
  typeDocument: 'Document',
  /** A document hit's link downloads the file. */
  downloadHint: '(downloaden)',
} as const;

/** The besluitenlijst /besluitenlijst: the page, its filters, its download and its printed heading. */
export const BESLUITENLIJST_TEXTS = {
  title: 'Besluitenlijst',
  intro: 'Alle besluiten in een periode, met de uitkomst, het standpunt van de minderheid en de toets van de cliëntenraad. Te downloaden als CSV en af te drukken voor de gemeenteraad.',
  printHeading: 'Besluitenlijst voor de gemeenteraad',
  printPeriod: 'Besluiten van {from} tot en met {to}',
  printMade: 'Opgesteld op {date}',
  filters: 'Filters',
  from: 'Vanaf',
  to: 'Tot en met',
  outcome: 'Uitkomst',
  kind: 'Soort besluit',
  council: 'Toets cliëntenraad',
  any: 'Alle',
  kindProposal: 'Voorstel (zes-wekencyclus)',
  kindSelection: 'Keuze van opgaven',
  councilNotChecked: 'Nog niet getoetst',
  apply: 'Toon besluiten',
  count: '{count, plural, =0 {Geen besluiten} one {1 besluit} other {# besluiten}}',
  empty: 'Geen besluiten in deze periode met deze filters.',
  colDate: 'Datum',
  colDecision: 'Besluit',
  colOutcome: 'Uitkomst',
  colVotes: 'Stemmen (voor–tegen–onthouding)',
  colMinority: 'Standpunt minderheid',
  colCouncil: 'Toets cliëntenraad',
  noMinority: '—',
  notChecked: 'Niet getoetst',
  votes: '{for}–{against}–{abstain}',
  noVote: 'Geen stemming',
  more: 'Meer besluiten',
  badPeriod: 'De einddatum ligt voor de begindatum.',
} as const;

/** The download and print buttons of the accountability lists (besluitenlijst, proposals, quarter reports). */
export const LIST_EXPORT_TEXTS = {
  csv: 'Download als CSV',
  print: 'Afdrukken of opslaan als PDF',
  failed: 'Het downloaden is niet gelukt. Probeer het opnieuw.',
  proposalsCsv: 'Voorstellen als CSV',
  quartersCsv: 'Kwartaalverantwoording {year} als CSV',
} as const;
