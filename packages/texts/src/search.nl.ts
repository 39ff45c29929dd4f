import type { MessageText } from './messages.nl';

/** The API's messages of the search and the exports of the besluitenlijst (api/src/modules/search, monitor/export-lists.ts). */
export const SEARCH_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: '"{name}" must not be empty.', nl: 'Vul in waar u naar zoekt.', field: 'query' },
  { api: '"{name}" must not be empty.', nl: 'Vul dit in.' },
  { api: '"{name}" must be one of {values}.', nl: 'Kies een van de mogelijke waarden.' },
  { api: '"{name}" must be true or false.', nl: 'Kies ja of nee.' },
];

/** The search page /zoeken and the search box in the header. */
export const SEARCH_TEXTS = {
  boxLabel: 'Zoeken',
  boxPlaceholder: 'Zoek in voorstellen, besluiten, opgaven…',
  boxButton: 'Zoek',
  title: 'Zoeken',
  intro: 'Zoek in voorstellen, besluiten, opgaven en verslagen van overleggen. Ook andere vormen van een woord worden gevonden: "buurthuizen" vindt ook "buurthuis".',
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
} as const;

/** The besluitenlijst /besluitenlijst: the page, its filters, its download and its printed heading. */
export const BESLUITENLIJST_TEXTS = {
  title: 'Besluitenlijst',
  intro: 'Alle besluiten in een periode, met de uitkomst, het standpunt van de minderheid en de toets van de cliëntenraad. Te downloaden als CSV en af te drukken voor de gemeenteraad.',
  printHeading: 'Besluitenlijst {municipality}',
  printPeriod: 'Besluiten van {from} tot en met {to}',
  printMade: 'Opgesteld op {date}',
  filters: 'Filters',
  from: 'Vanaf',
  to: 'Tot en met',
  outcome: 'Uitkomst',
  kind: 'Soort besluit',
  council: 'Toets cliëntenraad',
  any: 'Alle',
  councilNotChecked: 'Nog niet getoetst',
  apply: 'Toon besluiten',
  csv: 'Download als CSV',
  print: 'Afdrukken of opslaan als PDF',
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
