/**
 * The Dutch texts of notifications and e-mails (ICU MessageFormat): written by the API's worker, shown by the web
 * client. A date is given already written out in Dutch (see the API's notification rules).
 */
export const NOTIFICATION_TEXTS = {
  perspectiveRequestedTitle: 'Uw standpunt wordt gevraagd',
  perspectiveRequestedSubject: 'Uw standpunt wordt gevraagd: {title}',
  perspectiveRequestedBody:
    'Er is een voorstel ingediend: "{title}". Wilt u uw standpunt geven vóór {dueOn}? Uw standpunt is nodig voordat er over het voorstel wordt besloten.',
  mailGreeting: 'Beste {name},',
  mailOpenLink: 'Bekijk het voorstel',
  mailFooter: 'U krijgt dit bericht van Regiekamer omdat u een account heeft bij uw gemeente.',
  mailNotSentNoSmtp: 'Niet verstuurd: er is geen SMTP-server ingesteld (SMTP_URL).',
  mailWithheldInactive: 'Niet verstuurd: de ontvanger is niet meer actief.',
  mailWithheldNotVisible: 'Niet verstuurd: de ontvanger kan dit niet meer zien.',
} as const;

export type NotificationTextKey = keyof typeof NOTIFICATION_TEXTS;

/** The administrator's page "Uitgaande berichten" (the outbox). */
export const OUTBOX_TEXTS = {
  title: 'Uitgaande berichten',
  intro:
    'Elke e-mail die Regiekamer verstuurt of wil versturen. Zonder SMTP-server blijven berichten hier staan; een mislukt of niet verstuurd bericht kunt u opnieuw laten versturen.',
  what: 'De uitgaande berichten',
  pagerLabel: 'berichten',
  caption: 'Uitgaande berichten, nieuwste eerst',
  filterLabel: 'Status',
  filterAll: 'Alle',
  status: 'Status',
  recipient: 'Ontvanger',
  subject: 'Onderwerp',
  attempts: 'Pogingen',
  lastAnswer: 'Laatste antwoord',
  action: 'Actie',
  resend: 'Opnieuw versturen',
  resendLabel: 'Opnieuw versturen: {subject} aan {recipient}',
  resent: 'Het bericht aan {recipient} staat weer klaar om te worden verstuurd.',
  empty: 'Er zijn geen berichten.',
  statusPending: 'Wacht op verzending',
  statusSent: 'Verstuurd',
  statusFailed: 'Mislukt',
  statusNotSent: 'Niet verstuurd',
  statusWithheld: 'Tegengehouden',
} as const;

/** The signed-in user's page "Meldingen": what is asked of them. */
export const INBOX_TEXTS = {
  title: 'Meldingen',
  intro:
    'Wat er van u gevraagd wordt, nieuwste eerst. U krijgt deze meldingen ook per e-mail: meteen, in een dagelijkse samenvatting of niet, zoals u kiest in Meldingsinstellingen.',
  what: 'Uw meldingen',
  pagerLabel: 'meldingen',
  caption: 'Uw meldingen, nieuwste eerst',
  unreadOnly: 'Alleen ongelezen',
  all: 'Alle',
  show: 'Tonen',
  subject: 'Onderwerp',
  message: 'Melding',
  action: 'Actie',
  dueOn: 'Uiterlijk',
  received: 'Ontvangen',
  state: 'Status',
  read: 'Gelezen',
  unread: 'Ongelezen',
  open: 'Bekijken',
  openLabel: 'Bekijken: {title}',
  markRead: 'Markeer als gelezen',
  markReadLabel: 'Markeer als gelezen: {title}',
  marked: 'De melding is gemarkeerd als gelezen.',
  empty: 'U heeft geen meldingen.',
} as const;
