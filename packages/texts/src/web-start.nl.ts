/**
 * The texts of what every first page loads: the shell (menu, layout, states, forms, errors, roles) and the login page.
 * Kept apart from the other parts' files so that the first page carries no other page's texts (tests/e2e/home.test.ts
 * weighs it); the home page's are in web-home.nl.ts.
 */
/** The login page, shown to whoever is not signed in. */
export const LOGIN_PAGE_TEXTS = {
  title: 'Inloggen',
  help: 'Regiekamer is voor de gemeente en de aanbieders van de algemene voorziening. Log in met het e-mailadres en wachtwoord van uw account. Heeft u nog geen account? Vraag de regisseur of de beheerder van Regiekamer in uw gemeente om een uitnodiging. Wachtwoord vergeten? Dan krijgt u een link per e-mail.',
  sessionExpired: 'Uw sessie is verlopen. Log opnieuw in.',
  emailMissing: 'Vul uw e-mailadres in.',
  passwordMissing: 'Vul uw wachtwoord in.',
  failed: 'Inloggen is niet gelukt. Probeer het opnieuw.',
  technicalError: 'Inloggen is niet gelukt door een technische storing. Probeer het later opnieuw.',
  signingIn: 'Bezig met inloggen…',
  formLabel: 'Inloggen',
  email: 'E-mailadres',
  password: 'Wachtwoord',
  submit: 'Inloggen',
} as const;

/** The page for an address that does not exist. */
export const NOT_FOUND_PAGE_TEXTS = {
  title: 'Pagina niet gevonden',
  help: 'U kwam hier via een link of een adres dat niet (meer) klopt. Het kan ook zijn dat deze pagina niet bij uw rol hoort. Via het menu of de startpagina komt u verder.',
  notFound: 'Deze pagina bestaat niet, of is er niet voor uw rol.',
  home: 'Naar de startpagina',
} as const;

/** The app's frame while the signed-in user loads (App.tsx). */
export const APP_TEXTS = {
  page: 'De pagina',
  loginScreen: 'Het inlogscherm',
  yourDetails: 'Uw gegevens',
  retry: 'Opnieuw proberen',
  signOut: 'Uitloggen',
  siteName: 'Regiekamer',
} as const;

/** The line chart and the stacked bar chart (components/charts). */
export const CHARTS_TEXTS = {
  empty: 'Geen gegevens in deze periode.',
  seriesEmpty: ': geen gegevens',
} as const;

/** The fields and error summary of the client's forms (components/Form.tsx, and documents/FileField.tsx). */
export const COMPONENTS_FORM_TEXTS = {
  errorSummaryTitle: 'Er is een probleem',
  optional: '(niet verplicht)',
  errorPrefix: 'Fout:',
  dateHint: 'Dag-maand-jaar, bijvoorbeeld 31-12-2026.',
} as const;

/** The header, menu and footer of every page (Layout.tsx). */
export const LAYOUT_TEXTS = {
  siteName: 'Regiekamer',
  siteSub: 'algemene voorziening',
  skipLink: 'Naar de inhoud',
  signedInAs: 'Ingelogd als',
  signOut: 'Uitloggen',
  mainMenu: 'Hoofdmenu',
  menu: 'Menu',
  footer: 'Regiekamer – de gemeente als regisseur van de algemene voorziening.',
  accessibility: 'Toegankelijkheid',
  privacy: 'Privacyverklaring',
} as const;

/** The client's own checks of a form before sending (lib/checks.ts). */
export const LIB_CHECKS_TEXTS = {
  currentPasswordRequired: 'Vul uw huidige wachtwoord in.',
} as const;

/** A save that failed for a technical reason (lib/errors.ts). */
export const LIB_ERRORS_TEXTS = {
  technical: 'Het opslaan is niet gelukt door een technische storing. Uw invoer staat er nog; probeer het opnieuw.',
} as const;

/** The help under a page's heading (PageHelp.tsx). */
export const PAGE_HELP_TEXTS = {
  summary: 'Uitleg bij deze pagina',
} as const;

/** A table that stacks on a phone (ResponsiveTable.tsx). */
export const RESPONSIVE_TABLE_TEXTS = {
  empty: 'Geen gegevens.',
} as const;

/** The roles in Dutch, as the menu bar and the users page show them (lib/role-labels.ts). */
export const ROLE_TEXTS = {
  ADMIN: 'Beheerder',
  ANALYST: 'Analist',
  CLIENT_COUNCIL: 'Cliëntenraad',
  PROVIDER_REP: 'Vertegenwoordiger aanbieder',
  REGISSEUR: 'Regisseur',
  RESIDENT: 'Bewoner',
} as const;

/** The pages' names in the main menu (routes.tsx). */
export const ROUTES_TEXTS = {
  start: 'Start',
  myOpgaven: 'Mijn opgaven',
  overleg: 'Overleg',
  myArrangements: 'Mijn arrangementen',
  arrangements: 'Arrangementen',
  overview: 'Overzicht',
  transformatie: 'Transformatie',
  convenant: 'Convenant',
  opgaven: 'Opgaven',
  actions: 'Acties',
  proposals: 'Voorstellen',
  providers: 'Aanbieders',
  funding: 'Financiering',
  fundingFlows: 'Geldstromen',
  annualPlans: 'Jaarplannen',
  outgoingMessages: 'Uitgaande berichten',
  users: 'Gebruikers',
  notifications: 'Meldingen',
  myAccount: 'Mijn account',
  submittedOpgaven: 'Ingediende opgaven',
  budget: 'Budget per aanbieder',
  waitingList: 'Wachtlijst',
  import: 'Importeren',
  besluitenlijst: 'Besluitenlijst',
  privacyRequests: 'Privacyverzoeken',
  myConsents: 'Mijn toestemmingen',
  consents: 'Toestemmingen',
} as const;

/** The states of a query: loading, and a failed load with a retry (States.tsx). */
export const STATES_TEXTS = {
  loading: '{what} laden…',
  loadFailed: 'Het laden van {what} is niet gelukt.',
  checkConnection: 'Controleer uw verbinding en probeer het opnieuw.',
  retry: 'Opnieuw proberen',
} as const;
