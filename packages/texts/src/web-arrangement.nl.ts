/**
 * The texts of the web client's pages (see web/src/__tests__/texts-from-catalogue.test.ts).
 */

/** The legend of the arrangement form's fieldset. */
export const ARRANGEMENT_FORM_FIELDS_TEXTS = {
  legendCreate: 'Gegevens van het arrangement',
  legendEdit: 'Arrangement wijzigen',
} as const;

/** The first fields of the arrangement form: who it is for, what it is and its size. */
export const ARRANGEMENT_WHAT_FIELDS_TEXTS = {
  clientKey: 'Cliëntsleutel',
  clientKeyHint: 'De pseudonieme sleutel van de inwoner bij uw organisatie. Nooit een BSN of naam.',
  form: 'Vorm',
  formEmpty: 'Kies een vorm',
  productCategory: 'Productcategorie',
  productCategoryEmpty: 'Kies een categorie',
  hoursPerWeek: 'Uren per week',
  plannedCost: 'Geplande kosten (euro)',
  plannedCostHint: 'Bijvoorbeeld 1.250,00',
} as const;

/** The last fields of the arrangement form: dates, status and goals. */
export const ARRANGEMENT_WHEN_FIELDS_TEXTS = {
  requestedOn: 'Datum van de aanvraag',
  requestedOnHint: 'Het begin van de wachttijd.',
  startsOn: 'Startdatum',
  startsOnHint: 'Zonder startdatum blijft het arrangement aangevraagd.',
  status: 'Status',
  statusHint: 'Beëindigen doet u met het formulier ‘Arrangement beëindigen’.',
  goals: 'Doelen',
  goalsHint: 'Eén doel per regel, hoogstens {count} doelen van elk hoogstens {length} tekens.',
} as const;

/** The panel after a lost version race on the arrangement page. */
export const ARRANGEMENT_CONFLICT_PANEL_TEXTS = {
  endedTitle: 'Dit arrangement is intussen beëindigd',
  endedBody:
    'Uw wijzigingen zijn niet opgeslagen: het arrangement is beëindigd op {date} en verandert niet meer. Hieronder staat wat u had ingevuld, zodat u het kunt bewaren.',
  changedTitle: 'Iemand anders heeft dit arrangement intussen gewijzigd',
  changedBody:
    'Uw wijzigingen zijn niet opgeslagen. Hieronder staat de nieuwste versie (versie {version}) naast uw invoer. Kies of u uw wijzigingen opnieuw wilt toepassen op de nieuwste versie, of de nieuwste versie wilt overnemen.',
  reapply: 'Mijn wijzigingen opnieuw toepassen',
  close: 'Sluiten',
  takeLatest: 'Nieuwste versie overnemen',
} as const;

/** The table of a version conflict: the person's input beside the newest version. */
export const ARRANGEMENT_CONFLICT_TABLE_TEXTS = {
  caption: 'Uw invoer en de nieuwste versie',
  field: 'Gegeven',
  yours: 'Uw invoer',
  latest: 'Nieuwste versie',
  unchanged: 'niet door u gewijzigd',
} as const;

/** The form that corrects a wrong report. */
export const CORRECT_REPORT_FORM_TEXTS = {
  period: '{start} tot en met {end}',
  title: 'Rapportage van {period} corrigeren',
  reported:
    'Gemeld: {hours} uur, {cost}. De rapportage blijft bestaan; een tegenboeking haalt haar uit de cijfers. Vul de juiste uren en kosten in, of laat ze leeg als er in deze periode niets geleverd is.',
  reason: 'Waarom klopte de rapportage niet?',
  hours: 'Juiste uren',
  cost: 'Juiste kosten (euro)',
  costHint: 'Bijvoorbeeld 412,50',
  remarks: 'Opmerkingen bij de juiste waarden',
  submit: 'Correctie vastleggen',
  cancel: 'Annuleren',
  saving: 'Bezig met opslaan…',
} as const;

/** The section that edits the arrangement. */
export const ARRANGEMENT_EDIT_SECTION_TEXTS = {
  title: 'Wijzigen',
  saved: 'De wijzigingen zijn opgeslagen.',
  submit: 'Wijzigingen opslaan',
  saving: 'Bezig met opslaan…',
} as const;

/** The save of the arrangement's edit form. */
export const ARRANGEMENT_EDIT_TEXTS = {
  nothingChanged: 'U heeft niets gewijzigd.',
} as const;

/** The confirmation before an arrangement ends for good. */
export const END_CONFIRM_TEXTS = {
  sure: 'Weet u het zeker?',
  body: 'Het arrangement eindigt op {date}, reden: {reason}, doelen: {goals}. Daarna kunt u het niet meer wijzigen en geen rapportages meer toevoegen.',
  confirm: 'Ja, arrangement beëindigen',
  back: 'Nee, terug',
} as const;

/** The fields of the form that ends an arrangement. */
export const END_FIELDS_TEXTS = {
  endedOn: 'Einddatum',
  endReason: 'Reden',
  endReasonEmpty: 'Kies een reden',
  goalAttainment: 'Doelen bereikt',
  goalAttainmentEmpty: 'Kies een uitkomst',
} as const;

/** The section that ends an arrangement. */
export const END_SECTION_TEXTS = {
  stale:
    'Iemand anders heeft dit arrangement intussen gewijzigd. De nieuwste gegevens staan bovenaan deze pagina. Controleer ze en beëindig opnieuw als dat nog klopt.',
  endedOnMissing: 'Vul de einddatum in.',
  endReasonMissing: 'Kies de reden van beëindiging.',
  goalAttainmentMissing: 'Kies in hoeverre de doelen zijn bereikt.',
  title: 'Arrangement beëindigen',
  again: 'Opnieuw beëindigen',
  submit: 'Arrangement beëindigen',
} as const;

/** The fields of the network plan (Eigen Kracht). */
export const NETWORK_PLAN_FIELDS_TEXTS = {
  counter: '{count} van ten hoogste {max} tekens.',
  conferenceHeldOn: 'Datum van de familiegroepsconferentie',
  participantsCount: 'Aantal deelnemers uit het netwerk',
  participantsCountHint: 'Een heel getal van 1 tot en met {max}.',
  coordinator: 'Onafhankelijke coördinator',
  planSummary: 'Samenvatting van het plan',
  decisions: 'Besluiten van het netwerk',
  decisionsHint: 'Eén besluit per regel, ten hoogste {count} besluiten van elk ten hoogste {length} tekens.',
  professionalRole: 'Wat het netwerk van de professional vraagt',
} as const;

/** The form that records the network plan. */
export const NETWORK_PLAN_FORM_TEXTS = {
  stale: 'Iemand anders heeft dit arrangement intussen gewijzigd. Uw invoer staat er nog; sla opnieuw op.',
  label: 'Netwerkplan vastleggen',
  submit: 'Netwerkplan opslaan',
  cancel: 'Annuleren',
  saving: 'Bezig met opslaan…',
} as const;

/** The network plan's section on the arrangement page. */
export const NETWORK_PLAN_SECTION_TEXTS = {
  hasPlan: 'Netwerkplan (Eigen Kracht)',
  yes: 'Ja',
  no: 'Nee',
  conferenceHeldOn: 'Familiegroepsconferentie op',
  participantsCount: 'Deelnemers uit het netwerk',
  coordinator: 'Onafhankelijke coördinator',
  planSummary: 'Samenvatting van het plan',
  decisions: 'Besluiten van het netwerk',
  professionalRole: 'Wat het netwerk van de professional vraagt',
  title: 'Netwerkplan',
  intro: 'Bij Eigen Kracht maakt de inwoner met familie en vrienden zelf een plan in een familiegroepsconferentie. De professional volgt dat plan.',
  notOwn: 'De inhoud van het plan is alleen voor de aanbieder; u ziet alleen of er een plan is.',
  saved: 'Het netwerkplan is vastgelegd.',
  edit: 'Netwerkplan wijzigen',
  record: 'Netwerkplan vastleggen',
} as const;

/** The fields of a monthly report. */
export const REPORT_FIELDS_TEXTS = {
  periodStart: 'Eerste dag',
  periodEnd: 'Laatste dag',
  hours: 'Geleverde uren',
  cost: 'Kosten (euro)',
  costHint: 'Bijvoorbeeld 412,50',
  remarks: 'Opmerkingen',
} as const;

/** The section that adds a monthly report. */
export const REPORT_SECTION_TEXTS = {
  title: 'Maandrapportage toevoegen',
  added: 'De rapportage is toegevoegd.',
  submit: 'Rapportage toevoegen',
  saving: 'Bezig met opslaan…',
} as const;

/** The reports table on the arrangement page, with the corrections. */
export const REPORTS_TABLE_TEXTS = {
  periodRange: '{start} tot en met {end}',
  correctionOf: 'correctie van de rapportage van {period}',
  correction: 'correctie',
  reversal: 'Tegenboeking: {of}',
  rightValuesCorrected: 'Juiste waarden ({of}), zelf gecorrigeerd',
  rightValues: 'Juiste waarden: {of}',
  reportCorrected: 'Rapportage, gecorrigeerd',
  report: 'Rapportage',
  period: 'Periode',
  kind: 'Soort',
  hours: 'Uren geleverd',
  cost: 'Kosten',
  remarks: 'Opmerkingen',
  reportedOn: 'Gemeld op',
  correct: 'Corrigeren',
  reason: 'Reden: {reason}',
  correctLabel: 'Rapportage van {period} corrigeren',
  title: 'Rapportages',
  corrected: 'De correctie is vastgelegd. De cijfers tellen de rapportage nu met de juiste waarden.',
  scrollLabel: 'Maandrapportages van dit arrangement',
  caption: 'Maandrapportages van dit arrangement, met hun correcties',
  empty: 'Nog geen rapportages.',
  pager: 'rapportages',
} as const;

/** The arrangement's data at the top of its page. */
export const ARRANGEMENT_SUMMARY_TEXTS = {
  productCategory: 'Productcategorie',
  form: 'Vorm',
  hoursPerWeek: 'Uren per week',
  plannedCost: 'Geplande kosten',
  realisedCost: 'Gerealiseerde kosten',
  requestedOn: 'Aangevraagd op',
  startsOn: 'Startdatum',
  endedOn: 'Beëindigd op',
  endReason: 'Reden',
  goalAttainment: 'Doelen',
  title: 'Gegevens',
  provider: 'Aanbieder',
  goals: 'Doelen van het plan',
  updatedAt: 'Laatst gewijzigd',
  updatedVersion: '{updatedAt} (versie {version})',
} as const;

/** The first round of checks of the arrangement form. */
export const ARRANGEMENT_VALUES_TEXTS = {
  clientKeyMissing: 'Vul de cliëntsleutel in.',
  clientKeyTooLong: 'De cliëntsleutel is te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.',
  formMissing: 'Kies de vorm van het arrangement.',
  productCategoryMissing: 'Kies de productcategorie.',
  hoursNotANumber: 'Vul het aantal uren per week in als getal, bijvoorbeeld 2,5.',
  costNotANumber: 'Vul de geplande kosten in euro in, bijvoorbeeld 1.250,00.',
  requestedOnMissing: 'Vul de datum van de aanvraag in.',
  startsOnInvalid: 'Vul een geldige startdatum in, of laat het veld leeg.',
} as const;

/** The first round of checks of a report's correction. */
export const CORRECTION_RULES_TEXTS = {
  reasonMissing: 'Vul in waarom de rapportage niet klopte.',
  reasonTooLong: 'De reden waarom de rapportage niet klopte is te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.',
  remarksTooLong: 'De opmerkingen bij de juiste waarden zijn te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.',
  bothOrNeither: 'Vul zowel de uren als de kosten in, of geen van beide.',
  hoursNotANumber: 'Vul de juiste uren in als getal, bijvoorbeeld 8,5.',
  costNotANumber: 'Vul de juiste kosten in euro in, bijvoorbeeld 412,50.',
} as const;

/** The names of the fields compared in the table of a version conflict. */
export const ARRANGEMENT_EDIT_RULES_TEXTS = {
  clientKey: 'Cliëntsleutel',
  form: 'Vorm',
  productCategory: 'Productcategorie',
  hoursPerWeek: 'Uren per week',
  plannedCost: 'Geplande kosten',
  startsOn: 'Startdatum',
  status: 'Status',
  goals: 'Doelen',
} as const;

/** The first round of checks of the network plan. */
export const NETWORK_PLAN_RULES_TEXTS = {
  coordinatorTooLong: 'De naam van de coördinator is te lang: gebruik ten hoogste {max} tekens (nu {count}).',
  planSummaryTooLong: 'De samenvatting van het plan is te lang: gebruik ten hoogste {max} tekens (nu {count}).',
  professionalRoleTooLong: 'Wat het netwerk van de professional vraagt is te lang: gebruik ten hoogste {max} tekens (nu {count}).',
  conferenceMissing: 'Vul de datum van de conferentie in.',
  conferenceInFuture: 'De conferentie moet al gehouden zijn: kies vandaag of eerder.',
  participantsCountInvalid: 'Vul het aantal deelnemers in als heel getal van 1 tot en met {max}.',
  coordinatorMissing: 'Vul de naam van de coördinator in.',
  planSummaryMissing: 'Vat het plan samen.',
  professionalRoleMissing: 'Beschrijf wat het netwerk van de professional vraagt.',
  decisionsCount: 'Vul 1 tot {max} besluiten in, één per regel.',
  decisionTooLong: 'Een besluit is ten hoogste {max} tekens.',
} as const;

/** The first round of checks of a monthly report. */
export const REPORT_RULES_TEXTS = {
  periodStartMissing: 'Vul de eerste dag van de periode in.',
  periodEndMissing: 'Vul de laatste dag van de periode in.',
  periodEndBeforeStart: 'De laatste dag mag niet voor de eerste dag liggen.',
  hoursNotANumber: 'Vul de geleverde uren in als getal, bijvoorbeeld 8,5.',
  costNotANumber: 'Vul de kosten in euro in, bijvoorbeeld 412,50.',
  remarksTooLong: 'De opmerkingen zijn te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.',
} as const;

/** The table of the arrangements list; a card each on a phone. */
export const ARRANGEMENT_TABLE_TEXTS = {
  clientKey: 'Cliëntsleutel',
  provider: 'Aanbieder',
  status: 'Status',
  productCategory: 'Productcategorie',
  form: 'Vorm',
  hoursPerWeek: 'Uren per week',
  planned: 'Gepland',
  realised: 'Gerealiseerd',
  requestedOn: 'Aangevraagd op',
  start: 'Start',
  label: 'Arrangementen',
  caption: 'Arrangementen',
  captionFiltered: 'Arrangementen die passen bij uw zoekopdracht',
  updating: '(bijwerken)',
  empty: 'Geen arrangementen gevonden.',
} as const;

/** The download of the arrangements list for Excel. */
export const ARRANGEMENTS_EXCEL_DOWNLOAD_TEXTS = {
  download: 'Arrangementen als CSV (Excel)',
  failed: 'Het downloaden is niet gelukt. Probeer het opnieuw.',
} as const;

/** The column headings of the arrangements list as a CSV for Excel. */
export const ARRANGEMENTS_EXCEL_TEXTS = {
  clientKey: 'Cliëntsleutel',
  provider: 'Aanbieder',
  status: 'Status',
  productCategory: 'Productcategorie',
  form: 'Vorm',
  hoursPerWeek: 'Uren per week',
  plannedCost: 'Geplande kosten (euro)',
  realisedCost: 'Gerealiseerde kosten (euro)',
  requestedOn: 'Aangevraagd op',
  startsOn: 'Startdatum',
  endedOn: 'Einddatum',
} as const;

/** The help on the arrangements list. */
export const ARRANGEMENTS_HELP_TEXTS = {
  own: 'Hier staan de arrangementen van uw organisatie. Een arrangement is de hulp die één inwoner van u krijgt.',
  all: 'Hier staan de arrangementen van alle aanbieders. Kies een aanbieder om alleen diens arrangementen te zien.',
  costs: 'Gepland is wat de hulp volgens de afspraak kost. Gerealiseerd is wat de aanbieder tot nu toe heeft gemeld in de maandrapportages.',
  clientKeys: 'Cliëntsleutels ziet alleen de aanbieder zelf.',
} as const;

/** The choice of a provider in the arrangements list's filters. */
export const ARRANGEMENTS_PROVIDER_SELECT_TEXTS = {
  label: 'Aanbieder',
  empty: 'Alle aanbieders',
} as const;

/** The filters of the arrangements list. */
export const ARRANGEMENTS_SEARCH_FORM_TEXTS = {
  label: 'Arrangementen zoeken',
  clientKey: 'Cliëntsleutel begint met',
  status: 'Status',
  statusEmpty: 'Alle statussen',
  productCategory: 'Productcategorie',
  productCategoryEmpty: 'Alle categorieën',
  search: 'Zoeken',
  clear: 'Wis zoekopdracht',
  applied: 'Zoekopdracht toegepast.',
} as const;

/** The buttons that close an open action, and why a close was refused. */
export const ACTION_CLOSE_TEXTS = {
  stale: 'De actie „{title}” is intussen door iemand anders gewijzigd of gesloten. Er is niets opgeslagen; de nieuwste stand staat nu in de lijst.',
  refused: 'Het is niet gelukt om deze actie te sluiten. Er is niets opgeslagen.',
  technical: 'Het is niet gelukt door een technische storing. Probeer het opnieuw.',
  doneLabel: 'Gedaan: {title}',
  done: 'Gedaan',
  drop: 'Laten vervallen',
  dropName: 'Laten vervallen: {title}',
  dropQuestion: 'De actie „{title}” vervalt. Dat kan niet ongedaan worden gemaakt.',
  dropConfirm: 'Ja, laten vervallen',
} as const;

/** The form that adds an action to a meeting. */
export const ACTION_CREATE_FORM_TEXTS = {
  title: 'Actie toevoegen',
  added: 'De actie is toegevoegd.',
  what: 'Wat moet er gebeuren?',
  dueOn: 'Uiterlijk klaar op',
  submit: 'Actie toevoegen',
} as const;

/** The table of actions. */
export const ACTIONS_TABLE_TEXTS = {
  action: 'Actie',
  source: 'Uit',
  owner: 'Eigenaar',
  dueOn: 'Uiterlijk',
  status: 'Status',
  close: 'Afronden',
  overdue: 'Te laat',
  closedOn: 'op {date}',
} as const;

/** The form that adds an item to a meeting's agenda. */
export const AGENDA_ADD_TEXTS = {
  missing: 'Vul het agendapunt in.',
  tooLong: 'Een agendapunt is hoogstens {max} tekens lang.',
  label: 'Agendapunt toevoegen aan {title}',
  added: 'Het agendapunt is toegevoegd.',
  field: 'Agendapunt toevoegen',
  submit: 'Agendapunt toevoegen',
} as const;

/** A meeting's agenda. */
export const AGENDA_SECTION_TEXTS = {
  title: 'Agenda',
  empty: 'Nog geen agendapunten.',
  addedBy: '(ingebracht door {name})',
  someRepresentative: 'een vertegenwoordiger van een aanbieder',
  closed: 'Dit overleg is gehouden: de agenda is gesloten.',
} as const;

/** The form that records a meeting's minutes. */
export const MINUTES_FORM_TEXTS = {
  title: 'Verslag',
  notYet: 'U schrijft het verslag op of na de dag van het overleg, {date}.',
  missing: 'Vul het verslag in.',
  tooLong: 'Een verslag is hoogstens {max} tekens lang.',
  replaces: 'Er is al een verslag. Wat u hier opslaat, vervangt het.',
  stale:
    'Iemand anders heeft dit overleg intussen gewijzigd. Uw verslag is niet opgeslagen en staat hieronder nog. Kijk of het klopt met de nieuwste gegevens en sla het opnieuw op.',
  saved: 'Het verslag is opgeslagen. De agenda van dit overleg is nu gesloten.',
  field: 'Verslag van het overleg',
  saveAgain: 'Verslag opnieuw opslaan',
  save: 'Verslag opslaan',
} as const;

/** One meeting: when and who, the agenda, the decisions, the minutes and the actions. */
export const OVERLEG_CARD_TEXTS = {
  kindOn: '{kind} op {date}',
  participants: 'Deelnemers: {list}.',
  open: 'Open het overleg',
  decisions: 'Besluiten',
  noDecisions: 'Nog geen besluiten.',
  minutes: 'Verslag',
  actions: 'Acties',
  noActions: 'Geen acties.',
  actionsCaption: 'Acties van dit overleg ({open} open)',
} as const;

/** The choice of the meeting where a decision was taken. */
export const OVERLEG_CHOICE_TEXTS = {
  label: 'Genomen in het overleg',
  hintUrgent: 'Het beleidsoverleg of ad-hocoverleg, gehouden op of voor de datum van het besluit. Het besluit staat dan ook bij dat overleg.',
  hint: 'Het beleidsoverleg, gehouden op of voor de datum van het besluit. Het besluit staat dan ook bij dat overleg.',
  empty: 'Kies het overleg',
} as const;

/** A meeting's version conflict: what differs, and what the person can do. */
export const OVERLEG_CONFLICT_TEXTS = {
  kind: 'Soort',
  title: 'Titel',
  heldOn: 'Datum',
  location: 'Plaats',
  participants: 'Deelnemers',
  noParticipants: 'geen',
  heading: 'Iemand anders heeft dit overleg intussen gewijzigd',
  intro: 'Uw wijzigingen zijn niet opgeslagen. Ze staan nog in het formulier. Dit is het verschil met wat nu is opgeslagen:',
  difference: '{field}: u vulde in „{mine}”; opgeslagen is nu „{latest}”.',
  reapply: 'Mijn wijzigingen opnieuw toepassen',
  takeLatest: 'Nieuwste versie overnemen',
} as const;

/** The page of one meeting. */
export const OVERLEG_DETAIL_PAGE_TEXTS = {
  titleOf: 'Overleg: {title}',
  title: 'Overleg',
  helpWhat: 'Dit is één overleg: wanneer en met wie, de agenda, de besluiten, het verslag en de acties.',
  helpDecision: 'Een besluit over een voorstel koppelt u aan dit overleg bij het voorstel, als u het besluit vastlegt.',
  helpLate: 'Een actie is „te laat” als de datum voorbij is en de actie nog open staat.',
  back: 'Terug naar de overleggen',
  what: 'Het overleg',
  notFound: 'Dit overleg bestaat niet.',
} as const;

/** The section that changes a meeting. */
export const OVERLEG_EDIT_TEXTS = {
  title: 'Overleg wijzigen',
  saved: 'De wijzigingen zijn opgeslagen.',
  submit: 'Wijzigingen opslaan',
} as const;

/** The fields of a meeting. */
export const OVERLEG_FORM_FIELDS_TEXTS = {
  kind: 'Soort overleg',
  kindEmpty: 'Kies een soort',
  title: 'Titel',
  heldOn: 'Datum',
  location: 'Plaats',
} as const;

/** The filter of the meetings list by kind. */
export const OVERLEG_KIND_FILTER_TEXTS = {
  label: 'Soort overleg kiezen',
  kind: 'Soort overleg',
  empty: 'Alle soorten',
  show: 'Toon',
} as const;

/** The page that plans a new meeting. */
export const OVERLEG_NEW_PAGE_TEXTS = {
  title: 'Nieuw overleg',
  helpPlan: 'Hier plant u een overleg. Kies de soort, geef het een titel en een datum, en zet de deelnemers erbij.',
  helpAfter: 'Na het opslaan kunt u agendapunten en acties toevoegen. Het verslag schrijft u op of na de dag van het overleg.',
  back: 'Terug naar de overleggen',
  form: 'Nieuw overleg',
  submit: 'Overleg opslaan',
} as const;

/** The meetings list. */
export const OVERLEG_PAGE_TEXTS = {
  title: 'Overleg',
  helpWho: 'Hier staan de overleggen van de gemeente met de aanbieders, bewoners en medewerkers.',
  helpWhat: 'Bij elk overleg ziet u de agenda, de besluiten met het standpunt van de minderheid, het verslag en de acties.',
  helpLate: 'Een actie is „te laat” als de datum voorbij is en de actie nog open staat. Alle acties samen staan onder Acties.',
  new: 'Nieuw overleg',
  what: 'De overleggen',
  empty: 'Geen overleggen.',
  pager: 'overleggen',
} as const;

/** The owner of an action. */
export const OWNER_FIELD_TEXTS = {
  self: '{name} (uzelf)',
  owner: 'Eigenaar',
  other: 'Iemand anders (naam invullen)',
  ownerEmpty: 'Kies de eigenaar',
  ownerName: 'Naam van de eigenaar',
  ownerNameHint: 'Bijvoorbeeld een inwoner die geen account heeft.',
} as const;

/** The participants of a meeting, one row each. */
export const PARTICIPANTS_FIELD_TEXTS = {
  legend: 'Deelnemers',
  empty: 'Nog geen deelnemers.',
  name: 'Naam deelnemer {n}',
  kind: 'Inwoner of professional',
  kindEmpty: 'Kies',
  organisation: 'Organisatie',
  remove: 'Deelnemer {n} weghalen',
  add: 'Deelnemer toevoegen',
} as const;

/** The checks of a new action. */
export const ACTION_VALUES_TEXTS = {
  titleMissing: 'Vul in wat er moet gebeuren.',
  titleTooLong: 'Een actie is hoogstens {max} tekens lang.',
  ownerMissing: 'Kies wie de actie uitvoert.',
  ownerNameMissing: 'Vul de naam van de eigenaar in.',
  ownerNameTooLong: 'Een naam is hoogstens {max} tekens lang.',
  dueOnInvalid: 'Vul de datum in als dag-maand-jaar, bijvoorbeeld 31-12-2026.',
} as const;

/** The checks of a meeting's form. */
export const OVERLEG_VALUES_TEXTS = {
  kindMissing: 'Kies de soort overleg.',
  titleMissing: 'Vul de titel in.',
  titleTooLong: 'De titel is hoogstens {max} tekens lang.',
  heldOnInvalid: 'Vul de datum in als dag-maand-jaar, bijvoorbeeld 31-12-2026.',
  locationTooLong: 'De plaats is hoogstens {max} tekens lang.',
  participantNameMissing: 'Vul de naam van deelnemer {n} in, of haal de deelnemer weg.',
  participantNameTooLong: 'Een naam is hoogstens {max} tekens lang.',
  participantKindMissing: 'Kies of deelnemer {n} inwoner of professional is.',
  organisationTooLong: 'Een organisatie is hoogstens {max} tekens lang.',
} as const;

/** The save of a meeting's changes. */
export const OVERLEG_UPDATE_TEXTS = {
  nothingChanged: 'U heeft niets gewijzigd.',
} as const;

/** The filters of the actions list. */
export const ACTION_FILTERS_TEXTS = {
  label: 'Acties filteren',
  status: 'Status',
  statusEmpty: 'Alle',
  overdue: 'Te laat',
  overdueEmpty: 'Alle',
  owner: 'Eigenaar',
  mine: 'Mijn acties',
  ownerEmpty: 'Iedereen',
  source: 'Uit',
  sourceEmpty: 'Alles',
  show: 'Toon',
} as const;

/** Where an action comes from, by the API's kind of source. */
export const ACTION_SOURCE_TEXTS = {
  OVERLEG: 'Overleg',
  ATELIER: 'Atelier',
  DECISION: 'Besluit',
  IMPROVEMENT_TRACK: 'Verbetertraject',
  QUARTER_REPORT: 'Kwartaalbespreking',
} as const;

/** The late-or-not filter of the actions list, by its value in the address. */
export const ACTION_OVERDUE_TEXTS = {
  ja: 'Alleen te laat',
  nee: 'Niet te laat',
} as const;

/** The page with every action of the municipality. */
export const ACTIONS_PAGE_TEXTS = {
  municipality: 'gemeente',
  quarterSource: '{source}: {whose}, kwartaal {quarter} {year}',
  title: 'Acties',
  helpWhat: 'Hier staan alle acties: afspraken uit overleggen, ateliers, besluiten en verbetertrajecten.',
  helpLate: '„Te laat” betekent: de datum is voorbij en de actie staat nog open. Die acties zijn rood gemarkeerd.',
  helpClose: 'Is een actie klaar, kies dan „Gedaan”. Is ze niet meer nodig, kies dan „Laten vervallen”.',
  what: 'De acties',
  foundOne: '{count} actie gevonden.',
  foundMany: '{count} acties gevonden.',
  caption: 'Acties',
  pager: 'acties',
} as const;
