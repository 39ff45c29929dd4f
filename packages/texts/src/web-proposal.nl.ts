/**
 * The texts of the web client's pages (see web/src/__tests__/texts-from-catalogue.test.ts).
 */

/** The overview's figures per product category. */
export const OVERVIEW_CATEGORY_TABLE_TEXTS = {
  caption: 'Cijfers per productcategorie',
  empty: 'Geen gegevens in deze periode.',
  category: 'Productcategorie',
  active: 'Actief',
  cost: 'Kosten',
  waiting: 'Wachttijd (dagen)',
  networkPlan: 'Met netwerkplan',
} as const;

/** The overview's downloads: the CSV for Excel and the files for scripts. */
export const OVERVIEW_DOWNLOADS_TEXTS = {
  failed: 'Het downloaden is niet gelukt. Probeer het opnieuw.',
  heading: 'Downloaden',
  excelHelp:
    "Het overzicht als CSV opent goed in Excel: met puntkomma's, Nederlandse kolomnamen en bedragen in euro met een komma. Het bevat de cijfers die u op deze pagina ziet, voor de gekozen periode en aanbieder.",
  scriptsHelp:
    'De bestanden voor scripts zijn bedoeld voor eigen analyse met software: Engelse kolomnamen, bedragen in centen, altijd alle aanbieders. Voor analisten zijn de cijfers beschermd tegen herleiding tot personen.',
  overviewForScripts: 'Overzicht voor scripts',
  arrangementsForScripts: 'Arrangementen voor scripts',
} as const;

/** The button that downloads the overview as a CSV for Excel. */
export const OVERVIEW_EXCEL_DOWNLOAD_TEXTS = {
  failed: 'Het downloaden is niet gelukt. Probeer het opnieuw.',
  download: 'Overzicht als CSV',
} as const;

/** The overview as a CSV for Excel: its column headers and the level of each row. */
export const OVERVIEW_EXCEL_CSV_TEXTS = {
  level: 'Niveau',
  name: 'Naam',
  from: 'Van',
  to: 'Tot en met',
  active: 'Actieve arrangementen',
  new: 'Nieuw',
  ended: 'Beëindigd',
  cost: 'Kosten (euro)',
  budgetUsed: 'Budgetgebruik (%)',
  hours: 'Uren geleverd',
  waiting: 'Wachttijd (dagen)',
  networkPlan: 'Met netwerkplan',
  total: 'Totaal',
  allProviders: 'Alle aanbieders in de keuze',
  provider: 'Aanbieder',
  category: 'Productcategorie',
  quarter: 'Kwartaal',
} as const;

/** The overview's goal attainment and network plans. */
export const GOAL_ATTAINMENT_FIGURES_TEXTS = {
  achieved: 'Doelen bereikt',
  partly: 'Doelen deels bereikt',
  notAchieved: 'Doelen niet bereikt',
  withNetworkPlan: 'Actieve arrangementen met een netwerkplan (Eigen Kracht)',
  label: 'Doelbereik en netwerkplannen',
  caption: 'Doelbereik van beëindigde arrangementen en netwerkplannen',
  figure: 'Cijfer',
  count: 'Aantal',
} as const;

/** The overview's figures beyond the key ones. */
export const OVERVIEW_DETAILS_TEXTS = {
  what: 'De cijfers per categorie en kwartaal',
  goalsHeading: 'Doelbereik en Eigen Kracht',
  categoryHeading: 'Per productcategorie',
  quarterHeading: 'Per kwartaal',
} as const;

/** The help on the overview page. */
export const OVERVIEW_HELP_TEXTS = {
  intro: 'Deze pagina laat zien hoe de algemene voorziening loopt. Kies een periode en eventueel één aanbieder.',
  figures:
    'Actief: arrangementen die op minstens één dag in de periode liepen. Wachttijd: het gemiddeld aantal dagen van aanvraag tot start. Budgetgebruik: de gemelde kosten als deel van het budget voor de periode.',
  goals:
    'Doelen bereikt telt de arrangementen die in de periode stopten. Met netwerkplan telt de actieve arrangementen waarbij de inwoner met het eigen netwerk een plan maakte (Eigen Kracht). Een cijfer over minder dan 5 arrangementen staat er als < 5.',
} as const;

/** The overview's figures per provider. */
export const OVERVIEW_PROVIDER_TABLE_TEXTS = {
  caption: 'Cijfers per aanbieder in de periode',
  name: 'Aanbieder',
  active: 'Actieve arrangementen',
  new: 'Nieuw',
  cost: 'Kosten',
  budget: 'Deel van budget',
  allocation: 'Toegekend budget',
  allocationUsed: 'Kosten tegen toegekend',
  hours: 'Uren',
  waiting: 'Wachttijd (dagen)',
  waitingNow: 'Wachtend nu',
} as const;

/** The overview's chart of cost against budget per quarter. */
export const OVERVIEW_QUARTER_CHART_TEXTS = {
  cost: 'Kosten',
  budget: 'Budget',
  empty: 'Geen gegevens: over deze kwartalen zijn (nog) geen kosten gemeld.',
} as const;

/** The overview's figures per quarter. */
export const OVERVIEW_QUARTER_TABLE_TEXTS = {
  label: 'Per kwartaal',
  caption: 'Per kwartaal: actieve arrangementen, kosten, budgetgebruik, netwerkplannen en doelen bereikt',
  quarter: 'Kwartaal',
  active: 'Actief',
  cost: 'Kosten',
  budgetUsed: 'Budgetgebruik',
  networkPlan: 'Met netwerkplan',
  achieved: 'Doelen bereikt',
} as const;

/** The overview's chart of cost per period. */
export const OVERVIEW_TREND_CHART_TEXTS = {
  cost: 'Kosten',
  empty: 'Geen gegevens: over deze periode zijn (nog) geen kosten gemeld.',
} as const;

/** The overview's figures per month. */
export const OVERVIEW_TREND_TABLE_TEXTS = {
  caption: 'Per maand: actieve arrangementen, kosten en wachttijd',
  month: 'Maand',
  active: 'Actief',
  cost: 'Kosten',
  waiting: 'Wachttijd (dagen)',
  empty: 'Geen gegevens in deze periode.',
} as const;

/** The legend of the overview's left-out figures, after the marks it explains. */
export const SUPPRESSION_LEGEND_TEXTS = {
  suppressed: ': onderdrukt. Dit cijfer gaat over minder dan 5 arrangementen en is weggelaten, zodat niemand tot een persoon herleid kan worden.',
  noData: ': geen gegevens.',
} as const;

/** The client council's check of a proposal. */
export const PROPOSAL_COUNCIL_FORM_TEXTS = {
  checkedOnMissing: 'Vul de datum van de toets in.',
  verdictMissing: 'Kies het oordeel.',
  concernsMissing: 'Beschrijf de zorgen van de cliëntenraad.',
  remarksTooLong: 'De opmerkingen zijn te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.',
  title: 'Toets door de cliëntenraad',
  done: 'De toets is vastgelegd; de cyclus is afgesloten.',
  checkedOn: 'Getoetst op',
  verdict: 'Oordeel',
  remarks: 'Opmerkingen',
  submit: 'Toets vastleggen',
} as const;

/** A proposal's six-week cycle: what is late, its dates and whether each step was on time. */
export const PROPOSAL_CYCLE_SECTION_TEXTS = {
  lateToday: 'Te laat vandaag:',
  heading: 'Cyclus',
  status: 'Status',
  urgent: '(spoed)',
  submitted: 'Ingediend (week 0)',
  perspectivesDue: 'Standpunten uiterlijk',
  adHocMeetingDue: 'Ad-hocoverleg uiterlijk',
  policyMeeting: 'Beleidsoverleg (week 5)',
  policyMeetingPeriod: '{from} tot en met {to}',
  feedback: 'Terugkoppeling (week 6)',
  feedbackDue: 'uiterlijk {date}',
  onTimeHeading: 'Op tijd?',
  oneDayLate: '1 dag te laat',
  daysLate: '{days} dagen te laat',
  doneLate: 'Gedaan op {date}, {late}',
  doneOnTime: 'Gedaan op {date}, op tijd',
  notDoneLate: 'Nog niet gedaan, nu {late}',
  notDoneDue: 'Nog niet gedaan, uiterlijk {date}',
} as const;

/** The fields of the policy meeting's decision on a proposal. */
export const PROPOSAL_DECIDE_FIELDS_TEXTS = {
  text: 'Besluit',
  outcome: 'Uitkomst',
  decidedOn: 'Besloten op',
  minorityPosition: 'Standpunt van de minderheid',
  minorityPositionHelp:
    'Leeg laten: het wordt opgesteld uit de redenen van wie verloor, en iemand van hen bevestigt het. Verplicht als de minderheid alleen op papier stemde.',
  kerngroepAdviceWeighing: 'Weging van het advies van de kerngroep',
  kerngroepAdviceWeighingHelp: 'Verplicht als de kerngroep het perspectief van de bewoners gaf.',
  responsible: 'Eindverantwoordelijke',
} as const;

/** The form that records the policy meeting's decision on a proposal. */
export const PROPOSAL_DECIDE_FORM_TEXTS = {
  title: 'Besluit van het beleidsoverleg vastleggen',
  tally:
    'De stemming komt uit de standpunten van de aanwezigen ({agree} eens, {disagree} oneens, {abstain} onthouding). Tel hieronder de aanwezigen zonder account op papier mee.',
  missingPerspectives: 'Nog niet alle partijen hebben een standpunt: {sides}.',
  done: 'Het besluit is vastgelegd.',
  submit: 'Besluit vastleggen',
} as const;

/** The browser's checks of the decision form. */
export const PROPOSAL_DECIDE_CHECKS_TEXTS = {
  textMissing: 'Vul de tekst van het besluit in.',
  outcomeMissing: 'Kies de uitkomst.',
  decidedOnMissing: 'Vul de datum van het besluit in.',
  overlegMissing: 'Kies het overleg waar het besluit is genomen.',
  agreeInvalid: 'Vul het aantal stemmen voor op papier in als heel getal.',
  disagreeInvalid: 'Vul het aantal stemmen tegen op papier in als heel getal.',
  abstainInvalid: 'Vul het aantal onthoudingen op papier in als heel getal.',
  textTooLong: 'De tekst van het besluit is te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.',
  minorityPositionTooLong: 'Het standpunt van de minderheid is te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.',
  kerngroepAdviceWeighingTooLong: 'De weging van het advies van de kerngroep is te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.',
  responsibleTooLong: 'De naam van de eindverantwoordelijke is te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.',
} as const;

/** The paper tally of the decision form. */
export const PROPOSAL_VOTE_FIELDS_TEXTS = {
  agree: 'Op papier voor',
  disagree: 'Op papier tegen',
  abstain: 'Op papier onthouden',
} as const;

/** The form that records the feedback to the residents' meeting. */
export const PROPOSAL_FEEDBACK_FORM_TEXTS = {
  meetingOnMissing: 'Vul de datum van de bewonersbijeenkomst in.',
  summaryMissing: 'Vat samen wat er is teruggekoppeld.',
  summaryTooLong: 'De samenvatting is te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.',
  title: 'Terugkoppeling in de bewonersbijeenkomst',
  done: 'De terugkoppeling is vastgelegd.',
  meetingOn: 'Datum bewonersbijeenkomst',
  summary: 'Samenvatting',
  submit: 'Terugkoppeling vastleggen',
} as const;

/** Week 6 of a proposal: the feedback to the residents and the client council's check. */
export const PROPOSAL_FEEDBACK_SECTION_TEXTS = {
  heading: 'Terugkoppeling en cliëntenraad',
  fedBack: 'Teruggekoppeld in de bewonersbijeenkomst van {date}: {summary}',
  notFedBack: 'Nog niet teruggekoppeld.',
  councilCheck: 'Cliëntenraad op {date}: {verdict}',
  councilDue: 'De cliëntenraad toetst uiterlijk {date}.',
  councilDueLate: 'De cliëntenraad toetst uiterlijk {date}: dat is te laat.',
} as const;

/** The fields of a side's perspective on a proposal. */
export const PERSPECTIVE_FIELDS_TEXTS = {
  side: 'Partij',
  position: 'Standpunt',
  advice: 'Advies',
  consulted: 'Achterban geraadpleegd?',
  yes: 'Ja',
  no: 'Nee',
} as const;

/** The form that records a side's perspective on a proposal. */
export const PERSPECTIVE_FORM_TEXTS = {
  title: 'Standpunt vastleggen',
  done: 'Het standpunt is vastgelegd.',
  submit: 'Standpunt vastleggen',
} as const;

/** The browser's checks of the perspective form. */
export const PERSPECTIVE_CHECKS_TEXTS = {
  sideMissing: 'Kies de partij.',
  positionMissing: 'Vul het standpunt in.',
  positionTooLong: 'Het standpunt is te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.',
  adviceTooLong: 'Het advies is te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.',
} as const;

/** The perspectives of the quality triangle on a proposal. */
export const PERSPECTIVES_SECTION_TEXTS = {
  heading: 'Standpunten van de kwaliteitsdriehoek',
} as const;

/** The table of the perspective of each side. */
export const PERSPECTIVES_TABLE_TEXTS = {
  caption: 'Standpunt per partij',
  side: 'Partij',
  position: 'Standpunt',
  advice: 'Advies',
  consulted: 'Achterban geraadpleegd',
  recorded: 'Vastgelegd',
  yes: 'Ja',
  no: 'Nee',
  recordedBy: '{at} door {by}',
  someRepresentative: 'een vertegenwoordiger van een aanbieder',
  missing: 'Ontbreekt nog',
} as const;

/** One proposal's page: the decision. */
export const PROPOSAL_DETAIL_TEXTS = {
  decisionHeading: 'Besluit',
  noDecision: 'Nog geen besluit.',
} as const;

/** An attendee's stance on a proposal, by the API's position. */
export const STANCE_POSITION_TEXTS = {
  AGREE: 'Eens',
  DISAGREE: 'Oneens',
  ABSTAIN: 'Onthouding',
} as const;

/** The attendees' stances on a proposal and the confirmation of a minority on paper. */
export const STANCES_SECTION_TEXTS = {
  heading: 'Standpunten van de aanwezigen',
  tally:
    '{agree} eens, {disagree} oneens, {abstain} onthouding. Ieder die bij het beleidsoverleg hoort, geeft zelf een standpunt met een reden; dat kan tot het besluit.',
  caption: 'Standpunt per aanwezige',
  who: 'Wie',
  position: 'Standpunt',
  reason: 'Reden',
  someAttendee: 'Een aanwezige',
  minorityWaiting: 'Het standpunt van de minderheid wacht op bevestiging door iemand uit de minderheid.',
  confirmTitle: 'Standpunt van de minderheid bevestigen',
  confirmed: 'Het standpunt van de minderheid is bevestigd.',
  confirmHelp: 'Een deel van de minderheid stemde op papier: bevestig na overleg met hen dat dit hun standpunt is.',
  confirm: 'Bevestigen',
} as const;

/** What the forms on a proposal's page say when someone else changed it meanwhile. */
export const PROPOSAL_FORM_TEXTS = {
  stale:
    'Iemand anders heeft dit voorstel intussen gewijzigd. De nieuwste gegevens staan hierboven; uw invoer staat er nog. Controleer en sla opnieuw op.',
} as const;

/** The table of proposals. */
export const PROPOSAL_TABLE_TEXTS = {
  empty: 'Geen voorstellen.',
  title: 'Voorstel',
  late: 'Te laat',
  next: 'Volgende stap',
  status: 'Status',
  submitted: 'Ingediend',
  urgent: '(spoed)',
  notLate: 'Nee',
} as const;

/** The next deadline of a proposal's cycle. */
export const PROPOSAL_NEXT_DEADLINE_TEXTS = {
  perspectives: 'Standpunten uiterlijk {date}',
  policyMeeting: 'Beleidsoverleg uiterlijk {date}',
  feedback: 'Terugkoppeling uiterlijk {date}',
  councilCheck: 'Toets door de cliëntenraad',
} as const;

/** The regisseur's form to submit a proposal. */
export const SUBMIT_PROPOSAL_TEXTS = {
  title: 'Voorstel indienen',
  submit: 'Voorstel indienen',
} as const;

/** The fields of the form to submit a proposal. */
export const SUBMIT_PROPOSAL_FIELDS_TEXTS = {
  title: 'Titel',
  description: 'Toelichting',
  submittedOn: 'Ingediend op',
  submittedOnHelp: 'Week 0 van de cyclus: alle termijnen volgen hieruit.',
  urgent: 'Spoed?',
  urgentYes: 'Ja: ad-hocoverleg binnen een week',
  urgentNo: 'Nee',
} as const;

/** The browser's checks of the form to submit a proposal. */
export const SUBMIT_PROPOSAL_CHECKS_TEXTS = {
  titleMissing: 'Vul de titel van het voorstel in.',
  submittedOnMissing: 'Vul de datum van indienen in.',
  titleTooLong: 'De titel van het voorstel is te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.',
  descriptionTooLong: 'De toelichting is te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.',
} as const;

/** The page on which every party submits an urgent proposal. */
export const URGENT_PROPOSAL_PAGE_TEXTS = {
  sentTitle: 'Spoedvoorstel ingediend',
  sent: 'Uw spoedvoorstel "{title}" is ingediend. Het wordt binnen een week besproken in een ad-hocoverleg.',
  home: 'Terug naar de startpagina',
  title: 'Spoedvoorstel indienen',
  intro:
    'U dient dit voorstel in als spoedvoorstel: dat staat vast. Een spoedvoorstel wordt binnen een week besproken in een ad-hocoverleg. Een voorstel voor de gewone cyclus van zes weken dient de regisseur in.',
  formLabel: 'Spoedvoorstel indienen',
  titleLabel: 'Waar gaat uw voorstel over?',
  description: 'Toelichting',
  descriptionHelp: 'Wat stelt u voor, en waarom is het dringend?',
  submit: 'Spoedvoorstel indienen',
} as const;


/** The funding agreements on a provider's page. */
export const PROVIDER_FUNDING_AGREEMENTS_TEXTS = {
  heading: 'Financieringsafspraken',
  what: 'De financieringsafspraken',
  caption: 'Financieringsafspraken van deze aanbieder',
  fromTo: 'Van → aan',
  status: 'Status',
  amount: 'Bedrag',
  period: 'Periode',
  empty: 'Geen financieringsafspraken.',
} as const;

/** Adding, changing, deactivating and reactivating a provider. */
export const PROVIDER_ADMIN_TEXTS = {
  name: 'Naam',
  kind: 'Soort',
  chooseKind: 'Kies een soort',
  nameMissing: 'Vul de naam in.',
  kindMissing: 'Kies de soort aanbieder.',
  kvkNumberInvalid: 'Een KvK-nummer bestaat uit 8 cijfers.',
  agbCodeInvalid: 'Een AGB-code bestaat uit 8 cijfers.',
  createTitle: 'Aanbieder toevoegen',
  created: '{name} is toegevoegd. Voeg vertegenwoordigers toe bij Gebruikers.',
  kvkNumber: 'KvK-nummer',
  agbCode: 'AGB-code (als de aanbieder die heeft)',
  create: 'Aanbieder toevoegen',
  stale: 'Iemand anders heeft deze aanbieder intussen gewijzigd. Laad de pagina opnieuw.',
  editTitle: 'Naam of soort wijzigen',
  saved: 'De wijziging is opgeslagen.',
  editLabel: '{name} wijzigen',
  save: 'Wijziging opslaan',
  reasonMissing: 'Vul de reden in.',
  reactivateRefused: 'Heractiveren is niet gelukt: de aanbieder is al actief.',
  technicalError: 'Het is niet gelukt door een technische storing. Probeer het opnieuw.',
  deactivatedTitle: 'Gedeactiveerd',
  deactivatedOn: 'Gedeactiveerd op {at}. Reden: {reason}',
  deactivatedHelp: 'De gegevens en de geschiedenis blijven te zien. De aanbieder kan geen arrangementen starten en niets ondertekenen.',
  reactivate: 'Aanbieder heractiveren',
  reactivateQuestion: '{name} wordt weer actief. De vertegenwoordigers blijven gedeactiveerd tot u ze bij Gebruikers weer activeert.',
  reactivateConfirm: 'Ja, heractiveren',
  deactivate: 'Aanbieder deactiveren',
  deactivateLabel: '{name} deactiveren',
  reason: 'Reden',
  deactivateQuestion: '{name} wordt gedeactiveerd. De vertegenwoordigers verliezen meteen hun toegang. De geschiedenis blijft te zien.',
  deactivateConfirm: 'Ja, deactiveren',
  manageHeading: 'Beheer',
} as const;

/** A provider's details on its page. */
export const PROVIDER_DETAILS_TEXTS = {
  heading: 'Gegevens',
  kind: 'Soort',
  kvkNumber: 'KvK-nummer',
  agbCode: 'AGB-code',
  representatives: 'Vertegenwoordigers',
  arrangements: 'Arrangementen van {name}',
} as const;

/** The table of providers. */
export const PROVIDER_TABLE_TEXTS = {
  name: 'Naam',
  kind: 'Soort',
  kvkNumber: 'KvK-nummer',
  agbCode: 'AGB-code',
  caption: 'Aanbieders',
  empty: 'Geen aanbieders.',
  representatives: 'Vertegenwoordigers',
  deactivated: '(gedeactiveerd)',
} as const;

/** A quarter's name in the overview's tables, charts and downloads. */
export const OVERVIEW_QUARTER_TEXTS = {
  long: '{quarter}e kwartaal {year}',
  short: '{quarter}e kw. {year}',
} as const;
