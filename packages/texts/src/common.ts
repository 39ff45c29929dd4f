// What both entries (index.ts for the API and tests, browser.ts for the web client) export.
export * from './limits';
export { CODE_TEXTS } from './codes.nl';
export type { MessageText } from './messages.nl';
export {
  codeText,
  errorText,
  FALLBACK_TEXT,
  fieldName,
  formatText,
  LOCALE,
  messageText,
  needsParser,
  setMessageTexts,
  setPrecompiled,
  type ApiError,
  type ParsedMessage,
} from './translate';
export { FORM_TEXTS, type FormTextKey } from './form.nl';
export { INBOX_TEXTS, NOTIFICATION_TEXTS, OUTBOX_TEXTS, type NotificationTextKey } from './notifications.nl';
export { CALENDAR_TEXTS, OVERLEG_KIND_TEXTS } from './calendar.nl';
export { REMINDER_TEXTS } from './reminders.nl';
export { BELL_TEXTS } from './bell.nl';
export { DIGEST_TEXTS, NOTIFICATION_KIND_TEXTS, PREFERENCE_TEXTS, UNSUBSCRIBE_TEXTS } from './preferences.nl';
export { ACCESS_LINK_TEXTS, ACCESS_ROLE_TEXTS } from './access-links.nl';
export { DEADLINE_CALENDAR_TEXTS, OVERLEG_NOTICE_TEXTS, OVERLEG_TEXTS } from './overleg.nl';
export { TOKEN_NAME_MAX_LENGTH, TOKEN_TEXTS, USERS_TEXTS } from './users.nl';
export { SECOND_FACTOR_TEXTS } from './second-factor.nl';
export { SESSION_TEXTS } from './sessions.nl';
export { SSO_PAGE_TEXTS, SSO_TEXTS } from './sso.nl';
export { SSO_LOGIN_TEXTS } from './sso-login.nl';
export {
  DECISION_OUTCOME_PUBLIC_TEXTS,
  OPGAVE_STATUS_PUBLIC_TEXTS,
  OPGAVE_SUBMISSION_TEXTS,
  OWNERSHIP_RUNG_TEXTS,
  PUBLIC_PAGE_TEXTS,
  SUBMISSION_PAGE_TEXTS,
} from './public-pages.nl';
export { PARTICIPANT_TEXTS } from './participant-pages.nl';
export { SELECTION_TEXTS, SELECTION_NOTICE_TEXTS } from './selection.nl';
export { COUNCIL_CHECK_TEXTS, OVERLEG_ROLE_TEXTS, SELECTION_CANCEL_TEXTS } from './participation-gaps.nl';
export { BUDGET_TEXTS, WAITING_PRIORITY_TEXTS, WAITING_TEXTS } from './budget.nl';
export { FILES_TEXTS, IMPORT_ANSWER_TEXTS } from './files.nl';
export { BESLUITENLIJST_TEXTS, LIST_EXPORT_TEXTS, SEARCH_TEXTS } from './search.nl';
export { ARCHIVE_EXPORT_TEXTS } from './archive.nl';
export { SEARCH_BOX_TEXTS } from './search-box.nl';
export { SUBSTITUTION_TEXTS, TRANSFORMATION_PAGE_TEXTS } from './transformation.nl';
export { MAATWERK_PROVISION_TEXTS, MAATWERK_TEXTS } from './maatwerk.nl';
export { OUTCOME_PAGE_TEXTS, OUTCOME_TEXTS } from './outcomes.nl';
export { OUTCOME_INDICATOR_TEXTS } from './outcome-indicators.nl';
export { SURVEY_CODE_TEXTS, SURVEY_QUESTION_SHORT_TEXTS, SURVEY_QUESTION_TEXTS, SURVEY_RESULT_TEXTS, SURVEY_SCALE_TEXTS, SURVEY_TEXTS } from './survey.nl';
export {
  INZAGE_ROLE_TEXTS,
  INZAGE_FIELD_TEXTS,
  INZAGE_TEXTS,
  INZAGE_VALUE_TEXTS,
  PRIVACY_DECISION_TEXTS,
  PRIVACY_GROUND_TEXTS,
  PRIVACY_IDENTITY_TEXTS,
  PRIVACY_KIND_TEXTS,
  PRIVACY_REQUEST_TEXTS,
  PRIVACY_STATUS_TEXTS,
} from './privacy-requests.nl';
export { CONSENT_CHANNEL_TEXTS, CONSENT_PUBLIC_TEXTS, CONSENT_PURPOSE_TEXTS, CONSENT_SUBJECT_TEXTS, CONSENT_TEXTS, PRIVACY_TEXTS } from './privacy.nl';
// The texts of the web client's pages and components, one file per part of the client.
export * from './web-arrangement.nl';
export * from './web-convenant.nl';
export * from './web-geld.nl';
export * from './web-opgaven.nl';
export * from './web-proposal.nl';
export * from './web-shell.nl';
export * from './web-start.nl';
export * from './web-home.nl';
