import type { MessageText } from './messages.nl';

const EUR = (name: string) => `{${name}, number, ::currency/EUR}`;
const cents = (...names: string[]) => (v: Record<string, string | number>) => ({
  ...v,
  ...Object.fromEntries(names.map((n) => [n, Number(v[n]) / 100])),
});

/** The Dutch texts of the budget per provider and the waiting list (#21): the API's messages. */
export const BUDGET_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: '"{name}" is not a convenant id.', nl: 'Dit convenant bestaat niet.' },
  { api: 'No budget allocation with this id.', nl: 'Deze verdeling van het budget bestaat niet.' },
  { api: 'Money moves between two different allocations.', nl: 'Kies twee verschillende posten om geld tussen te verschuiven.' },
  { api: 'Both allocations must belong to the same convenant.', nl: 'Beide posten moeten bij hetzelfde convenant horen.' },
  { api: 'A reallocation is made while the convenant is in force.', nl: 'Herverdelen kan alleen zolang het convenant van kracht is.' },
  { api: 'A rejected decision cannot back a reallocation.', nl: 'Een afgewezen besluit kan geen herverdeling onderbouwen. Kies het besluit waaruit de herverdeling volgt.' },
  { api: 'The amount is more than the allocation it comes from.', nl: 'Het bedrag is hoger dan wat er op de post staat waar het vandaan komt.' },
  { api: 'The convenant has ended: its budget is no longer allocated.', nl: 'Het convenant is beëindigd: het budget wordt niet meer verdeeld.' },
  { api: 'The provider is not a party to this convenant.', nl: 'Deze aanbieder is geen partij bij dit convenant.' },
  {
    api: "The allocations together would exceed the convenant's budget by {excess} cents.",
    nl: `Samen zouden de verdelingen het budget van het convenant met ${EUR('excess')} overschrijden.`,
    values: cents('excess'),
  },
  {
    api: "The plan's budget of {budget} cents is above the provider's allocation of {allocation} cents for {year}.",
    nl: `Het budget van het jaarplan (${EUR('budget')}) is hoger dan het deel van het convenant dat voor {year, number, ::group-off} aan deze aanbieder is toegekend (${EUR('allocation')}).`,
    values: cents('budget', 'allocation'),
  },
  { api: 'No waiting request with this id.', nl: 'Deze aanvraag staat niet (meer) op de wachtlijst.' },
  { api: 'This provider already has an allocation for this category.', nl: 'Deze aanbieder heeft al een budget voor deze productcategorie.' },
  { api: 'This request has a priority and note already.', nl: 'Deze aanvraag heeft al een prioriteit en notitie. Laad de wachtlijst opnieuw.' },
  { api: 'The waiting norm is set already.', nl: 'De wachtnorm is al ingesteld. Laad de pagina opnieuw.' },
];

/** The budget page: the convenant's budget per provider and category, and its reallocations. */
export const BUDGET_TEXTS = {
  title: 'Budget per aanbieder',
  intro:
    'Het budget van het convenant is verdeeld over de aanbieders en de productcategorieën. Samen is dat nooit meer dan het budget. Een herverdeling in de loop van het jaar volgt altijd uit een besluit en blijft zichtbaar.',
  introRep: 'Het deel van het budget van het convenant dat aan uw organisatie is toegekend, per productcategorie.',
  noConvenant: 'Er is geen convenant van kracht of in voorbereiding: er is nog geen budget te verdelen.',
  convenantLabel: 'Convenant',
  budgetLine: 'Budget van het convenant: {budget, number, ::currency/EUR}. Verdeeld: {allocated, number, ::currency/EUR}; nog niet verdeeld: {rest, number, ::currency/EUR}.',
  tableCaption: 'Verdeling van het budget per aanbieder en productcategorie',
  columnProvider: 'Aanbieder',
  columnCategory: 'Productcategorie',
  columnAmount: 'Budget',
  noAllocations: 'Er is nog niets verdeeld.',
  setTitle: 'Budget toekennen of wijzigen',
  setHelp: 'Voor het hele convenant. Staat er al een bedrag voor deze aanbieder en categorie, dan wordt dat vervangen.',
  providerLabel: 'Aanbieder',
  categoryLabel: 'Productcategorie',
  amountLabel: 'Bedrag (euro)',
  chooseProvider: 'Kies een aanbieder.',
  chooseCategory: 'Kies een productcategorie.',
  setButton: 'Budget opslaan',
  setDone: 'Het budget van {provider} voor {category} is nu {amount, number, ::currency/EUR}.',
  reallocateTitle: 'Herverdelen na een besluit',
  reallocateHelp: 'Verschuif geld van de ene post naar de andere. Noem het besluit waaruit de herverdeling volgt; zo blijft terug te vinden waarom.',
  fromLabel: 'Van',
  toLabel: 'Naar',
  decisionLabel: 'Besluit',
  chooseAllocation: 'Kies een post.',
  chooseDecision: 'Kies het besluit waaruit de herverdeling volgt.',
  noDecisions: 'Er is nog geen besluit om een herverdeling op te baseren. Leg eerst het besluit vast in het overleg waar het is genomen.',
  reallocateButton: 'Herverdelen',
  reallocateDone: '{amount, number, ::currency/EUR} is herverdeeld.',
  historyCaption: 'Herverdelingen',
  historyWhen: 'Datum',
  historyFrom: 'Van',
  historyTo: 'Naar',
  historyAmount: 'Bedrag',
  historyDecision: 'Besluit',
  noHistory: 'Er is nog niets herverdeeld.',
  hidden: 'niet zichtbaar voor u',
} as const;

/** The waiting list page and the overview's "wachtend nu". */
export const WAITING_TEXTS = {
  title: 'Wachtlijst',
  intro:
    'Aanvragen die nog niet zijn gestart, met hoe lang ze al wachten. Geef een prioriteit en een korte notitie, zodat iedereen weet wie eerst aan de beurt is. Wie langer wacht dan de wachtnorm, staat bij "Aandacht nodig".',
  norm: 'De wachtnorm is {days, plural, one {# dag} other {# dagen}}.',
  providerLabel: 'Aanbieder',
  allProviders: 'Alle aanbieders',
  caption: 'Aanvragen die wachten op de start',
  empty: 'Er wacht niemand.',
  columnClient: 'Cliënt',
  columnProvider: 'Aanbieder',
  columnCategory: 'Productcategorie',
  columnRequested: 'Aangevraagd',
  columnDays: 'Dagen gewacht',
  columnPriority: 'Prioriteit',
  columnNote: 'Notitie',
  columnChange: 'Wijzigen',
  pastNorm: 'langer dan de norm',
  changeSummary: 'Prioriteit of notitie van {client}',
  priorityLabel: 'Prioriteit',
  noteLabel: 'Notitie',
  noteHelp: 'Kort en zonder namen of andere persoonsgegevens.',
  save: 'Opslaan',
  saved: 'Opgeslagen.',
  stale: 'Iemand anders heeft dit intussen gewijzigd. De nieuwste versie staat er nu; kijk of uw wijziging nog nodig is.',
  normTitle: 'Wachtnorm',
  normLabel: 'Wachtnorm (dagen)',
  normHelp: 'Standaard zes weken (42 dagen). Aanvragen die langer wachten, staan bij "Aandacht nodig".',
  normButton: 'Wachtnorm opslaan',
  normDone: 'De wachtnorm is nu {days, plural, one {# dag} other {# dagen}}.',
  normInvalid: 'Vul een heel aantal dagen in van 1 tot en met 365.',
  overviewTitle: 'Wachtend nu',
  overviewCount: 'Wachten nu',
  overviewMedian: 'Mediaan dagen gewacht',
  overviewLongest: 'Langst gewacht (dagen)',
  overviewStarted: 'Gemiddelde wachttijd van wie startte (dagen)',
  overviewHelp: 'Wachtend nu telt de aanvragen die vandaag nog wachten, los van de gekozen periode. De gemiddelde wachttijd is van wie in de periode startte; wie nog wacht, telt daar niet in mee.',
} as const;

export const WAITING_PRIORITY_TEXTS = { URGENT: 'Dringend', HIGH: 'Hoog', NORMAL: 'Normaal' } as const;
