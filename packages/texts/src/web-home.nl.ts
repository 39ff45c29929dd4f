/**
 * The texts of the home page and the key figures it shares with the overview, apart from the other parts' files so that
 * the first page after signing in carries no other page's texts (tests/e2e/home.test.ts weighs it).
 */
/** The key figures, worded alike on the home page and the overview. */
export const KEY_FIGURE_TEXTS = {
  active: 'Actieve arrangementen',
  cost: 'Kosten tegen budget',
  costOfBudget: '{cost} van {budget}',
  noBudget: 'geen budget: er is geen convenant in werking',
  waiting: 'Gemiddelde wachttijd',
  waitingDays: '{days} dagen',
  waitingNote: 'van aanvraag tot start',
  reached: 'Bereikte inwoners',
  perThousand: '{count} per 1.000 inwoners',
} as const;

/** What is wrong with a budget, in the home page's list of what needs attention. */
export const HOME_ATTENTION_BUDGET_TEXTS = {
  BUDGET_EXCEEDED: 'het budget is op',
  BUDGET_NEARLY_USED: 'het budget is bijna op',
  BUDGET_AHEAD_OF_PACE: 'de uitgaven lopen voor op het jaar',
} as const;

/** "Aandacht nodig" on the home page. */
export const HOME_ATTENTION_SECTION_TEXTS = {
  title: 'Aandacht nodig',
  what: 'De punten die aandacht nodig hebben',
  none: 'Niets: er is vandaag niets te laat en geen budget in gevaar.',
  countOne: '{count} punt, waarvan {urgent} dringend.',
  countMany: '{count} punten, waarvan {urgent} dringend.',
  showFirst: 'Toon alleen de eerste {count}',
  showAll: 'Toon alle {count} punten',
} as const;

/** How urgent an item of the home page's list of what needs attention is. */
export const HOME_ATTENTION_SEVERITY_TEXTS = {
  URGENT: 'Dringend',
  WARNING: 'Let op',
  INFO: 'Ter info',
} as const;

/** The late step of a proposal, in the home page's list of what needs attention. */
export const HOME_ATTENTION_STEP_TEXTS = {
  PERSPECTIVES: 'de standpunten zijn te laat',
  POLICY_MEETING: 'het besluit in het beleidsoverleg is te laat',
  FEEDBACK: 'de terugkoppeling aan bewoners is te laat',
} as const;

/** One item of the home page's list of what needs attention, as one sentence. */
export const HOME_ATTENTION_TEXTS = {
  daysOverNormOne: '{days} dag boven de norm',
  daysOverNormMany: '{days} dagen boven de norm',
  lateOne: ' ({days} dag te laat)',
  lateMany: ' ({days} dagen te laat)',
  proposalOverdue: 'Voorstel “{title}”: {step}{late}',
  stepLate: 'een stap is te laat',
  convenantUnsigned: '{title}: {party} heeft nog niet getekend{startsOn}',
  municipality: 'de gemeente',
  startsOn: ' (ingang {date})',
  actionOverdue: 'Actie “{title}”: moest klaar zijn op {dueOn}{late}',
  annualPlan: 'Jaarplan {title}',
  budgetUse: '{subject}: {what} ({percent} gebruikt)',
  budgetAttention: 'let op het budget',
  reportsMissingOne: '{title}: {count} lopend arrangement zonder rapportage over {month}',
  reportsMissingMany: '{title}: {count} lopende arrangementen zonder rapportage over {month}',
  lastMonth: 'vorige maand',
  councilCheckOverdue: 'Voorstel “{title}”: de toets van de cliëntenraad is te laat{late}',
  waitingOne: '{title}: {count} aanvraag wacht langer dan de wachtnorm{late}',
  waitingMany: '{title}: {count} aanvragen wachten langer dan de wachtnorm{late}',
  outcomeOne: '{title}: {indicator} is {figure}, boven de drempel van {threshold} (laatste twaalf maanden, {count} geval)',
  outcomeMany: '{title}: {indicator} is {figure}, boven de drempel van {threshold} (laatste twaalf maanden, {count} gevallen)',
} as const;

/** The figures of a period, on the overview page and a provider's page. */
export const OVERVIEW_FIGURES_TEXTS = {
  what: 'De cijfers',
  period: 'Periode {from} tot en met {to}.',
  label: 'Kerncijfers',
  newEnded: '{new} nieuw, {ended} beëindigd',
  trend: 'Verloop per maand',
  perProvider: 'Per aanbieder',
} as const;

/** The four key figures of this year on the home page. */
export const HOME_KEY_FIGURES_TEXTS = {
  label: 'Kerncijfers dit jaar',
  hidden: 'afgeschermd',
  newThisYear: '{count} nieuw dit jaar',
} as const;

/** The links to the rest of the work at the bottom of the home page. */
export const HOME_MORE_LINKS_TEXTS = {
  title: 'Verder',
  overview: 'Overzicht: alle cijfers per periode en aanbieder, met downloads',
  proposals: 'Voorstellen in hun cyclus van zes weken',
  overleg: 'Overleg, besluiten en acties',
  convenant: 'Het convenant en wie er getekend heeft',
  opgaven: 'Het opgavenbord',
  providers: 'Aanbieders en hun vertegenwoordigers',
} as const;

/** The home page, /: its title per role, its help and the analyst's tools. */
export const HOME_PAGE_TEXTS = {
  titleProvider: 'Startpagina {provider}',
  titleAnalyst: 'Startpagina analist',
  title: 'Hoe gaat het met de algemene voorziening?',
  helpProvider:
    'Dit is de startpagina van uw organisatie. Onder “Aandacht nodig” staat wat u nu moet doen: een handtekening, een actie of rapportages die nog ontbreken. Daaronder ziet u hoeveel arrangementen u heeft, per status.',
  helpAttention: 'Onder “Aandacht nodig” staat wat vandaag te laat is of uit de pas loopt: het dringendste eerst. ',
  helpFigures:
    'De cijfers gaan over dit jaar tot vandaag. Actieve arrangementen lopen nu of liepen dit jaar. Kosten tegen budget is het deel van het budget dat al is uitgegeven. De wachttijd is het aantal dagen tussen aanvraag en start. De lijn van vorig jaar is gestippeld.',
  helpProviders:
    ' Per aanbieder vergelijken we de kosten met het budget van het vastgestelde jaarplan; het streepje in de balk staat waar het jaar nu is. Zonder jaarplan vergelijken we met het budget dat het convenant de aanbieder toekent, naar rato tot en met vandaag, net als in het overzicht. Een rode balk: de kosten zijn hoger dan het budget. Een grijze balk betekent: er is geen budget om mee te vergelijken; de balk toont dan de kosten naast die van de grootste aanbieder.',
  analyse: 'Zelf analyseren',
  analyseBefore: 'Bevraag alles wat niet persoonlijk is in de',
  analyseLink: 'GraphiQL-verkenner',
  analyseAfter:
    '. De cijfers zijn beschermd tegen herleiding tot personen: aantallen, bedragen en uren zijn licht verstoord (dezelfde vraag geeft steeds hetzelfde antwoord), en van kleine groepen tonen we geen gemiddelden.',
} as const;

/** Cost against budget per provider on the home page. */
export const HOME_PROVIDER_BUDGETS_TEXTS = {
  title: 'Kosten tegen budget per aanbieder',
  none: 'Geen gegevens: er zijn nog geen aanbieders met arrangementen.',
  noData: 'geen gegevens',
  noPlan: '{cost}; geen vastgesteld jaarplan',
  costOfBudget: '{cost} van {budget} ({percent})',
  costOfAllocationSoFar: '{cost} van {allocation} toegekend tot en met vandaag ({percent}); geen vastgesteld jaarplan',
  costOfAllocationYear: '{cost} van {allocation} toegekend voor {year} ({percent}); geen vastgesteld jaarplan',
} as const;

/** Cost per month, this year against last year, on the home page. */
export const HOME_YEAR_COMPARE_TEXTS = {
  lastYear: '{year} (jaar ervoor)',
  title: 'Kosten per maand: dit jaar tegen vorig jaar',
  empty: 'Geen gegevens: er zijn geen kosten gemeld over {year} en {lastYear}.',
  tableLabel: 'Kosten per maand, dit jaar en vorig jaar',
  caption: 'Kosten per maand in {year} en {lastYear}',
  month: 'Maand',
  noData: 'geen gegevens',
} as const;

/** After the amount of the month of today, in the tables of cost per month on the home page and the overview. */
export const RUNNING_MONTH_TEXTS = {
  running: ' (loopt nog)',
} as const;

/** This year's figures on the home page. */
export const HOME_YEAR_FIGURES_TEXTS = {
  title: 'Cijfers {year}',
  soFar: ' tot nu toe',
  viewYear: 'Bekijk {year}',
  backToThisYear: 'Terug naar dit jaar',
  what: 'De cijfers',
  period: 'Van {from} tot en met {to}.',
  overviewLink: 'Naar het overzicht, met filters, cijfers per aanbieder en downloads',
} as const;

/** The months in full, for a table's rows, January first. */
export const MONTH_NAME_TEXTS = {
  1: 'januari',
  2: 'februari',
  3: 'maart',
  4: 'april',
  5: 'mei',
  6: 'juni',
  7: 'juli',
  8: 'augustus',
  9: 'september',
  10: 'oktober',
  11: 'november',
  12: 'december',
} as const;

/** The months, short, for a chart's axis and a period's name (jan 2026), January first. */
export const MONTH_SHORT_TEXTS = {
  1: 'jan',
  2: 'feb',
  3: 'mrt',
  4: 'apr',
  5: 'mei',
  6: 'jun',
  7: 'jul',
  8: 'aug',
  9: 'sep',
  10: 'okt',
  11: 'nov',
  12: 'dec',
} as const;
