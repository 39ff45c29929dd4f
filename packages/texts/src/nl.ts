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
 * Add a code: register it in api/src/shared/errors/codes.ts, give it a text in CODE_TEXTS, and a text per message below.
 */
export { CODE_TEXTS } from './codes.nl';
export { MESSAGE_TEXTS, type MessageText } from './messages.nl';
