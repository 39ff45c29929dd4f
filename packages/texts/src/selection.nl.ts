/** The Dutch texts of opgave selection rounds: the ballot, the count and the minority's wisdom. */

/** The minority's invitation (notification and mail). */
export const SELECTION_NOTICE_TEXTS = {
  wisdomInvitedTitle: 'Schrijf de wijsheid van de minderheid',
  wisdomInvitedSubject: 'Uw keuze kreeg geen meerderheid: wat moeten we niet vergeten?',
  wisdomInvitedBody:
    'De stemronde over de opgaven is geteld. Geen van uw keuzes is gekozen. Wat moeten we van uw kant meenemen? Schrijf het op: het komt zonder uw naam bij het besluit op het podium.',
  wisdomLink: 'Wijsheid van de minderheid schrijven',
} as const;

/** The pages of the rounds: the regisseur's on the opgaven page, the participant's ballot at /meedoen/kiezen. */
export const SELECTION_TEXTS = {
  taskTitle: 'Kies de opgaven',
  taskOpen: 'Er is een stemronde over de opgaven. Kies tot en met {closesOn}.',
  taskVoted: 'U heeft gestemd. U kunt uw keuze nog wijzigen tot en met {closesOn}.',
  taskWisdom: 'Uw keuze kreeg geen meerderheid. Schrijf de wijsheid van de minderheid.',
  taskLink: 'Naar de stemronde',
  ballotTitle: 'Welke opgaven kiest u?',
  ballotIntro: 'Kies er ten hoogste {seats}. Uw stem is geheim: niemand ziet wat u kiest, ook de gemeente niet.',
  ballotIntroOne: 'Kies er één. Uw stem is geheim: niemand ziet wat u kiest, ook de gemeente niet.',
  ballotSubmit: 'Stem uitbrengen',
  ballotSaved: 'Uw stem is opgeslagen. U kunt die wijzigen tot de ronde sluit.',
  ballotNone: 'Er is nu geen stemronde.',
  ballotClosed: 'De stemronde is gesloten.',
  loading: 'Stemronde laden…',
  wisdomTitle: 'Wijsheid van de minderheid',
  wisdomIntro: 'Geen van uw keuzes is gekozen. Wat moeten we van uw kant niet vergeten? Uw tekst komt zonder naam bij het besluit.',
  wisdomLabel: 'Uw wijsheid',
  wisdomSubmit: 'Opsturen',
  wisdomSaved: 'Dank u. Uw tekst is opgeslagen.',
  // The regisseur's page /opgaven/stemronde
  roundPageTitle: 'Stemronde over de opgaven',
  roundPageIntro:
    'Bewoners en leden van de cliëntenraad kiezen zelf welke opgaven worden opgepakt, met een geheime stem. U opent een ronde, voegt eventueel de telling van een bewonersbijeenkomst toe, en sluit de ronde. Wie geen van zijn keuzes gekozen ziet, schrijft de wijsheid van de minderheid; daarna neemt u het besluit.',
  openTitle: 'Stemronde openen',
  openChoices: 'Verzamelde opgaven op het stembiljet',
  openSeats: 'Aantal te kiezen opgaven',
  openClosesOn: 'Stemmen kan tot en met',
  openSubmit: 'Stemronde openen',
  openNoCollected: 'Er zijn geen verzamelde opgaven om over te stemmen.',
  statusOPEN:
    'Open: stemmen kan tot en met {closesOn}. {count, plural, =0 {Nog niemand heeft gestemd.} one {# persoon heeft gestemd.} other {# mensen hebben gestemd.}}',
  statusCOUNTED:
    'Geteld. Het besluit wacht op de wijsheid van de minderheid: {count, plural, =0 {nog geen tekst} one {# tekst} other {# teksten}} binnen.',
  statusDECIDED: 'Besloten: de gekozen opgaven staan op het podium.',
  tallyCaption: 'Telling per opgave',
  tallyOpgave: 'Opgave',
  tallyPaper: 'Op papier',
  tallyVotes: 'Stemmen',
  tallyRank: 'Plaats',
  tallyChosen: 'Gekozen',
  yes: 'ja',
  no: 'nee',
  paperTitle: 'Telling op papier toevoegen',
  paperNote: 'Waar en wanneer geteld',
  paperVotes: 'Stemmen voor {title}',
  paperSubmit: 'Telling op papier opslaan',
  paperSaved: 'De telling op papier is opgeslagen.',
  closeSubmit: 'Stemronde sluiten en tellen',
  paperWisdomLabel: 'Wijsheid van de minderheid op de bijeenkomst (niet verplicht)',
  paperWisdomSubmit: 'Wijsheid van de bijeenkomst opslaan',
  decideSubmit: 'Besluit nemen',
  wisdomsTitle: 'Wijsheid van de minderheid (zonder namen)',
} as const;

import type { MessageText } from './messages.nl';

/** The API's messages about selection rounds, in Dutch. */
export const SELECTION_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: 'A round needs at least two opgaven to choose from.', nl: 'Zet minstens twee opgaven op het stembiljet.' },
  { api: 'An opgave is on the ballot twice.', nl: 'Een opgave staat twee keer op het stembiljet.' },
  { api: 'The round must close today or later.', nl: 'De ronde sluit vandaag of later.' },
  { api: 'A selection round is open already: close it first.', nl: 'Er is al een stemronde open: sluit die eerst.' },
  { api: 'No selection round with this id.', nl: 'Deze stemronde bestaat niet.' },
  {
    api: 'This round is closed: ballots can no longer be cast or changed.',
    nl: 'Deze stemronde is gesloten: stemmen of uw stem wijzigen kan niet meer.',
  },
  { api: 'This opgave is not on the ballot of the round.', nl: 'Deze opgave staat niet op het stembiljet van de ronde.' },
  { api: 'Choose at least one opgave.', nl: 'Kies minstens één opgave.' },
  { api: 'Choose at most {max}.', nl: 'Kies er ten hoogste {max, number}.' },
  { api: 'An opgave is chosen twice.', nl: 'U kiest een opgave twee keer.' },
  { api: 'Give the count of at least one opgave.', nl: 'Vul de telling van minstens één opgave in.' },
  { api: 'An opgave is counted twice.', nl: 'Een opgave is twee keer geteld.' },
  { api: 'This round is closed: its count is final.', nl: 'Deze stemronde is gesloten: de telling staat vast.' },
  { api: 'This round is closed already.', nl: 'Deze stemronde is al gesloten.' },
  { api: 'This round closes on {date}: ballots can be cast until then.', nl: 'Deze stemronde sluit op {date}: tot dan kan iedereen stemmen.' },
  {
    api: "A tie for the last seat: {titles} each have {votes} votes. A residents' meeting can break the tie: add its paper tally and close again.",
    nl: 'De stemmen staken voor de laatste plaats: {titles} hebben elk {votes} stemmen. Een bewonersbijeenkomst kan de knoop doorhakken: voeg de telling op papier toe en sluit de ronde opnieuw.',
  },
  {
    api: 'The minority wisdom is written after the count and before the decision.',
    nl: 'De wijsheid van de minderheid schrijft u na de telling en voor het besluit.',
  },
  {
    api: 'The paper count has no losing side: the minority writes its own wisdom.',
    nl: 'Op papier heeft niemand verloren: de minderheid schrijft haar eigen wijsheid.',
  },
  {
    api: 'Only voters whose choice lost write the minority wisdom.',
    nl: 'Alleen wie geen van zijn keuzes gekozen zag, schrijft de wijsheid van de minderheid.',
  },
  { api: 'Close the round first.', nl: 'Sluit eerst de stemronde.' },
  { api: 'This round is decided already.', nl: 'Over deze stemronde is al besloten.' },
  {
    api: "Some choices lost: the decision waits for the minority's wisdom (from a voter who lost, or the paper meeting's).",
    nl: 'Niet alle keuzes zijn gekozen: het besluit wacht op de wijsheid van de minderheid (van een stemmer of van de bijeenkomst op papier).',
  },
  { api: 'You have a ballot in this round already.', nl: 'U heeft al een stem in deze ronde.' },
  { api: 'You have written your wisdom for this round already.', nl: 'U heeft uw wijsheid voor deze ronde al geschreven.' },
];
