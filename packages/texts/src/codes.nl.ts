/**
 * The Dutch texts of everything the API can refuse, in ICU MessageFormat (FormatJS). Two tables:
 *
 * - CODE_TEXTS: one text per code, the fallback when no message text below fits. Every code the API registers
 *   (UserErrorCode in the schema) has one; a test fails when one is missing.
 * - MESSAGE_TEXTS: per message the API writes (its English `message`, which stays the API's contract), the Dutch text the
 *   user reads, optionally only on one field (the last part of the `field` path). `{name}` in `api` takes the value the
 *   API wrote there; the Dutch text uses it by name (`{max, number}`). A test reads every message in the API's source
 *   and fails when one has no text here.
 *
 * Add a code: register it in api/src/shared/errors/codes.ts, give it a text in CODE_TEXTS below, and a text per message in messages.nl.ts.
 */

export const CODE_TEXTS: Readonly<Record<string, string>> = {
  // userErrors
  INVALID_INPUT: 'Deze invoer klopt niet. Controleer wat u heeft ingevuld.',
  INVALID_CREDENTIALS: 'Het e-mailadres of wachtwoord is onjuist.',
  NOT_FOUND: 'Dit bestaat niet (meer), of u mag het niet zien.',
  STALE_VERSION: 'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwste versie en probeer het opnieuw.',
  INVALID_STATE: 'Dit kan niet in de huidige status.',
  INVALID_TRANSITION: 'Deze statuswijziging is niet toegestaan.',
  ALREADY_SIGNED: 'Uw organisatie heeft dit convenant al ondertekend.',
  DUPLICATE: 'Dit bestaat al.',
  AMOUNT_OUT_OF_RANGE: 'Dit bedrag is hoger dan mogelijk is.',
  HOURS_OUT_OF_RANGE: 'Dit zijn meer uren dan mogelijk is.',
  CLIENT_KEY_IDENTIFIES_PERSON: 'Een cliëntsleutel mag geen BSN of naam zijn (geen spaties).',
  PASSWORD_TOO_SHORT: 'Het nieuwe wachtwoord is te kort.',
  PASSWORD_TOO_LONG: 'Het nieuwe wachtwoord is te lang.',
  PASSWORD_UNCHANGED: 'Het nieuwe wachtwoord is hetzelfde als het huidige.',
  INVALID_SECOND_FACTOR: 'De code is onjuist of verlopen. Log opnieuw in als dit blijft gebeuren.',
  LINK_EXPIRED: 'Deze link is verlopen. Vraag een nieuwe aan.',
  LINK_USED: 'Deze link is al gebruikt. Elke link werkt maar één keer.',
  PASSWORD_SIGN_IN_OFF: 'Inloggen met een wachtwoord staat uit voor uw rol. Log in via uw organisatie.',
  OVER_BUDGET: 'Samen zouden de verdelingen het budget van het convenant overschrijden.',
  OVER_ALLOCATION: 'Dit bedrag past niet in het deel van het budget dat is toegekend.',
  IDEMPOTENCY_CONFLICT: 'Dit verzoek is al eerder met andere gegevens verstuurd. Laad de pagina opnieuw.',
  MISSING_PERSPECTIVE: 'Niet alle kanten hebben hun perspectief al gegeven.',
  MINORITY_POSITION_REQUIRED: 'Er is een minderheid: leg haar standpunt vast.',
  TIE: 'De stemmen staken voor de laatste plaats.',
  CONVENANT_OVERLAP: 'In deze periode is al een ander convenant in werking.',
  NO_CONVENANT_IN_FORCE: 'Op deze datum is geen convenant in werking waarbij uw organisatie ondertekende partij is.',
  FILE_TOO_LARGE: 'Dit bestand is te groot.',
  FILE_TYPE_REFUSED: 'Dit soort bestand kan niet worden toegevoegd.',
  PERIOD_OVERLAP: 'Deze periode overlapt met een periode die al is vastgelegd.',
  // errors of a whole request (GraphQL errors' extensions.code)
  UNAUTHENTICATED: 'Uw sessie is verlopen. Log opnieuw in.',
  FORBIDDEN: 'U mag dit niet doen of zien.',
  BAD_USER_INPUT: 'Deze invoer klopt niet. Controleer wat u heeft ingevuld.',
  TOO_MANY_REQUESTS: 'U heeft al een zware opdracht lopen. Wacht even en probeer het opnieuw.',
  SERVICE_UNAVAILABLE: 'Het systeem is even niet bereikbaar. Probeer het over een paar minuten opnieuw.',
  INTERNAL_SERVER_ERROR: 'Er ging iets mis door een technische storing. Probeer het opnieuw.',
};
