/**
 * The texts of the web client's pages (see web/src/__tests__/texts-from-catalogue.test.ts).
 */

/** The participant's ballot page. */
export const BALLOT_PAGE_TEXTS = {
  what: 'De stemronde',
} as const;

/** A resident's or council member's opgaven (`/mijn-opgaven`). */
export const MY_OPGAVEN_PAGE_TEXTS = {
  what: 'Uw opgaven',
  rung: 'Trede {rung} van eigenaarschap: {name}',
} as const;

/** The start page of a resident or client council member: what is asked of them. */
export const PARTICIPANT_HOME_PAGE_TEXTS = {
  title: 'Wat wordt er van mij gevraagd?',
  intro:
    'Hier ziet u wat er van u gevraagd wordt: uw kijk op een voorstel, uw standpunt voor een besluit, uw stem bij het kiezen van opgaven of de toets van de cliëntenraad. U krijgt een melding zodra er iets voor u klaarstaat.',
  what: 'Wat er van u gevraagd wordt',
  none: 'Er wordt nu niets van u gevraagd.',
  overdue: 'Te laat, was uiterlijk ',
  due: 'Uiterlijk ',
  notifications: 'Naar uw meldingen',
  urgentProposal: 'Spoedvoorstel indienen',
} as const;

/** One meeting for a resident or council member. */
export const PARTICIPANT_MEETING_PAGE_TEXTS = {
  what: 'Het overleg',
} as const;

/** The meetings that concern a resident or council member. */
export const PARTICIPANT_OVERLEG_PAGE_TEXTS = {
  cancelled: 'Dit overleg gaat niet door.',
  what: 'De overleggen',
} as const;

/** One task of a resident or council member: its question, choices and answer. */
export const TASK_PAGE_TEXTS = {
  perspectiveLegend: 'Wat vinden de bewoners van dit voorstel?',
  perspectiveFor: 'Voor',
  perspectiveAgainst: 'Tegen',
  perspectiveDivided: 'Verdeeld',
  perspectiveText: 'Uw advies (wat moet er anders of wat is belangrijk?)',
  perspectiveDone: 'Het perspectief van de bewoners is vastgelegd.',
  stanceLegend: 'Wat is uw standpunt?',
  stanceAgree: 'Eens',
  stanceDisagree: 'Oneens',
  stanceAbstain: 'Onthouding',
  stanceText: 'Waarom?',
  stanceDone: 'Uw standpunt is vastgelegd. U kunt het tot het besluit nog veranderen.',
  checkLegend: 'Zijn de belangen van cliënten gediend?',
  checkServed: 'Ja, de belangen zijn gediend',
  checkConcerns: 'Nee, wij hebben zorgen',
  checkText: 'Opmerkingen',
  checkHint: 'Verplicht als u zorgen hebt: beschrijf ze.',
  checkDone: 'De toets is vastgelegd.',
  minorityLegend: 'U stemde met de minderheid. Klopt dit als haar standpunt (hierboven)?',
  minorityAsIs: 'Ja, zo klopt het',
  minorityOwnWords: 'Ik schrijf het in eigen woorden',
  minorityText: 'In eigen woorden',
  minorityHint: 'Alleen als u het in eigen woorden schrijft.',
  minorityDone: 'Het standpunt van de minderheid is bevestigd.',
  notFound: 'Deze pagina bestaat niet',
  back: 'Terug naar wat er van mij gevraagd wordt',
  what: 'De vraag',
  due: 'Uiterlijk',
  nothingAsked: 'Hier wordt nu niets van u gevraagd: het is al gedaan, of het besluit is al genomen.',
  perspectiveChoiceMissing: 'Kies wat de bewoners van dit voorstel vinden.',
  stanceChoiceMissing: 'Kies uw standpunt.',
  stanceTextMissing: 'Vul in waarom u dit vindt.',
  checkChoiceMissing: 'Kies of de belangen van cliënten gediend zijn.',
  checkTextMissing: 'Beschrijf uw zorgen bij Opmerkingen.',
  minorityChoiceMissing: 'Kies of het standpunt van de minderheid zo klopt.',
  minorityTextMissing: 'Schrijf het standpunt van de minderheid in eigen woorden.',
  submit: 'Versturen',
} as const;

/** What each kind of task asks, as the list and the task's screen name it. */
export const TASK_KIND_TEXTS = {
  PERSPECTIVE: 'Geef het perspectief van de bewoners',
  STANCE: 'Geef uw standpunt voor het besluit',
  COUNCIL_CHECK: 'Toets het besluit als cliëntenraad',
  MINORITY_CONFIRM: 'Bevestig het standpunt van de minderheid',
} as const;

/** One AanTafel! atelier on the opgave's page: its meetings, hours and outcome. */
export const ATELIER_CARD_TEXTS = {
  participants: ' ({count} deelnemers)',
  title: 'Atelier:',
  design: 'Ontwerpbijeenkomst:',
  designNotYet: 'nog niet gehouden',
  dialogues: 'Dialoogbijeenkomsten:',
  dialoguesNone: 'nog geen',
  outcome: 'Afgerond. Uitkomst:',
  followUp: 'Besluit over het vervolg:',
  notConcluded: 'Nog niet afgerond.',
  addMeeting: 'Bijeenkomst invoeren',
  addHours: 'Uren invoeren',
  conclude: 'Uitkomst invoeren en afronden',
} as const;

/** The form that plans an atelier for a chosen opgave. */
export const ATELIER_PLAN_FORM_TEXTS = {
  titleMissing: 'Vul de titel van het atelier in.',
  titleTooLong: 'De titel is te lang: ten hoogste 300 tekens.',
  normInvalid: 'De norm moet een positief aantal uren zijn, ten hoogste 1.000.',
  heading: 'Atelier plannen',
  done: 'Het atelier is gepland.',
  titleLabel: 'Titel van het atelier',
  normLabel: 'Norm voor de begeleiding (uren)',
  normHint: 'Meestal 30 uur per atelier.',
  submit: 'Atelier plannen',
} as const;

/** The ateliers of an opgave. */
export const ATELIERS_SECTION_TEXTS = {
  heading: 'Ateliers',
  none: 'Nog geen ateliers.',
  add: 'Een atelier toevoegen',
  notChosen: 'Een atelier plant u voor een gekozen opgave of een opgave in uitvoering.',
} as const;

/** The board of opgaven by status. */
export const OPGAVEN_BOARD_TEXTS = {
  empty: 'Geen opgaven.',
} as const;

/** The count of characters under a text field. */
export const CHAR_COUNT_TEXTS = {
  count: '{count} van {max} tekens',
  tooLong: ': te lang',
} as const;

/** The form that concludes an atelier. */
export const CONCLUDE_FORM_TEXTS = {
  already:
    'Dit atelier kon niet worden afgerond: het is intussen al afgerond of gewijzigd, bijvoorbeeld in een ander venster. Er is niets opgeslagen; hieronder staat wat eerder is vastgelegd.',
  noDialogue: 'Afronden kan na minstens één dialoogbijeenkomst.',
  outcomeMissing: 'Vul de uitkomst van het atelier in.',
  outcomeTooLong: 'De uitkomst is te lang: ten hoogste 10.000 tekens.',
  followUpMissing: 'Vul het besluit over het vervolg in.',
  followUpTooLong: 'Het besluit over het vervolg is te lang: ten hoogste 10.000 tekens.',
  heading: 'Atelier afronden',
  outcomeLabel: 'Uitkomst',
  followUpLabel: 'Besluit over het vervolg',
  confirmLabel: 'Ja, atelier afronden',
  confirm:
    'U rondt het atelier “{title}” af met deze uitkomst en dit besluit over het vervolg. Daarna kunt u geen bijeenkomsten meer vastleggen en blijven de uitkomst en het besluit zoals ze zijn.',
  submit: 'Atelier afronden',
} as const;

/** The step that asks again before something that cannot be undone. */
export const CONFIRM_STEP_TEXTS = {
  label: 'Bevestigen',
  cancel: 'Annuleren',
} as const;

/** The form that logs an atelier's facilitator hours. */
export const HOURS_FORM_TEXTS = {
  heading: 'Uren van de begeleiding vastleggen',
  done: 'De uren zijn vastgelegd.',
  workedOnLabel: 'Gewerkt op',
  hoursLabel: 'Aantal uren',
  hoursHint: 'Meer dan 0 en ten hoogste 24, bijvoorbeeld 2,5.',
  noteLabel: 'Toelichting',
  overConfirmLabel: 'Toch vastleggen',
  overConfirm: 'Let op: met deze {hours} uur komt het atelier op {total} van {norm} uur, {over} uur boven de norm. Wilt u de uren toch vastleggen?',
  submit: 'Uren vastleggen',
} as const;

/** An atelier's facilitator hours against its norm. */
export const HOURS_METER_TEXTS = {
  used: 'Begeleiding: {used} van {norm} uur gebruikt',
  over: ', {over} uur boven de norm',
  left: ', nog {left} uur over',
} as const;

/** The page of the 5-step improvement tracks. */
export const IMPROVEMENT_TRACKS_PAGE_TEXTS = {
  title: 'Verbetertrajecten',
  helpSteps:
    'Een verbetertraject gaat in vijf stappen: een onderwerp kiezen, wensen verzamelen, een doel stellen, een plan uitvoeren en de resultaten toetsen.',
  helpProgress: 'Bij elk traject ziet u welke stappen klaar zijn en in welke stap het nu staat. Een stap overslaan of teruggaan kan niet.',
  helpEvaluate: 'In stap 5 toetst u de resultaten zo vaak als nodig; elke toetsing krijgt een datum.',
  what: 'De verbetertrajecten',
  none: 'Er zijn nog geen verbetertrajecten.',
  pagerLabel: 'verbetertrajecten',
} as const;

/** The form that records an atelier's meeting. */
export const MEETING_FORM_TEXTS = {
  DESIGN: 'Ontwerpbijeenkomst',
  DIALOGUE: 'Dialoogbijeenkomst',
  heading: '{kind} vastleggen',
  done: 'De bijeenkomst is vastgelegd.',
  designHeld: 'De ontwerpbijeenkomst is al gehouden: u legt een dialoogbijeenkomst vast.',
  designFirst: 'Eerst de ontwerpbijeenkomst; daarna volgen de dialogen.',
  heldOnLabel: 'Gehouden op',
  participantsLabel: 'Aantal deelnemers',
  notesLabel: 'Aantekeningen',
  submit: 'Bijeenkomst vastleggen',
} as const;

/** The form that adds a member to an opgaveteam. */
export const MEMBERS_ADD_FORM_TEXTS = {
  nameMissing: 'Vul de naam van het lid in.',
  nameTooLong: 'De naam is te lang: ten hoogste 200 tekens.',
  kindMissing: 'Kies of het lid inwoner of professional is.',
  organisationTooLong: 'De organisatie is te lang: ten hoogste 200 tekens.',
  heading: 'Lid toevoegen',
  done: 'Het lid is toegevoegd.',
  nameLabel: 'Naam',
  kindLabel: 'Soort lid',
  organisationLabel: 'Organisatie',
  submit: 'Lid toevoegen',
} as const;

/** The form that records an opgave collected in a village or district. */
export const NEW_OPGAVE_FORM_TEXTS = {
  heading: 'Opgehaalde opgave vastleggen',
  done: 'De opgave is vastgelegd.',
  titleLabel: 'Titel',
  areaLabel: 'Dorp, wijk of buurt',
  descriptionLabel: 'Omschrijving',
  rungLabel: 'Trede van eigenaarschap',
  submit: 'Opgave vastleggen',
} as const;

/** One opgave on the board. */
export const OPGAVE_CARD_TEXTS = {
  team: 'Opgaveteam: {residents}, {professionals}',
  residentOne: '{count} inwoner',
  residentMany: '{count} inwoners',
  professionalOne: '{count} professional',
  professionalMany: '{count} professionals',
  noTeam: 'Nog geen opgaveteam.',
  selected: 'Gekozen',
  notSelected: 'Niet gekozen',
  votes: 'met {votes} stemmen (plaats {rank}).',
  ateliersOne: '{count} atelier: {hours} van {norm} uur begeleiding',
  ateliersMany: '{count} ateliers: {hours} van {norm} uur begeleiding',
  overNorm: ' (boven de norm)',
} as const;

/** The facts of one opgave on its page. */
export const OPGAVE_FACTS_TEXTS = {
  status: 'Status',
  area: 'Dorp, wijk of buurt',
  rung: 'Trede van eigenaarschap',
  description: 'Omschrijving',
} as const;

/** The page of one opgave. */
export const OPGAVE_PAGE_TEXTS = {
  titleOf: 'Opgave: {title}',
  title: 'Opgave',
  helpAbout: 'Op deze pagina staat alles over één opgave: waar zij staat, wie eraan werkt en wat de ateliers opleveren.',
  helpAteliers:
    'Een atelier heeft één ontwerpbijeenkomst en daarna dialoogbijeenkomsten. De begeleiding mag ongeveer 30 uur per atelier kosten: de balk toont hoeveel uur al gebruikt is.',
  helpSelection: 'Een opgave wordt gekozen door een stemming, niet door haar status hier te wijzigen.',
  what: 'De opgave',
  missing: 'Deze opgave bestaat niet (meer), of u mag haar niet zien.',
} as const;

/** The links between the pages about opgaven. */
export const OPGAVEN_NAV_TEXTS = {
  opgaven: 'Opgaven',
  podium: 'Podium per jaar',
  tracks: 'Verbetertrajecten',
  label: 'Opgaven, podium en verbetertrajecten',
} as const;

/** The board of all opgaven. */
export const OPGAVEN_PAGE_TEXTS = {
  title: 'Opgaven',
  helpWhat: 'Een opgave is een vraagstuk uit een dorp of wijk waar inwoners en organisaties samen aan werken.',
  helpBoard:
    'Het bord toont elke opgave bij haar status: opgehaald, gekozen, in uitvoering, afgerond of vervallen. De tabel telt de opgaven per trede van eigenaarschap: hoe hoger de trede, hoe meer inwoners zelf beslissen en doen.',
  helpOpen: 'Klik op de titel van een opgave voor het opgaveteam, de ateliers en de uren van de begeleiding.',
  what: 'De opgaven',
  pagerLabel: 'opgaven',
} as const;

/** The podium at phone width: one card per opgave. */
export const PODIUM_CARDS_TEXTS = {
  label: 'Resultaten per opgave in {year}',
  line: '{status}, trede {rung}. {ateliers} bijeengekomen; {actions} klaar, {open} open.',
  atelier: 'atelier',
  ateliers: 'ateliers',
  action: 'actie',
  actions: 'acties',
} as const;

/** The votes of the year that chose opgaven. */
export const PODIUM_DECISIONS_TEXTS = {
  heading: 'Stemmingen over opgaven in {year}',
  none: 'In dit jaar is niet over opgaven gestemd.',
} as const;

/** The podium page: per year, what every opgave did. */
export const PODIUM_PAGE_TEXTS = {
  title: 'Podium {year}',
  helpWhat: 'Het podium laat per jaar zien wat er met de opgaven is gebeurd. Zo kan iedereen de resultaten zien.',
  helpFigures:
    'Per opgave ziet u de status, de trede van eigenaarschap, het aantal ateliers dat in dat jaar bijeenkwam, de acties die in dat jaar klaar zijn en de acties die nu nog open staan.',
  helpVotes: 'Onder de tabel staan de stemmingen van dat jaar waarin opgaven zijn gekozen.',
  what: 'Het podium',
} as const;

/** The podium's table: per opgave what it did in the year. */
export const PODIUM_TABLE_TEXTS = {
  caption: 'Resultaten per opgave in {year}',
  opgave: 'Opgave',
  status: 'Status',
  rung: 'Trede',
  ateliers: 'Ateliers',
  actionsDone: 'Acties klaar',
  actionsOpen: 'Acties open',
} as const;

/** The rung table at phone width: per rung, how many opgaven stand in which status. */
export const RUNG_CARDS_TEXTS = {
  label: 'Aantal opgaven per trede van eigenaarschap',
  none: 'geen opgaven',
} as const;

/** The form that sets an opgave's rung on the ladder of ownership. */
export const RUNG_FORM_TEXTS = {
  label: 'Trede van eigenaarschap wijzigen',
  done: 'De trede is opgeslagen.',
  rungLabel: 'Trede van eigenaarschap',
  submit: 'Trede opslaan',
} as const;

/** The board as numbers: opgaven per status and rung of the ladder of ownership. */
export const RUNG_TABLE_TEXTS = {
  caption: 'Aantal opgaven per status en trede van eigenaarschap',
  rung: 'Trede',
} as const;

/** The selection round on the opgaven page. */
export const SELECTION_ROUND_SECTION_TEXTS = {
  what: 'De stemrondes',
} as const;

/** The latest vote an opgave took part in, on its page. */
export const SELECTION_SECTION_TEXTS = {
  heading: 'Keuze door stemming',
  selected: 'Gekozen',
  notSelected: 'Niet gekozen',
  votes: 'met {votes} stemmen (plaats {rank}).',
  wisdom: 'Wijsheid van de minderheid bij deze opgave:',
  none: 'Over deze opgave is nog niet gestemd.',
} as const;

/** The form that moves an opgave to another status. */
export const STATUS_FORM_TEXTS = {
  afterFinal: ' Daarna kan de status niet meer veranderen.',
  afterCollected: ' De opgave doet dan weer mee aan de volgende stemming.',
  change: 'U zet de status van “{title}” van {from} op {to}.',
  done: 'De status is gewijzigd.',
  final: 'Deze opgave is {status}: haar status verandert niet meer.',
  chooseStatus: 'Kies de nieuwe status.',
  collectedHint: 'Gekozen wordt een opgave alleen door de stemming over de opgaven.',
  label: 'Status wijzigen',
  statusLabel: 'Nieuwe status',
  statusEmpty: 'Kies een status',
  confirmLabel: 'Ja, zet op {status}',
  submit: 'Status wijzigen',
} as const;

/** The section where the regisseur changes an opgave's status and rung. */
export const STATUS_SECTION_TEXTS = {
  heading: 'Status en trede wijzigen',
} as const;

/** The five steps of an improvement track, with the one the track is in marked. */
export const STEP_LIST_TEXTS = {
  label: 'De vijf stappen van {topic}',
  done: 'gedaan',
  now: 'nu bezig',
  toDo: 'nog te doen',
  step: 'Stap {n}: {name} – {state}',
} as const;

/** The five steps of an improvement track (the 5-step method of Movisie). */
export const TRACK_STEPS_TEXTS = {
  step1: 'Onderwerp kiezen',
  step2: 'Wensen en ideeën verzamelen',
  step3: 'Een concreet doel stellen',
  step4: 'Plan van aanpak maken en uitvoeren',
  step5: 'Resultaten regelmatig toetsen',
  stepLabel: 'stap {step} ({name})',
  unknown: 'onbekend',
} as const;

/** What finishing a step of an improvement track produces, and the form's own checks of it. */
export const TRACK_RESULTS_TEXTS = {
  wishesLabel: 'Wensen en ideeën',
  wishesHint: 'Eén wens of idee per regel: ten hoogste 200, elk ten hoogste 1.000 tekens.',
  goalLabel: 'Het concrete doel',
  goalHint: 'Wat wilt u bereiken, en wanneer?',
  actionPlanLabel: 'Plan van aanpak',
  actionPlanHint: 'Wie doet wat, en wanneer?',
  wishesMissing: 'Vul ten minste één wens of idee in.',
  wishesTooMany: 'Ten hoogste 200 wensen en ideeën.',
  wishTooLong: 'Een wens of idee is ten hoogste 1.000 tekens.',
  goalMissing: 'Vul het doel in.',
  actionPlanMissing: 'Vul het plan van aanpak in.',
  tooLong: 'Ten hoogste {max} tekens.',
} as const;

/** The errors of the opgaven pages' forms. */
export const OPGAVEN_USE_SEND_TEXTS = {
  stale: 'Iemand anders heeft dit intussen gewijzigd. De pagina toont nu de nieuwste gegevens; controleer ze en probeer het opnieuw.',
} as const;

/** The opgaven pages' own checks of their forms, as the API checks them. */
export const OPGAVEN_CHECKS_TEXTS = {
  hoursMissing: 'Vul het aantal uren in.',
  hoursNegative: 'Het aantal uren moet positief zijn (meer dan 0).',
  hoursNotNumber: 'Vul het aantal uren in als getal, bijvoorbeeld 2,5.',
  hoursNotPositive: 'Het aantal uren moet positief zijn (meer dan 0).',
  hoursTooMany: 'Ten hoogste 24 uur per keer.',
  hoursDecimals: 'Ten hoogste twee cijfers achter de komma.',
  dateFormat: 'Vul {what} in als dag-maand-jaar, bijvoorbeeld 31-12-2026.',
  dateFuture: '{what} mag niet in de toekomst liggen.',
  opgaveTitleMissing: 'Vul de titel van de opgave in.',
  opgaveTitleTooLong: 'De titel is te lang: ten hoogste 300 tekens.',
  areaMissing: 'Vul het dorp, de wijk of de kern in.',
  areaTooLong: 'Dorp, wijk of buurt is te lang: ten hoogste 200 tekens.',
  descriptionTooLong: 'De omschrijving is te lang: ten hoogste 10.000 tekens.',
  theDate: 'de datum',
  noteTooLong: 'De toelichting is te lang: ten hoogste 2.000 tekens.',
  dialogueAfterDesign: 'Een dialoogbijeenkomst komt na de ontwerpbijeenkomst van {date}.',
  participantsInvalid: 'Vul het aantal deelnemers in als heel getal van 0 of meer.',
  notesTooLong: 'De aantekeningen zijn te lang: ten hoogste 10.000 tekens.',
  leadMissing: 'Vul de naam van de procesbegeleider in.',
  leadTooLong: 'De naam van de procesbegeleider is te lang: ten hoogste 200 tekens.',
  coachTooLong: 'De naam van de organisatiecoach is te lang: ten hoogste 200 tekens.',
} as const;

/** The form that forms the team of an opgave. */
export const TEAM_CREATE_FORM_TEXTS = {
  heading: 'Opgaveteam vormen',
  leadLabel: 'Procesbegeleider',
  coachLabel: 'Organisatiecoach',
  submit: 'Opgaveteam vormen',
} as const;

/** The members of an opgaveteam, and the form that changes the team. */
export const TEAM_MEMBERS_TEXTS = {
  nameHidden: 'Inwoner (naam afgeschermd)',
  label: 'Leden van het opgaveteam',
  editHeading: 'Team wijzigen',
} as const;

/** The opgaveteam on the opgave's page. */
export const TEAM_SECTION_TEXTS = {
  heading: 'Opgaveteam',
  lead: 'Procesbegeleider:',
  coach: '; organisatiecoach: {coach}',
  noMembers: 'Nog geen leden.',
  addMember: 'Nieuw lid invoeren',
  edit: 'Coach of procesbegeleider wijzigen',
  noTeam: 'Deze opgave heeft nog geen opgaveteam.',
  notChosen: 'Een opgaveteam komt er zodra de opgave gekozen is.',
} as const;

/** The form that takes an improvement track one step forward. */
export const TRACK_ADVANCE_FORM_TEXTS = {
  heading: 'Naar {step}',
  done: 'Het traject staat nu in de volgende stap.',
  topicChosen: 'Het onderwerp is gekozen; in de volgende stap verzamelt u wensen en ideeën.',
  confirmLabel: 'Ja, naar stap {step}',
  confirm: 'U rondt {from} af en zet “{topic}” in {to}. Een stap terug kan daarna niet meer.',
  submit: 'Naar stap {step}',
} as const;

/** One improvement track: its steps, what each finished step produced, and the tests of its results. */
export const TRACK_CARD_TEXTS = {
  started: 'Gestart op {date}; nu in stap {step} van 5.',
  wishes: 'Wensen en ideeën:',
  goal: 'Doel:',
  actionPlan: 'Plan van aanpak:',
  noEvaluations: 'Nog geen toetsing van de resultaten.',
  evaluations: 'Toetsingen van de resultaten:',
} as const;

/** The form that records a test of an improvement track's results. */
export const TRACK_EVALUATE_FORM_TEXTS = {
  theDate: 'de datum',
  beforeStart: 'De toetsing kan niet voor de start van het traject liggen ({date}).',
  findingsMissing: 'Vul in wat de toetsing liet zien.',
  findingsTooLong: 'De bevindingen zijn te lang: ten hoogste 10.000 tekens.',
  heading: 'Resultaten toetsen',
  done: 'De toetsing is vastgelegd.',
  evaluatedOnLabel: 'Getoetst op',
  findingsLabel: 'Bevindingen',
  submit: 'Toetsing vastleggen',
} as const;

/** The form that starts an improvement track. */
export const TRACK_START_FORM_TEXTS = {
  theStartDate: 'de startdatum',
  topicMissing: 'Vul het gekozen onderwerp in.',
  topicTooLong: 'Het onderwerp is te lang: ten hoogste 300 tekens.',
  heading: 'Verbetertraject starten',
  done: 'Het verbetertraject is gestart.',
  topicLabel: 'Gekozen onderwerp',
  startedOnLabel: 'Gestart op',
  submit: 'Traject starten',
} as const;

/** The year the podium shows. */
export const YEAR_CHOOSER_TEXTS = {
  label: 'Jaar kiezen',
  yearLabel: 'Jaar',
} as const;

/** The accessibility statement (toegankelijkheidsverklaring). */
export const ACCESSIBILITY_PAGE_TEXTS = {
  title: 'Toegankelijkheidsverklaring',
  intro:
    'Op deze pagina leest u hoe goed Regiekamer werkt voor mensen met een beperking. U leest wat we hebben getest, wat nog niet goed werkt en waar u een probleem kunt melden.',
  norm:
    'De gemeente wil dat iedereen Regiekamer kan gebruiken: ook wie slecht ziet, geen muis gebruikt of een schermlezer gebruikt. Daarom houden we ons aan de Europese norm EN 301 549 en de richtlijnen WCAG 2.1 op niveau AA.',
  statusHeading: 'Status: eerste maatregelen genomen (C)',
  scope:
    'Deze verklaring gaat over de webapplicatie Regiekamer: de pagina’s voor de regisseur, de aanbieders en de analisten, en de inlogpagina. De zoekomgeving voor analisten (GraphiQL) valt er niet onder. Regiekamer voldoet nog niet aantoonbaar aan WCAG 2.1 AA. Er is nog geen volledig onderzoek gedaan door een onafhankelijke deskundige volgens de methode WCAG-EM. Wel controleren we elke versie automatisch en hebben we de belangrijkste taken met het toetsenbord nagelopen. Wat we vonden, staat hieronder.',
  drawnUp: 'Deze verklaring is opgesteld op {date}.',
  contactHeading: 'Een probleem melden',
  contact:
    'Werkt iets niet goed, of kunt u iets niet lezen of bedienen? Meld het bij de beheerder van Regiekamer in uw gemeente. Zeg op welke pagina het was en wat u probeerde te doen. U krijgt binnen vijf werkdagen antwoord. Bent u niet tevreden met het antwoord? Dan kunt u een klacht indienen bij de gemeente, en daarna bij de Nationale ombudsman.',
} as const;

/** What the browser tests check on every version, in the accessibility statement. */
export const AUTOMATED_CHECKS_TEXTS = {
  heading: 'Wat we bij elke versie automatisch testen',
  intro:
    'Bij elke nieuwe versie lopen browsertests in Chromium door de taken van elke rol, op een breed scherm (1280 bij 900 pixels) en op een telefoon (390 bij 844 pixels), met vaste lettertypen.',
  axe:
    'Op elke pagina die de tests openen, controleert axe-core de regels van WCAG 2.0 en 2.1 op niveau A en AA. Een ernstige of kritieke fout laat de test mislukken.',
  contrast:
    'Een eigen controle meet het contrast van alle zichtbare tekst tegen de achtergrond (minstens 4,5 staat tot 1). Die vindt ook knoppen waarvan de tekst de kleur van de achtergrond heeft; axe miste zo’n knop.',
  keyboard:
    'Toetsenbordtests: de link “Naar de inhoud” is de eerste tab-stop, na het openen van een pagina staat de focus op de kop, en het inlogvenster na een verlopen sessie is met het toetsenbord te bedienen.',
  phoneWidth:
    'Op telefoonbreedte meten de tests dat tabellen op de startpagina niet breder zijn dan het scherm, zodat niemand opzij hoeft te schuiven om een kerngetal te lezen.',
  manual: 'Automatische tests vinden maar een deel van de problemen. Daarom is ook met de hand getest.',
} as const;

/** What is known not to meet WCAG 2.1 AA, in the accessibility statement. */
export const KNOWN_ISSUES_TEXTS = {
  heading: 'Wat nog niet goed werkt',
  screenReader: 'Nog niet getest met een schermlezer (zie hierboven). Dat is de belangrijkste controle die nog moet gebeuren.',
  english:
    'Sommige foutmeldingen van de server bevatten nog Engelse tekst. Dat is in strijd met succescriterium 3.1.2 (taal van onderdelen). Alle meldingen krijgen een Nederlandse tekst.',
  chart:
    'De grafiek op de pagina Overzicht toont details alleen als u er met de muis overheen gaat. Met het toetsenbord ziet u die details niet; de tabel naast de grafiek heeft wel alle cijfers.',
  wideTables:
    'Brede tabellen op andere pagina’s dan de startpagina en Voorstellen, zoals de cijfers per aanbieder op de pagina Overzicht, moeten op een telefoon nog opzij schuiven. Ze zijn wel met het toetsenbord te verschuiven. Ze krijgen dezelfde kaartweergave als de startpagina.',
  plainLanguage: 'Nog niet elke pagina heeft een uitleg in eenvoudige taal onder de kop.',
  graphiql: 'De zoekomgeving voor analisten (GraphiQL) en de CSV-bestanden om te downloaden zijn niet op toegankelijkheid gecontroleerd.',
  fixing: 'We lossen deze punten op in volgende versies en werken deze verklaring dan bij.',
} as const;

/** The manual check of the main flows, in the accessibility statement. */
export const MANUAL_CHECK_TEXTS = {
  heading: 'Handmatige controle',
  keyboardHeading: 'Met het toetsenbord',
  keyboardIntro:
    'Op {date} zijn in Chromium, alleen met het toetsenbord, deze taken doorlopen: inloggen, de startpagina, een voorstel openen, en als aanbieder een arrangement openen en een maandrapportage toevoegen. Dit vonden we:',
  noMouse:
    'Alle taken konden we afmaken zonder muis. De volgorde van de tab-stops volgt de pagina: “Naar de inhoud”, uitloggen, het menu, de uitleg, de inhoud en tot slot deze verklaring onderaan. We kwamen nergens vast te zitten.',
  focusRing: 'Elk onderdeel dat de focus krijgt, heeft een duidelijk zichtbare rand.',
  login:
    'Inloggen werkt met Enter. Daarna, en na elke klik in het menu, staat de focus op de kop van de nieuwe pagina. Die kop krijgt geen rand, omdat u er niets mee kunt doen; de volgende Tab gaat naar de inhoud.',
  homePage:
    'Op de startpagina staan de punten van “Aandacht nodig” als gewone links. De grafieken krijgen geen focus; de tabel ernaast geeft dezelfde cijfers. Tabellen die op het scherm passen, kosten geen extra tab-stop.',
  order:
    'Op de pagina van een voorstel komen eerst het formulier voor een standpunt en dan dat voor het besluit, in de volgorde van de cyclus. Op de pagina van een arrangement komen na elkaar: wijzigen, een rapportage toevoegen en beëindigen.',
  refusal:
    'Een rapportage die de server weigert, zet de focus op de foutmelding bovenaan het formulier. Die melding bevatte Engelse tekst tussen haakjes (zie “Wat nog niet goed werkt”).',
  screenReaderHeading: 'Met een schermlezer: nog te doen',
  screenReader:
    'Een controle met een schermlezer (zoals NVDA of JAWS op Windows, VoiceOver op een Mac of iPhone, TalkBack op Android) is nog niet gedaan: op de computer waarop is getest, was geen schermlezer beschikbaar. Wat de automatische tests daarover zeggen (namen van knoppen en velden, koppen, tabellen met kopcellen), vervangt die controle niet. Tot die controle is gedaan, weten we niet zeker of Regiekamer goed werkt met een schermlezer.',
} as const;

/** The section with the figures of care, welfare and volunteers on the transformation page. */
export const SUBSTITUTION_SECTION_TEXTS = {
  what: 'De cijfers van zorg, welzijn en vrijwilligers',
} as const;

/** The maatwerk curve's CSV file. */
export const MAATWERK_CURVE_TEXTS = {
  headerPeriod: 'Periode',
  headerFrom: 'Van',
  headerTo: 'Tot en met',
  headerProvision: 'Voorziening',
  headerClients: 'Maatwerk: cliënten',
  headerCost: 'Maatwerk: kosten (euro)',
  headerNewClients: 'Maatwerk: nieuwe cliënten',
  headerMonthsLoaded: 'Maanden geladen',
  headerAvResidents: 'Algemene voorziening: inwoners',
  headerAvArrangements: 'Algemene voorziening: arrangementen',
  headerAvCost: 'Algemene voorziening: kosten (euro)',
  allProvisions: 'Alle voorzieningen',
} as const;

/** The outcome section's figures as text, and its CSV file. */
export const TRANSFORMATIE_OUTCOMES_TEXTS = {
  dayOne: '{days} dag',
  dayMany: '{days} dagen',
  headerLevel: 'Niveau',
  headerName: 'Naam',
  headerFrom: 'Van',
  headerTo: 'Tot en met',
  headerEnded: 'Beëindigd',
  headerAchieved: 'Doelen bereikt',
  headerNotAchieved: 'Doelen niet bereikt',
  headerNotAchievedShare: 'Doelen niet bereikt (%)',
  headerEarlyEndings: 'Voortijdig beëindigd',
  headerEarlyEndingRate: 'Voortijdig beëindigd (%)',
  headerWindowsClosed: 'Zes maanden verstreken',
  headerReRequests: 'Opnieuw aangevraagd',
  headerReRequestRate: 'Opnieuw aangevraagd (%)',
  headerWindowsOpen: 'Zes maanden nog niet verstreken',
  headerStarted: 'Gestart',
  headerMedianWaiting: 'Mediane wachttijd (dagen)',
  headerWaitingOverNorm: 'Wachttijd boven norm (dagen)',
  headerMedianDuration: 'Mediane duur (dagen)',
  headerDurationOverNorm: 'Duur boven norm (dagen)',
  levelTotal: 'Totaal',
  levelProvider: 'Aanbieder',
  allProviders: 'Alle aanbieders in de keuze',
} as const;

/** The CSV files of the figures of care, welfare and volunteers. */
export const SUBSTITUTION_CSV_TEXTS = {
  headerFrom: 'Van',
  headerTo: 'Tot en met',
  headerCost: 'Kosten (euro)',
} as const;

/** The client experience results on the transformation page. */
export const SURVEY_SECTION_TEXTS = {
  levelTotal: 'Totaal',
} as const;

/** The client experience results' CSV file. */
export const SURVEY_CSV_TEXTS = {
  headerLevel: 'Niveau',
  headerName: 'Naam',
  headerYear: 'Jaar',
  headerQuestion: '{question} (% eens)',
} as const;
