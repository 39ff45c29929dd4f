export * from './limits';
export { CODE_TEXTS, MESSAGE_TEXTS, type MessageText } from './nl';
export {
  codeText,
  errorText,
  FALLBACK_TEXT,
  fieldName,
  formatText,
  LOCALE,
  messageText,
  setPrecompiled,
  type ApiError,
  type ParsedMessage,
} from './translate';
export { FORM_TEXTS, type FormTextKey } from './form.nl';
