import { errorText, fieldName, LIB_ERRORS_TEXTS } from '@regiekamer/texts';

export interface FieldError {
  /** The form field at fault (its name), or null for an error about the whole form. */
  field: string | null;
  message: string;
}

interface UserErrorLike {
  code: string;
  field?: string | null;
  message: string;
}

/** Server field paths such as `input.clientKey` name the form field `clientKey`; `input.goals.3` names `goals`. */
export function fieldFromPath(path: string | null | undefined): string | null {
  return fieldName(path);
}

/**
 * The API's refusals as the form shows them: each in Dutch from the shared catalogue (@regiekamer/texts, by code,
 * field and the API's message), on its field when the form has that field, else above the form. Never the English.
 */
export function toFieldErrors(userErrors: readonly UserErrorLike[], knownFields: readonly string[]): FieldError[] {
  return userErrors.map((e) => {
    const field = fieldFromPath(e.field);
    const onField = field !== null && knownFields.includes(field) ? field : null;
    return { field: onField, message: errorText(e) };
  });
}

/** The Dutch text of a refused request (a GraphQL error: extensions.code, extensions.field and its message). */
export function requestErrorText(error: { message: string; extensions?: Record<string, unknown> | null }): string {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
  const field = typeof error.extensions?.field === 'string' ? error.extensions.field : null;
  return errorText({ code, field, message: error.message });
}

export const TECHNICAL_ERROR: FieldError = {
  field: null,
  message: LIB_ERRORS_TEXTS.technical,
};

export const isStale = (userErrors: readonly UserErrorLike[]) => userErrors.some((e) => e.code === 'STALE_VERSION');
