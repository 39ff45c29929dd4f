/**
 * The Dutch texts of notification preferences, the daily digest and the one-click unsubscribe (ICU MessageFormat):
 * written by the API (mails, the unsubscribe page) and shown by the web client (the bell, Meldingsinstellingen).
 */

/** Every kind of notification, as a user reads it: in the preferences page and the list of notifications. */
export const NOTIFICATION_KIND_TEXTS = {
  PERSPECTIVE_REQUESTED: 'Uw standpunt wordt gevraagd over een voorstel',
  DEADLINE_REMINDER: 'Herinnering: een termijn van de zesweekse cyclus loopt af',
  ATTENTION_DIGEST: 'Dagelijks overzicht van wat over tijd is',
  CONVENANT_SIGNING_OPENED: 'Het convenant ligt klaar om te tekenen',
  CONVENANT_SIGNING_REMINDER: 'Herinnering: het convenant is nog niet getekend',
  FUNDING_PROPOSED: 'Er is een financieringsafspraak voorgesteld',
  ACTION_ASSIGNED: 'Er is een actie aan u toegewezen',
  ACTION_DUE_TOMORROW: 'Uw actie moet morgen klaar zijn',
  ACTION_OVERDUE: 'Uw actie is over tijd',
  QUARTER_REPORT_DUE: 'Een kwartaalrapportage moet worden ingediend',
  QUARTER_REPORT_REMINDER: 'Herinnering: de kwartaalrapportage is nog niet ingediend',
  OVERLEG_SCHEDULED: 'Er is een overleg gepland',
  OVERLEG_MOVED: 'Een overleg is verplaatst',
  OVERLEG_CANCELLED: 'Een overleg gaat niet door',
  SELECTION_WISDOM_INVITED: 'Uw keuze kreeg geen meerderheid: schrijf de wijsheid van de minderheid',
  DAILY_DIGEST: 'Dagelijkse samenvatting van uw meldingen',
  INVITATION: 'Uitnodiging voor Regiekamer (beveiligingsbericht)',
  LOGIN_LINK: 'Inloglink (beveiligingsbericht)',
  PASSWORD_RESET: 'Wachtwoord herstellen (beveiligingsbericht)',
  OPGAVE_SUBMISSION_OUTCOME: 'Uitkomst van een ingebrachte opgave',
  COUNCIL_CHECK_REMINDER: 'Herinnering: een besluit wacht op de toets van de cliëntenraad',
  COUNCIL_CHECK_OVERDUE: 'De toets van de cliëntenraad is te laat',
  SELECTION_ROUND_CANCELLED: 'Een stemronde over de opgaven is geannuleerd',
  QUARTER_REOPENED: 'De gemeente heeft een kwartaalverantwoording heropend',
  CONVENANT_AMENDMENT_PROPOSED: 'Een wijziging van het convenant ligt klaar om te ondertekenen',
} as const;

/** The page "Meldingsinstellingen". */
export const PREFERENCE_TEXTS = {
  title: 'Meldingsinstellingen',
  intro:
    'Kies per soort melding hoe u die per e-mail krijgt: meteen, in één dagelijkse samenvatting (elke ochtend om 7 uur) of niet. Alle meldingen blijven zichtbaar onder Meldingen.',
  modeImmediate: 'Meteen per e-mail',
  modeDigest: 'In de dagelijkse samenvatting',
  modeOff: 'Geen e-mail',
  fixed: 'Beveiligingsberichten krijgt u altijd meteen.',
  save: 'Instellingen opslaan',
  saved: 'Uw meldingsinstellingen zijn opgeslagen.',
  loading: 'Meldingsinstellingen laden…',
  linkFromInbox: 'Meldingsinstellingen: kies hoe u meldingen per e-mail krijgt',
  linkFromAccount: 'Kies hoe u meldingen per e-mail krijgt',
  accountHeading: 'Meldingen per e-mail',
  accountIntro: 'Kies per soort melding of u die meteen, in een dagelijkse samenvatting of niet per e-mail krijgt.',
  backToInbox: 'Terug naar Meldingen',
  noneForRole: 'Met uw rol krijgt u geen meldingen per e-mail, dus er is niets te kiezen.',
} as const;

/** The daily digest mail and the footer lines of every mail. */
export const DIGEST_TEXTS = {
  subject: 'Uw meldingen van {date}',
  intro: '{count, plural, one {Er is # nieuwe melding} other {Er zijn # nieuwe meldingen}} voor u sinds de vorige samenvatting:',
  itemLink: 'Bekijken',
  itemDue: 'uiterlijk {dueOn}',
  preferencesLink: 'Meldingsinstellingen wijzigen',
  footer: 'U krijgt deze samenvatting omdat u voor een of meer soorten meldingen de dagelijkse samenvatting heeft gekozen.',
  mailUnsubscribe:
    'Wilt u deze soort melding niet meer per e-mail ontvangen? Meld u af via {url}. Kiezen per soort melding kan in Meldingsinstellingen: {preferencesUrl}',
  mailUnsubscribeLink: 'Afmelden voor deze soort melding',
  mailPreferencesLink: 'Meldingsinstellingen',
  mailUnsubscribeHtml: 'Wilt u deze soort melding niet meer per e-mail ontvangen?',
} as const;

/** The page at the unsubscribe address of a mail (served by the API, without sign-in). */
export const UNSUBSCRIBE_TEXTS = {
  title: 'Afmelden voor e-mail van Regiekamer',
  question: 'Wilt u geen e-mail meer krijgen over: {kind}?',
  explanation: 'De meldingen blijven zichtbaar in Regiekamer onder Meldingen. U kunt dit altijd terugdraaien in Meldingsinstellingen.',
  button: 'Afmelden',
  done: 'U bent afgemeld. U krijgt geen e-mail meer over: {kind}.',
  notFound: 'Deze afmeldlink is onbekend of verlopen.',
  badRequest: 'Er is niets gewijzigd. Open de afmeldlink uit de e-mail en kies daar Afmelden.',
  preferencesLink: 'Naar Meldingsinstellingen',
} as const;
