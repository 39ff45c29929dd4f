import { fieldFromPath, type FieldError } from '../components/Form';

interface UserErrorLike {
  code: string;
  field?: string | null;
  message: string;
}

/** Dutch texts for the API's stable error codes; the field decides where the message goes. */
const MESSAGES: Record<string, string> = {
  INVALID_CREDENTIALS: 'Het e-mailadres of wachtwoord is onjuist.',
  STALE_VERSION: 'Iemand anders heeft dit intussen gewijzigd.',
  NOT_FOUND: 'Dit bestaat niet (meer), of u mag het niet zien.',
  INVALID_STATE: 'Dit kan niet in de huidige status.',
  INVALID_TRANSITION: 'Deze statuswijziging is niet toegestaan.',
  ALREADY_SIGNED: 'U heeft al ondertekend.',
  DUPLICATE: 'Dit bestaat al.',
  AMOUNT_OUT_OF_RANGE: 'Dit bedrag is groter dan mogelijk is.',
  HOURS_OUT_OF_RANGE: 'Meer dan 24 uur per dag van de periode kan niet.',
  CLIENT_KEY_IDENTIFIES_PERSON: 'Een cliëntsleutel mag geen BSN of naam zijn.',
};

/** Server messages are English; known codes get a Dutch text, other messages are shown as they are. */
export function toFieldErrors(userErrors: readonly UserErrorLike[], knownFields: readonly string[]): FieldError[] {
  return userErrors.map((e) => {
    const field = fieldFromPath(e.field);
    const onField = field !== null && knownFields.includes(field) ? field : null;
    const dutch = e.code === 'INVALID_INPUT' ? null : MESSAGES[e.code];
    return { field: onField, message: dutch ? `${dutch} (${e.message})` : e.message };
  });
}

export const TECHNICAL_ERROR: FieldError = {
  field: null,
  message: 'Het opslaan is niet gelukt door een technische storing. Uw invoer staat er nog; probeer het opnieuw.',
};

export const isStale = (userErrors: readonly UserErrorLike[]) => userErrors.some((e) => e.code === 'STALE_VERSION');
