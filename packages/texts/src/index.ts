export * from './limits';
export { CODE_TEXTS, MESSAGE_TEXTS, type MessageText } from './nl';
export { codeText, errorText, FALLBACK_TEXT, fieldName, formatText, LOCALE, messageText, type ApiError } from './translate';
export { FORM_TEXTS, type FormTextKey } from './form.nl';
