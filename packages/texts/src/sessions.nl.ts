import type { MessageText } from './messages.nl';

/** The Dutch text of the API's messages about web sessions. */
export const SESSION_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: 'No such session of yours.', nl: 'Deze sessie bestaat niet (meer).' },
  {
    api: 'A request signed in by cookie must be sent as application/json, or with the header GraphQL-Require-Preflight or Regiekamer-Session.',
    nl: 'Dit verzoek is geweigerd omdat het niet van Regiekamer zelf lijkt te komen. Laad de pagina opnieuw.',
  },
  // Constraints on stored sessions: the server fills these columns, so they guard against a fault, not against input.
  { api: 'This session is taken; sign in again.', nl: 'Deze sessie kon niet worden gestart. Log opnieuw in.' },
  { api: 'A session is kept as a SHA-256 hash of 32 bytes.', nl: 'Deze sessie kon niet worden gestart. Log opnieuw in.' },
  { api: 'A session is signed in by PASSWORD, LINK or OIDC.', nl: 'Deze sessie kon niet worden gestart. Log opnieuw in.' },
  { api: 'An ended session has its reason: LOGOUT, ENDED, ENDED_ALL or REVOKED.', nl: 'Deze sessie kon niet worden beëindigd. Probeer het opnieuw.' },
];

/** The account page's section "Actieve sessies" and the idle warning. */
export const SESSION_TEXTS = {
  heading: 'Actieve sessies',
  intro:
    'Hier ziet u waar u nu bent ingelogd. Herkent u een sessie niet, beëindig die dan en wijzig uw wachtwoord. Een sessie eindigt vanzelf als u een tijd niets doet, en altijd op het tijdstip onder "Verloopt uiterlijk".',
  caption: 'Uw actieve sessies',
  colBrowser: 'Browser',
  colMethod: 'Ingelogd met',
  colCreated: 'Ingelogd op',
  colLastSeen: 'Laatst actief',
  colExpires: 'Verloopt uiterlijk',
  colAction: 'Actie',
  current: 'Deze sessie',
  unknownBrowser: 'Onbekende browser',
  browserOnSystem: '{browser} op {system}',
  methodPASSWORD: 'Wachtwoord',
  methodLINK: 'Inloglink',
  methodOIDC: 'Eenmalige aanmelding',
  end: 'Beëindigen',
  endLabel: 'Beëindigen: sessie in {browser}',
  endQuestion: 'De sessie in {browser} beëindigen? Daar moet u dan opnieuw inloggen.',
  endConfirm: 'Ja, beëindigen',
  ended: 'De sessie is beëindigd.',
  endAll: 'Overal uitloggen',
  endAllHelp: 'Beëindigt al uw sessies, ook deze, en maakt al uw sleutels voor scripts ongeldig.',
  endAllQuestion: 'Weet u zeker dat u overal wilt uitloggen? U moet daarna opnieuw inloggen en uw sleutels voor scripts werken niet meer.',
  endAllConfirm: 'Ja, overal uitloggen',
  empty: 'U heeft geen andere actieve sessies.',
  failed: 'Dat is niet gelukt. Probeer het later opnieuw.',
  // The page Gebruikers: an ADMIN (or the regisseur) ends every session and token of a user
  userEndAll: 'Overal uitloggen',
  userEndAllName: 'Overal uitloggen: {name}',
  userEndAllQuestion: '{name} wordt op alle apparaten uitgelogd en de sleutels voor scripts van {name} werken niet meer.',
  userEndAllConfirm: 'Ja, overal uitloggen',
  userEndedAll: '{name} is overal uitgelogd.',
  // The idle warning (a dialog two minutes before the idle timeout)
  idleTitle: 'Blijft u ingelogd?',
  idleWarning: 'U wordt over 2 minuten uitgelogd omdat u niets heeft gedaan.',
  idleStay: 'Ingelogd blijven',
  idleLogout: 'Nu uitloggen',
} as const;
