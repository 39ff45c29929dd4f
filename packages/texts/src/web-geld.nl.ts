/**
 * The texts of the web client's pages (see web/src/__tests__/texts-from-catalogue.test.ts).
 */

/** The checks of the money forms: amounts, numbers, dates and texts. */
export const GELD_CHECKS_TEXTS = {
  fillAmount: 'Vul een bedrag in.',
  amountNotNegative: 'Het bedrag mag niet negatief zijn.',
  amountPositive: 'Het bedrag moet positief zijn.',
  amountFormat: 'Vul een bedrag in euro in, bijvoorbeeld 1.250,00.',
  amountAboveZero: 'Het bedrag moet groter zijn dan € 0,00.',
  amountTooHigh: 'Het bedrag mag niet hoger zijn dan {max}.',
  fillNumber: 'Vul een getal in.',
  numberNotNegative: 'Het getal mag niet negatief zijn.',
  numberFormat: 'Vul een getal in, bijvoorbeeld 12 of 12,5.',
  numberTooHigh: 'Het getal mag niet groter zijn dan {max}.',
  fillDate: 'Vul een datum in.',
  dateFormat: 'Vul een bestaande datum in als dag-maand-jaar, bijvoorbeeld 31-12-2026.',
  dateTooEarly: 'Deze datum is te vroeg.',
  dateTooLate: 'Deze datum is te laat.',
  fillField: 'Vul dit veld in.',
  tooLong: 'Gebruik hoogstens {max} tekens (nu {length}).',
} as const;

/** The checks of an annual plan. */
export const PLAN_CHECKS_TEXTS = {
  chooseProvider: 'Kies van wie het jaarplan is.',
  year: 'Vul een jaar in van 2000 tot en met 2100.',
  goalTitle: 'Geef doel {n} een titel.',
  goalIndicator: 'Zeg hoe u doel {n} meet.',
  lineTitle: 'Geef begrotingsregel {n} een omschrijving.',
  linesTooHigh: 'De begrotingsregels samen mogen niet meer zijn dan {max}.',
} as const;

/** The checks of a funding proposal. */
export const PROPOSE_CHECKS_TEXTS = {
  chooseConvenant: 'Kies het convenant waaronder het geld gaat.',
  chooseProvider: 'Kies de aanbieder die het geld ontvangt.',
  convenantRuns: 'Het convenant loopt van {from} tot en met {to}.',
  periodWithin: 'De periode valt binnen het convenant. {within}',
  endBeforeStart: 'De laatste dag mag niet vóór de eerste dag liggen.',
  purpose: 'Beschrijf waarvoor het geld is.',
} as const;

/** The checks of a quarter report and its review. */
export const QUARTER_CHECKS_TEXTS = {
  tooLong: 'Gebruik hoogstens {max} tekens (nu {length}).',
  reviewedInFuture: 'De datum van het gesprek ligt niet in de toekomst.',
  reviewedBeforeSubmit: 'Het gesprek is niet vóór het indienen ({date}).',
  chooseVerdict: 'Kies het oordeel.',
  kerngroep: 'Noem wie er namens de kerngroep bij was: dat is verplicht.',
  board: 'Noem wie er namens het bestuur bij was: dat is verplicht.',
  finance: 'Noem het hoofd financiën dat erbij was: dat is verplicht.',
  nameTooLong: 'Een naam heeft hoogstens {max} tekens.',
  tooManyAttendees: 'Noem hoogstens 50 aanwezigen.',
  tooManyActions: 'Hoogstens {max} acties.',
  action: 'Actie {n}: {message}',
} as const;

/** The outcome of a one-button money action: a technical failure, a refusal, a stale version. */
export const GELD_OUTCOME_TEXTS = {
  technical: 'Het is niet gelukt door een technische storing. Probeer het opnieuw.',
  forbidden: 'Dit mag u niet doen: alleen de aanbieder voor wie het bedoeld is, kan dit. Er is niets gewijzigd.',
  stale: 'Iemand anders heeft {what} intussen gewijzigd. De nieuwste gegevens staan nu op de pagina; bekijk ze en probeer het opnieuw.',
} as const;

/** Where each quarter of an annual plan stands. */
export const GELD_QUARTER_STATE_TEXTS = {
  NO_PLAN: 'Plan niet vastgesteld',
  RUNNING: 'Loopt nog',
  DUE: 'Nu indienen',
  LATE: 'Te laat',
  SUBMITTED: 'Ingediend',
  REOPENED: 'Heropend',
  REVIEWED: 'Besproken',
} as const;

/** Adopting an annual plan. */
export const ADOPT_ACTION_TEXTS = {
  staleWhat: 'dit jaarplan',
  done: 'Het jaarplan {year} van {owner} is vastgesteld.',
  heading: 'Vaststellen',
  confirmTitle: 'Jaarplan vaststellen?',
  confirmLabel: 'Ja, jaarplan vaststellen',
  confirmBody:
    'U stelt het jaarplan {year} van {owner} vast, met {goals, plural, one {# doel} other {# doelen}} en een begroting van {budget}. Daarna liggen de doelen en de begroting vast en kan er per kwartaal verantwoording worden afgelegd. Dit kan niet ongedaan worden gemaakt.',
  ask: 'Jaarplan vaststellen…',
} as const;

/** The receiving provider agreeing to a funding proposal. */
export const AGREE_ACTION_TEXTS = {
  staleWhat: 'deze afspraak',
  done: 'U heeft namens {to} ingestemd met deze afspraak.',
  heading: 'Instemmen',
  confirmTitle: 'Instemmen met deze afspraak?',
  confirmLabel: 'Ja, instemmen namens {to}',
  confirmBody: 'U stemt namens {to} in met {amount} van {from}, van {start} tot en met {end}. Daarna is de afspraak vast en kan {from} betalingen vastleggen.',
  question: '{from} stelt deze afspraak voor. Stemt u namens {to} in?',
  ask: 'Instemmen met deze afspraak',
} as const;

/** The summary of a funding agreement and its payments. */
export const AGREEMENT_SUMMARY_TEXTS = {
  pays: 'Betaalt',
  receives: 'Ontvangt',
  purpose: 'Doel',
  period: 'Periode',
  periodValue: '{start} tot en met {end}',
  endedOn: ', beëindigd per {date}',
  reason: 'Reden',
  agreedAmount: 'Afgesproken bedrag',
  proposedAmount: 'Voorgesteld bedrag',
  paid: 'Betaald',
  paidValue: '{paid} (nog te betalen: {rest})',
  convenant: 'Convenant',
  proposed: 'Voorgesteld',
  agreed: 'Ingestemd',
  unknown: 'Onbekend',
  notYet: 'Nog niet',
  noPayments: 'Er is nog niets betaald.',
  paymentsCaption: 'Betalingen op deze afspraak',
  paidOn: 'Betaald op',
  amount: 'Bedrag',
} as const;

/** The table of funding agreements. */
export const AGREEMENTS_TABLE_TEXTS = {
  caption: 'Financieringsafspraken',
  fromTo: 'Van → naar',
  period: 'Periode',
  amount: 'Bedrag',
  paid: 'Betaald',
  status: 'Status',
} as const;

/** The page for making an annual plan. */
export const ANNUAL_PLAN_NEW_PAGE_TEXTS = {
  municipality: 'Gemeente (eigen deel)',
  title: 'Jaarplan maken',
  back: 'Terug naar de jaarplannen',
  ownerLabel: 'Jaarplan van',
  ownerEmpty: 'Kies',
  yearLabel: 'Jaar',
  save: 'Jaarplan opslaan',
} as const;

/** The page of one annual plan. */
export const ANNUAL_PLAN_PAGE_TEXTS = {
  what: 'Het jaarplan',
  title: 'Jaarplan {year} {owner}',
  back: 'Terug naar de jaarplannen',
  draft: 'Dit plan is nog een concept: de regisseur stelt het vast.',
} as const;

/** The page of the annual plans of a year. */
export const ANNUAL_PLANS_PAGE_TEXTS = {
  title: 'Jaarplannen en kwartaalverantwoording',
  create: 'Jaarplan maken',
  yearLabel: 'Jaar',
  what: 'De jaarplannen',
  none: 'Er zijn nog geen jaarplannen voor {year}.',
} as const;

/** Declining or withdrawing a funding proposal. */
export const CLOSE_ACTION_TEXTS = {
  decline: 'Afwijzen',
  withdraw: 'Intrekken',
  staleWhat: 'dit voorstel',
  declined: 'U heeft het voorstel namens {to} afgewezen.',
  withdrawn: 'U heeft het voorstel ingetrokken.',
  declineReason: 'Vul in waarom u het voorstel afwijst.',
  withdrawReason: 'Vul in waarom u het voorstel intrekt.',
  maxLength: 'Maximaal {max} tekens.',
  declineHeading: 'Voorstel afwijzen',
  withdrawHeading: 'Voorstel intrekken',
  declineTitle: 'Dit voorstel afwijzen?',
  withdrawTitle: 'Dit voorstel intrekken?',
  declineConfirm: 'Ja, afwijzen namens {to}',
  withdrawConfirm: 'Ja, intrekken',
  confirmBody: 'Het voorstel van {amount} telt dan nooit mee. Dit kan niet ongedaan worden gemaakt; een nieuw voorstel kan wel.',
  declineIntro: 'Wilt u namens {to} niet instemmen? Wijs het voorstel dan af, met de reden.',
  withdrawIntro: 'Is het voorstel niet meer nodig? Trek het dan in, met de reden, zolang {to} nog niet heeft ingestemd.',
  reasonLabel: 'Reden',
} as const;

/** The second step before an irreversible money action. */
export const GELD_CONFIRM_TEXTS = {
  cancel: 'Annuleren',
} as const;

/** Ending a funding agreement. */
export const END_ACTION_TEXTS = {
  notBefore: 'De einddatum mag niet vóór het begin van de periode ({start}) liggen.',
  notAfter: 'De einddatum ligt niet in de toekomst en niet na het einde van de periode: uiterlijk {latest}.',
  staleWhat: 'deze afspraak',
  done: 'De afspraak is beëindigd per {date}.',
  heading: 'Afspraak beëindigen',
  dateLabel: 'Beëindigen per',
  confirmTitle: 'Afspraak beëindigen?',
  confirmLabel: 'Ja, afspraak beëindigen',
  confirmBody:
    'De afspraak tussen {from} en {to} stopt per {date}. Na die datum telt het afgesproken geld niet meer mee en kunnen er geen betalingen meer worden vastgelegd. Dit kan niet ongedaan worden gemaakt.',
  ask: 'Afspraak beëindigen…',
} as const;

/** The tables of money between providers: per pair, and each provider's balance. */
export const FLOWS_TABLES_TEXTS = {
  flowsLabel: 'Geld per paar aanbieders',
  flowsCaption: 'Geld per paar aanbieders: wie betaalt wie',
  paysReceives: 'Betaalt → ontvangt',
  agreed: 'Afgesproken',
  paid: 'Betaald',
  total: 'Totaal',
  positionsLabel: 'Saldo per aanbieder',
  positionsCaption: 'Saldo per aanbieder: ontvangen min betaald',
  provider: 'Aanbieder',
  receivesAgreed: 'Ontvangt (afgesproken)',
  paysAgreed: 'Betaalt (afgesproken)',
  balanceAgreed: 'Saldo afgesproken',
  balancePaid: 'Saldo betaald',
} as const;

/** The page of one funding agreement. */
export const FUNDING_AGREEMENT_PAGE_TEXTS = {
  what: 'De afspraak',
  title: 'Financiering {from} → {to}',
  back: 'Terug naar alle afspraken',
  waiting: 'Deze afspraak wacht op instemming van {to}.',
  payments: 'Betalingen',
} as const;

/** The page of the funding agreements between providers. */
export const FUNDING_AGREEMENTS_PAGE_TEXTS = {
  title: 'Financiering tussen aanbieders',
  flowsLink: 'Geldstromen: wie betaalt wie, per periode',
  proposeLink: 'Financiering voorstellen',
  statusLabel: 'Status',
  statusAll: 'Alle',
  what: 'De afspraken',
  none: 'Er zijn geen financieringsafspraken.',
  noneWithStatus: 'Er zijn geen financieringsafspraken met deze status.',
  pagerLabel: 'financieringsafspraken',
} as const;

/** The page of the money flows between providers. */
export const FUNDING_FLOWS_PAGE_TEXTS = {
  wholeYear: 'Het hele jaar',
  quarter1: '1e kwartaal',
  quarter2: '2e kwartaal',
  quarter3: '3e kwartaal',
  quarter4: '4e kwartaal',
  title: 'Geldstromen tussen aanbieders',
  agreementsLink: 'Naar de financieringsafspraken',
  yearLabel: 'Jaar',
  periodLabel: 'Periode',
  what: 'De geldstromen',
  period: 'Van {from} tot en met {to}.',
  flowsHeading: 'Wie betaalt wie',
  noFlows: 'Geen gegevens: in deze periode is geen geld afgesproken of betaald.',
  positionsHeading: 'Saldo per aanbieder',
  ownOnly: 'U ziet alleen het saldo van uw eigen organisatie.',
  noPositions: 'Geen gegevens.',
} as const;

/** The page for proposing funding to another provider. */
export const FUNDING_PROPOSE_PAGE_TEXTS = {
  title: 'Financiering voorstellen',
  back: 'Terug naar alle afspraken',
  what: 'De convenanten',
  noConvenant: 'Uw organisatie is geen partij bij een convenant dat in werking is. Daarom kunt u nu geen financiering voorstellen.',
  submit: 'Voorstel versturen',
} as const;

/** Recording a payment on a funding agreement. */
export const PAYMENT_FORM_TEXTS = {
  exceeds:
    'Dit bedrag is meer dan er nog te betalen is: intussen is er een andere betaling vastgelegd. Er is niets opgeslagen; het bedrag dat nog openstaat, is bijgewerkt.',
  maxLabel: 'wat nog te betalen is ({remaining})',
  notInFuture: 'Een betaling legt u vast als die is gedaan: niet in de toekomst.',
  done: 'De betaling van {amount} is vastgelegd.',
  heading: 'Betaling vastleggen',
  amountLabel: 'Bedrag (euro)',
  remaining: 'Nog te betalen: {remaining}.',
  paidOnLabel: 'Betaald op',
  submit: 'Betaling vastleggen',
} as const;

/** The goals and the budget of an annual plan. */
export const PLAN_CONTENTS_TEXTS = {
  goals: 'Doelen',
  goalsCaption: 'Doelen van het jaarplan',
  goal: 'Doel',
  indicator: 'Gemeten als',
  target: 'Streefwaarde',
  budget: 'Begroting',
  budgetCaption: 'Begroting van het jaarplan',
  line: 'Regel',
  amount: 'Bedrag',
  total: 'Totaal',
} as const;

/** The goals and budget lines in the form of an annual plan. */
export const PLAN_LIST_FIELDS_TEXTS = {
  goals: 'Doelen',
  goal: 'Doel {n}',
  indicator: 'Gemeten als',
  target: 'Streefwaarde',
  removeGoal: 'Doel {n} verwijderen',
  addGoal: 'Doel toevoegen',
  budget: 'Begroting',
  line: 'Begrotingsregel {n}',
  amount: 'Bedrag voor het jaar (euro)',
  removeLine: 'Regel {n} verwijderen',
  addLine: 'Begrotingsregel toevoegen',
} as const;

/** The fields of a funding proposal. */
export const PROPOSE_FIELDS_TEXTS = {
  convenant: 'Convenant',
  chooseConvenant: 'Kies een convenant',
  receiver: 'Ontvangende aanbieder',
  chooseReceiver: 'Kies een aanbieder',
  convenantFirst: 'Kies eerst een convenant',
  periodStart: 'Eerste dag',
  periodEnd: 'Laatste dag',
  amount: 'Bedrag voor de hele periode (euro)',
  amountExample: 'Bijvoorbeeld 12.500,00.',
  purpose: 'Doel',
  purposeHint: 'Waarvoor is het geld?',
} as const;

/** The annual plans of a year and where each quarter stands. */
export const QUARTER_GRID_TEXTS = {
  municipality: 'Gemeente (eigen deel)',
  label: 'Jaarplannen {year} per kwartaal',
  caption: 'Jaarplannen {year}: waar staat elk kwartaal?',
  owner: 'Jaarplan van',
  plan: 'Plan',
  quarter: 'Kwartaal {q}',
  budget: 'Begroting {budget}',
} as const;

/** The four quarters of an annual plan and the forms for whoever acts next. */
export const GELD_QUARTERS_TEXTS = {
  heading: 'Verantwoording per kwartaal',
  what: 'De kwartaalverantwoordingen',
  quarter: 'Kwartaal {q}',
  period: '{start} tot en met {end}',
  due: '. Uiterlijk indienen op {date}',
  reopened: 'Heropend',
  reopenedOn: ' op {date}: {reason} De verantwoording wordt opnieuw ingediend.',
  review: 'Bespreking kwartaal {q} vastleggen…',
  reopen: 'Kwartaal {q} heropenen…',
  resubmit: 'Verantwoording kwartaal {q} opnieuw invullen…',
  submit: 'Verantwoording kwartaal {q} invullen…',
} as const;

/** Reopening a submitted quarter. */
export const REOPEN_FORM_TEXTS = {
  fillReason: 'Vul in waarom het kwartaal opnieuw wordt verantwoord.',
  done: 'Kwartaal {q} is heropend. De aanbieder verantwoordt het opnieuw.',
  formLabel: 'Kwartaal {q} heropenen',
  intro: 'De bespreking vervalt; wat er stond, blijft in de wijzigingsgeschiedenis.',
  reasonLabel: 'Reden',
  submit: 'Kwartaal heropenen',
} as const;

/** What was accounted for in a quarter, and its review. */
export const REPORT_VIEW_TEXTS = {
  submittedOn: 'Ingediend op',
  spentBudget: 'Uitgegeven / begroot',
  spentValue: '{spent} van {budget} ({ratio}); verschil {difference}',
  atSubmission: ' (bij indienen: {spent}; er zijn later nog rapportages bijgekomen)',
  goal: 'Doel {n}',
  goalProgress: '{goal}: {realised} van {target}',
  reviewedOn: 'Besproken op {date}: ',
  present: '. Aanwezig:',
  nameHidden: 'naam niet zichtbaar',
  actions: ' Afgesproken acties: {actions}.',
  actionsCaption: 'Afgesproken acties van kwartaal {q}',
} as const;

/** Accounting for an ended quarter. */
export const SUBMIT_FORM_TEXTS = {
  done: 'De verantwoording over kwartaal {q} is ingediend.',
  submit: 'Verantwoording kwartaal {q} indienen',
  spentByReports: 'Wat is uitgegeven, berekent het systeem uit de maandrapportages van uw arrangementen.',
  realisedLabel: '{goal}: bereikt',
  target: 'Streefwaarde voor het jaar: {target} ({indicator}).',
  remarksLabel: 'Toelichting bij {goal}',
  spentLabel: 'Uitgegeven in het kwartaal (euro)',
} as const;

/** Recording the review of a quarter. */
export const REVIEW_FORM_TEXTS = {
  stale: 'Iemand anders heeft dit kwartaal intussen besproken of gewijzigd. Laad de pagina opnieuw; uw invoer staat er nog.',
  done: 'De bespreking van kwartaal {q} is vastgelegd.',
  formLabel: 'Bespreking kwartaal {q} vastleggen',
  reviewedOnLabel: 'Besproken op',
  verdictLabel: 'Oordeel',
  verdictEmpty: 'Kies',
  kerngroepLabel: 'Namens de kerngroep aanwezig',
  boardLabel: 'Namens het bestuur aanwezig',
  financeLabel: 'Hoofd financiën',
  namesHint: 'Eén naam per regel. Verplicht.',
  remarksLabel: 'Opmerkingen',
  submit: 'Bespreking vastleggen',
  followUps: 'Afgesproken acties',
  followUpsIntro: 'Elke actie krijgt een eigenaar en een datum, en staat daarna bij de acties.',
  action: 'Actie {n}',
  actionTitleLabel: 'Wat moet er gebeuren?',
  dueOnLabel: 'Uiterlijk klaar op',
  removeAction: 'Actie {n} weglaten',
  addAction: 'Actie toevoegen',
} as const;

/** The help under the headings of the money pages. */
export const GELD_HELP_TEXTS = {
  fundingIntro:
    'Soms betaalt de ene aanbieder een andere aanbieder, bijvoorbeeld een zorgaanbieder een vrijwilligersorganisatie. Dat heet een financieringsafspraak. De betalende aanbieder stelt de afspraak voor, de ontvangende aanbieder stemt ermee in.',
  fundingFigures:
    '‘Bedrag’ is wat voor de hele periode is afgesproken. ‘Betaald’ is wat de betalende aanbieder tot nu toe heeft betaald. Alleen de twee aanbieders en de regisseur zien een afspraak.',
  agreementIntro: 'Op deze pagina ziet u één financieringsafspraak tussen twee aanbieders en alle betalingen die erop zijn gedaan.',
  agreementSteps:
    'De ontvangende aanbieder stemt in met een voorstel. Daarna legt de betalende aanbieder elke betaling vast. Samen betalen zij nooit meer dan het afgesproken bedrag. Elk van beide aanbieders kan de afspraak beëindigen; dat kan niet ongedaan worden gemaakt.',
  proposeIntro: 'Hier stelt u voor dat uw organisatie geld betaalt aan een andere aanbieder, voor een doel en een periode.',
  proposeRules:
    'Dat kan alleen onder een convenant dat in werking is, en alleen aan een andere partij van dat convenant. De periode moet binnen het convenant vallen. De andere aanbieder moet daarna nog instemmen.',
  flowsIntro: 'Deze pagina laat zien welke aanbieder hoeveel geld aan een andere aanbieder betaalt, in de periode die u kiest.',
  flowsFigures:
    '‘Afgesproken’ is het deel van de afspraken dat in de periode valt, naar rato van het aantal dagen. ‘Betaald’ zijn de betalingen met een datum in de periode. ‘Saldo’ is wat een aanbieder ontvangt min wat hij betaalt: een positief saldo betekent dat er meer binnenkomt dan er uitgaat.',
  plansIntro:
    'Elke aanbieder maakt per jaar een jaarplan met doelen en een begroting. De regisseur stelt het plan vast. Daarna legt de aanbieder elk kwartaal verantwoording af, en bespreekt de regisseur die met het bestuur, het hoofd financiën en de kerngroep.',
  plansQuarters:
    'Per kwartaal ziet u hoe het ervoor staat. ‘Nu indienen’: het kwartaal is voorbij en de verantwoording kan worden ingediend. ‘Te laat’: de uiterste datum is voorbij en er is nog niets ingediend. Bij elk kwartaal staat tot wanneer u de verantwoording kunt indienen.',
  planIntro: 'Op deze pagina ziet u één jaarplan: de doelen, de begroting en de verantwoording per kwartaal.',
  planFigures:
    '‘Uitgegeven’ berekent het systeem uit de maandrapportages van de arrangementen. ‘Begroot’ is het deel van de jaarbegroting dat bij het kwartaal hoort. Een verschil boven nul betekent dat er meer is uitgegeven dan begroot.',
  planNewRegisseur:
    'Een jaarplan zegt wat een aanbieder of de gemeente in een jaar wil bereiken en wat dat mag kosten. Geef elk doel een streefwaarde, zodat u per kwartaal kunt laten zien hoe ver u bent. De regisseur stelt het plan daarna vast.',
  planNewOwn:
    'Een jaarplan zegt wat uw organisatie in een jaar wil bereiken en wat dat mag kosten. Geef elk doel een streefwaarde, zodat u per kwartaal kunt laten zien hoe ver u bent. De regisseur stelt het plan daarna vast.',
} as const;

/** The decision list page's loading state and pager. */
export const BESLUITENLIJST_PAGE_TEXTS = {
  what: 'De besluitenlijst',
  pagerLabel: 'besluiten',
} as const;

/** The budget page's loading states. */
export const BUDGET_PAGE_TEXTS = {
  convenantsWhat: 'De convenanten',
  budgetWhat: 'Het budget per aanbieder',
} as const;

/** The reallocation form on the budget page: its loading state. */
export const REALLOCATE_FORM_TEXTS = {
  what: 'De besluiten',
} as const;

/** The page for inviting a participant. */
export const INVITE_PARTICIPANT_PAGE_TEXTS = {
  fillEmail: 'Vul een e-mailadres in.',
  fillName: 'Vul een naam in.',
  chooseRole: 'Kies een rol.',
  chooseGroup: 'Kies ten minste één groep.',
  roleEmpty: 'Kies een rol',
  sending: 'Bezig met versturen…',
} as const;

/** The page for inviting a user. */
export const INVITE_USER_PAGE_TEXTS = {
  fillEmail: 'Vul een e-mailadres in.',
  fillName: 'Vul een naam in.',
  chooseRole: 'Kies een rol.',
  chooseProvider: 'Kies een aanbieder.',
  sending: 'Bezig met versturen…',
} as const;

/** The page with the roles that may log in with a link: its loading states. */
export const LOGIN_LINK_ROLES_PAGE_TEXTS = {
  what: 'De instelling',
} as const;

/** The fields for a user's role and provider. */
export const ROLE_FIELDS_TEXTS = {
  roleEmpty: 'Kies een rol',
  providerEmpty: 'Kies een aanbieder',
} as const;

/** The single sign-on settings page. */
export const SSO_SETTINGS_PAGE_TEXTS = {
  what: 'De instellingen',
  chooseRole: 'Kies een rol.',
} as const;

/** The page for setting a password with a link. */
export const LINK_PASSWORD_PAGE_TEXTS = {
  what: 'De link',
  passwordHint: 'Minstens {min} tekens. Een zin van een paar woorden is lang genoeg en goed te onthouden.',
  busy: 'Bezig…',
} as const;

/** The pages for asking for a link by e-mail. */
export const LINK_REQUEST_PAGES_TEXTS = {
  fillEmail: 'Vul uw e-mailadres in.',
  emailLabel: 'E-mailadres',
} as const;

/** The page for logging in with a link. */
export const LOGIN_LINK_PAGE_TEXTS = {
  what: 'De link',
  signIn: 'Inloggen',
} as const;

/** The page of one privacy request: its loading state. */
export const PRIVACY_REQUEST_PAGE_TEXTS = {
  what: 'Het verzoek',
} as const;

/** The page of the privacy requests: its loading state. */
export const PRIVACY_REQUESTS_PAGE_TEXTS = {
  what: 'De verzoeken',
} as const;

/** The waiting list page: its loading state. */
export const WAITING_LIST_PAGE_TEXTS = {
  what: 'De wachtlijst',
} as const;

/** The search page's loading state and pager. */
export const SEARCH_PAGE_TEXTS = {
  what: 'De zoekresultaten',
  pagerLabel: 'zoekresultaten',
} as const;
