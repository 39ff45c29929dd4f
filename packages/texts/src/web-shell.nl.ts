/**
 * The texts of the web client's pages (see web/src/__tests__/texts-from-catalogue.test.ts).
 */

/** The dialog over the page when the session has expired (SessionExpiredDialog.tsx). */
export const SESSION_EXPIRED_DIALOG_TEXTS = {
  title: 'Uw sessie is verlopen',
  intro: 'Log opnieuw in om verder te gaan. Wat u heeft ingevuld, blijft staan; sla het daarna opnieuw op.',
  signOut: 'Uitloggen',
} as const;

/** The second step of a button that cannot be undone (components/ConfirmStep.tsx). */
export const COMPONENTS_CONFIRM_STEP_TEXTS = {
  cancel: 'Annuleren',
} as const;

/** Paging through a list, one page at a time (Pager.tsx); {label} is what the list holds, such as "wijzigingen". */
export const PAGER_TEXTS = {
  navLabel: 'Pagina’s {label}',
  none: 'Geen {label}.',
  range: '{label} {first} tot en met {last}.',
  rangeOf: '{label} {first} tot en met {last} van {total}.',
  previous: 'Vorige pagina',
  next: 'Volgende pagina',
} as const;

/** A decision with its vote and the minority's position (DecisionView.tsx). */
export const DECISION_VIEW_TEXTS = {
  bySelectionVote: 'Bij meerderheid van stemmen (per opgave geteld)',
  votes: '{for} voor, {against} tegen, {abstain} onthouding',
  byConsensus: 'Bij consensus',
  notRecorded: 'Niet vastgelegd',
  noMinority: 'Geen minderheid',
  confirmed: ' (bevestigd door de minderheid)',
  notConfirmed: ' (nog niet bevestigd door de minderheid)',
  decidedOn: 'op',
  vote: 'Stemming',
  onPaper: 'Waarvan op papier',
  minorityWisdom: 'Wijsheid van de minderheid',
  minorityPosition: 'Standpunt van de minderheid',
  adviceWeighing: 'Weging van het advies van de kerngroep',
  responsible: 'Verantwoordelijk',
} as const;

/** The audit trail of a record, for the regisseur and the administrator (AuditTrail.tsx). */
export const AUDIT_TRAIL_TEXTS = {
  title: 'Wijzigingen',
  intro: 'Wie wat wanneer heeft veranderd, het oudste eerst. Technische velden zoals het versienummer staan er niet bij.',
  what: 'De wijzigingen',
  pagerLabel: 'wijzigingen',
} as const;

/** The table of the audit trail (audit/AuditTable.tsx). */
export const AUDIT_TABLE_TEXTS = {
  label: 'Wijzigingen',
  caption: 'Wijzigingen',
  when: 'Wanneer',
  who: 'Wie',
  what: 'Wat',
  empty: 'Nog geen wijzigingen vastgelegd.',
  system: 'Systeem',
  unknownRole: 'onbekend',
} as const;

/** The fields a change touched (audit/AuditChanges.tsx). */
export const AUDIT_CHANGES_TEXTS = {
  versionOnly: ': alleen de versie (bijvoorbeeld een netwerkplan of rapportage vastgelegd)',
} as const;

/** Sending a form with a file to an upload route (documents/upload.ts). */
export const UPLOAD_TEXTS = {
  technical: 'Het versturen is niet gelukt door een technische storing. Probeer het opnieuw.',
} as const;

/** The query IDE for analysts and its login (graphiql/main.tsx). */
export const GRAPHIQL_TEXTS = {
  defaultQueryComment: 'Regiekamer GraphQL. Voorbeelden: docs/analyst-queries.md',
  secondFactor: 'Uw account vraagt om tweestapsverificatie. Log in via Regiekamer en open daarna GraphiQL opnieuw.',
  wrongCredentials: 'Het e-mailadres of wachtwoord is onjuist.',
  loginFailed: 'Inloggen lukt nu niet. Probeer het later opnieuw.',
  loginTitle: 'GraphiQL – inloggen',
  loginIntro: 'Log in met uw Regiekamer-account om de API te verkennen.',
  email: 'E-mailadres',
  password: 'Wachtwoord',
  signIn: 'Inloggen',
  back: 'Terug naar Regiekamer',
  home: 'Regiekamer',
  signOut: 'Uitloggen',
  loading: 'Bezig met laden…',
} as const;

/** The signed-in user's own account page (account/AccountPage.tsx). */
export const ACCOUNT_PAGE_TEXTS = {
  title: 'Mijn account',
  help: 'Op deze pagina ziet u met welk account u bent ingelogd. U kunt hier ook uw wachtwoord wijzigen en een link maken om de overleggen en uw termijnen in uw eigen agenda te zien.',
  helpPassword:
    'Na het wijzigen blijft u hier ingelogd. Op andere computers of telefoons waar u was ingelogd, moet u opnieuw inloggen met het nieuwe wachtwoord.',
  detailsTitle: 'Uw gegevens',
  name: 'Naam',
  email: 'E-mailadres',
  role: 'Rol',
  organisation: 'Organisatie',
} as const;

/** Changing one's password on the account page (account/PasswordChangeForm.tsx). */
export const PASSWORD_CHANGE_FORM_TEXTS = {
  title: 'Wachtwoord wijzigen',
  done: 'Uw wachtwoord is gewijzigd. Op andere apparaten logt u opnieuw in met het nieuwe wachtwoord.',
  current: 'Huidig wachtwoord',
  new: 'Nieuw wachtwoord',
  newHint: 'Minstens {min} tekens, en anders dan uw huidige wachtwoord. Een zin van een paar woorden is lang genoeg en goed te onthouden.',
  again: 'Nieuw wachtwoord nog een keer',
  submit: 'Wachtwoord wijzigen',
  busy: 'Bezig met wijzigen…',
} as const;

/** The calendar feed on the account page (account/CalendarFeedSection.tsx). */
export const CALENDAR_FEED_SECTION_TEXTS = {
  copyNow: 'Kopieer de link nu: u ziet hem maar één keer.',
  linkLabel: 'Link voor uw agenda',
  copy: 'Link kopiëren',
  copied: 'De link is gekopieerd.',
  make: 'Link maken',
  renew: 'Nieuwe link maken',
  renewName: 'Nieuwe link maken voor uw agenda',
  renewQuestion: 'Met een nieuwe link werkt de oude niet meer. Uw agenda krijgt dan pas weer wijzigingen als u de nieuwe link toevoegt.',
  renewConfirm: 'Ja, nieuwe link maken',
  revoke: 'Link intrekken',
  revokeName: 'Link intrekken voor uw agenda',
  revokeQuestion: 'Na het intrekken krijgt uw agenda geen wijzigingen meer uit Regiekamer.',
  revokeConfirm: 'Ja, link intrekken',
  title: 'Agenda-abonnement',
  intro:
    'Zet de overleggen en uw eigen termijnen (acties en stappen van voorstellen) in uw agenda. In Outlook kiest u Agenda toevoegen, dan Abonneren via internet, en plakt u de link. Uw agenda haalt de wijzigingen zelf op.',
  secret:
    'Iedereen met de link kan uw agenda lezen. Deel hem niet. Maakt u een nieuwe link, dan werkt de oude niet meer. Ook na het wijzigen van uw wachtwoord maakt u een nieuwe link.',
  failed: 'Dat is niet gelukt. Probeer het later opnieuw.',
  revoked: 'De link is ingetrokken. Uw agenda krijgt geen wijzigingen meer.',
  hasLink: 'U heeft een link, gemaakt op {date}.',
  noLink: 'U heeft nog geen link.',
} as const;

/** The columns of audited tables in the audit trail, by their database name. */
export const AUDIT_COLUMN_TEXTS = {
  status: 'Status',
  form: 'Vorm',
  product_category: 'Productcategorie',
  hours_per_week: 'Uren per week',
  planned_cost_cents: 'Geplande kosten',
  realised_cost_cents: 'Gerealiseerde kosten',
  requested_on: 'Aangevraagd op',
  starts_on: 'Startdatum',
  ended_on: 'Einddatum',
  end_reason: 'Reden van beëindiging',
  goal_attainment: 'Doelen bereikt',
  goals: 'Doelen',
  client_key: 'Cliëntsleutel',
  name: 'Naam',
  kind: 'Soort',
  kvk_number: 'KvK-nummer',
  agb_code: 'AGB-code',
  title: 'Titel',
  description: 'Omschrijving',
  step: 'Stap',
  amount_cents: 'Bedrag',
  budget_cents: 'Budget',
  opened_for_signing_on: 'Opengesteld voor ondertekening op',
  valid_from: 'Geldig vanaf',
  valid_until: 'Geldig tot en met',
  held_on: 'Datum',
  starts_at: 'Begintijd',
  ends_at: 'Eindtijd',
  due_on: 'Uiterlijk',
  outcome: 'Uitkomst',
  urgent: 'Spoed',
  purpose: 'Doel',
  location: 'Locatie',
  minutes: 'Verslag',
  period_start: 'Eerste dag',
  period_end: 'Laatste dag',
  hours_delivered: 'Geleverde uren',
  cost_cents: 'Kosten',
  remarks: 'Opmerkingen',
  email: 'E-mailadres',
  role: 'Rol',
  year: 'Jaar',
  quarter: 'Kwartaal',
  verdict: 'Oordeel',
  budget_lines: 'Begroting',
  goal_progress: 'Voortgang van de doelen',
  spent_cents_at_submission: 'Besteed bij indienen',
  submitted_on: 'Ingediend op',
  adopted_at: 'Vastgesteld op',
  reviewed_on: 'Besproken op',
  review_attendees: 'Aanwezig bij de bespreking',
  review_remarks: 'Opmerkingen bij de bespreking',
  review_actions: 'Afspraken uit de bespreking',
  reopened_at: 'Heropend op',
  reopen_reason: 'Reden van heropenen',
  proposed_at: 'Voorgesteld op',
  agreed_at: 'Ingestemd op',
  decline_reason: 'Reden van afwijzen',
  paid_on: 'Betaald op',
  decided_on: 'Besloten op',
  minority_position: 'Standpunt van de minderheid',
  council_verdict: 'Oordeel van de cliëntenraad',
  council_remarks: 'Opmerkingen van de cliëntenraad',
  council_checked_on: 'Getoetst door de cliëntenraad op',
  feedback_summary: 'Terugkoppeling',
  cancel_reason: 'Reden van annuleren',
  cancelled_at: 'Geannuleerd op',
  closing_reason: 'Reden van afsluiten',
  correction_reason: 'Reden van de correctie',
  deactivated_at: 'Gedeactiveerd op',
  deactivation_reason: 'Reden van deactiveren',
  signed_at: 'Ondertekend op',
  effective_on: 'Gaat in op',
  ends_on: 'Eindigt op',
  ownership_rung: 'Trede op de ladder van eigenaarschap',
  action_plan: 'Plan van aanpak',
  norm_days: 'Norm in dagen',
  hours_norm: 'Urennorm',
  display_name: 'Naam',
  previous_budget_cents: 'Vorig budget',
} as const;

/** The fields inside stored lists (budget lines, goals, attendees) in the audit trail. */
export const AUDIT_ITEM_FIELD_TEXTS = {
  target: 'streefwaarde',
  indicator: 'indicator',
  amountCents: 'bedrag',
  realised: 'gerealiseerd',
  remarks: 'toelichting',
} as const;

/** What a change in the audit trail did to its row (the trigger's operation). */
export const AUDIT_OPERATION_TEXTS = { INSERT: 'Aangemaakt', UPDATE: 'Gewijzigd', DELETE: 'Verwijderd' } as const;

/** Values in the audit trail in words: a hidden value, yes and no, a goal by its number. */
export const AUDIT_VALUE_TEXTS = {
  hidden: '(afgeschermd)',
  yes: 'ja',
  no: 'nee',
  goal: 'doel {n}',
} as const;

/** The kinds of provider (ProviderKind). */
export const PROVIDER_KIND_TEXTS = {
  CARE: 'Zorg',
  VOLUNTEER: 'Vrijwilligerswerk',
  WELFARE: 'Welzijn',
} as const;

/** The statuses of an arrangement (ArrangementStatus). */
export const ARRANGEMENT_STATUS_TEXTS = {
  REQUESTED: 'Aangevraagd',
  ACTIVE: 'Actief',
  PAUSED: 'Gepauzeerd',
  ENDED: 'Beëindigd',
} as const;

/** The forms of an arrangement (ArrangementForm): individual, group or mixed. */
export const ARRANGEMENT_FORM_LABEL_TEXTS = {
  INDIVIDUAL: 'Individueel',
  GROUP: 'Groep',
  MIXED: 'Gemengd',
} as const;

/** The product categories of an arrangement, with their iWmo codes (ProductCategory). */
export const PRODUCT_CATEGORY_TEXTS = {
  BEGELEIDING: 'Begeleiding (02)',
  DAGBESTEDING: 'Dagbesteding (07)',
  GROEPSGERICHTE_ONDERSTEUNING: 'Groepsgerichte ondersteuning (09)',
  OVERIGE_ARRANGEMENTEN: 'Overige arrangementen (10)',
} as const;

/** Why an arrangement ended (EndReason). */
export const END_REASON_TEXTS = {
  GOALS_ACHIEVED: 'Doelen bereikt',
  NO_LONGER_NEEDED: 'Niet meer nodig',
  CLIENT_WITHDREW: 'Inwoner ziet af van ondersteuning',
  MOVED_AWAY: 'Verhuisd',
  REFERRED_ELSEWHERE: 'Doorverwezen',
  DECEASED: 'Overleden',
  OTHER: 'Anders',
} as const;

/** How far the goals of an ended arrangement were reached (GoalAttainment). */
export const GOAL_ATTAINMENT_TEXTS = {
  ACHIEVED: 'Bereikt',
  PARTLY: 'Gedeeltelijk bereikt',
  NOT_ACHIEVED: 'Niet bereikt',
} as const;

/** The statuses of a convenant (ConvenantStatus). */
export const CONVENANT_STATUS_TEXTS = {
  DRAFT: 'Concept',
  OPEN_FOR_SIGNING: 'Open voor ondertekening',
  IN_FORCE: 'In werking',
  ENDED: 'Beëindigd',
} as const;

/** The statuses of an opgave (OpgaveStatus). */
export const OPGAVE_STATUS_TEXTS = {
  COLLECTED: 'Opgehaald',
  SELECTED: 'Gekozen',
  IN_PROGRESS: 'In uitvoering',
  COMPLETED: 'Afgerond',
  DROPPED: 'Vervallen',
} as const;

/** The kinds of team member or participant (MemberKind). */
export const MEMBER_KIND_TEXTS = {
  RESIDENT: 'Inwoner',
  PROFESSIONAL: 'Professional',
} as const;

/** The ladder of ownership (trap van eigenaarschap), by rung 1 to 5. */
export const OWNERSHIP_LADDER_TEXTS = {
  1: 'Praten over inwoners',
  2: 'Praten met inwoners',
  3: 'Inwoners denken mee',
  4: 'Samen beslissen',
  5: 'Samen beslissen en doen',
} as const;

/** The statuses of an overleg (OverlegStatus). */
export const OVERLEG_STATUS_TEXTS = {
  PLANNED: 'Gepland',
  CANCELLED: 'Afgelast',
} as const;

/** The outcomes of a decision (DecisionOutcome). */
export const DECISION_OUTCOME_TEXTS = {
  ADOPTED: 'Aangenomen',
  AMENDED: 'Aangenomen met wijziging',
  REJECTED: 'Verworpen',
} as const;

/** The statuses of an action (ActionStatus). */
export const ACTION_STATUS_TEXTS = {
  OPEN: 'Open',
  DONE: 'Gedaan',
  DROPPED: 'Vervallen',
} as const;

/** The three parties whose standpoints a proposal collects (Perspective). */
export const PERSPECTIVE_TEXTS = {
  RESIDENTS: 'Bewoners (kerngroep)',
  STAFF: 'Medewerkers',
  ORGANISATION: 'Organisatie (locatiemanager)',
} as const;

/** The statuses of a proposal (ProposalStatus). */
export const PROPOSAL_STATUS_TEXTS = {
  SUBMITTED: 'Ingediend',
  DECIDED: 'Besloten',
  FED_BACK: 'Teruggekoppeld',
  FOLLOW_UP: 'Vervolg op zorgen',
  CLOSED: 'Afgesloten',
} as const;

/** The steps of a proposal (ProposalStep). */
export const PROPOSAL_STEP_TEXTS = {
  PERSPECTIVES: 'Standpunten van de drie partijen',
  POLICY_MEETING: 'Beleidsoverleg (week 5)',
  FEEDBACK: 'Terugkoppeling aan bewoners (week 6)',
} as const;

/** The client council's verdicts on a decision (ClientCouncilVerdict). */
export const CLIENT_COUNCIL_VERDICT_TEXTS = {
  INTERESTS_SERVED: 'Belangen van cliënten gediend',
  CONCERNS: 'Zorgen',
} as const;

/** The statuses of a funding agreement (FundingAgreementStatus). */
export const FUNDING_STATUS_TEXTS = {
  PROPOSED: 'Voorgesteld',
  AGREED: 'Afgesproken',
  ENDED: 'Beëindigd',
  DECLINED: 'Afgewezen',
  WITHDRAWN: 'Ingetrokken',
} as const;

/** The statuses of an annual plan (AnnualPlanStatus). */
export const ANNUAL_PLAN_STATUS_TEXTS = {
  DRAFT: 'Concept',
  ADOPTED: 'Vastgesteld',
} as const;

/** The verdicts of a quarter report (QuarterVerdict). */
export const QUARTER_VERDICT_TEXTS = {
  ON_TRACK: 'Op koers',
  ATTENTION: 'Aandacht nodig',
  OFF_TRACK: 'Niet op koers',
} as const;

/** Who attended the review of an annual plan (ReviewAttendeeRole). */
export const REVIEW_ATTENDEE_ROLE_TEXTS = {
  BOARD: 'Bestuur',
  HEAD_OF_FINANCE: 'Hoofd financiën',
  KERNGROEP: 'Kerngroep',
  MUNICIPALITY: 'Gemeente',
  PROVIDER: 'Aanbieder',
  OTHER: 'Anders',
} as const;

/** A rung of the ladder of ownership as the opgaven show it. */
export const RUNG_LABEL_TEXTS = {
  rung: 'Trede {rung}: {name}',
  unknown: 'onbekend',
} as const;