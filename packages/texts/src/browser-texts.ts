import { ACCESS_LINK_TEXTS } from './access-links.nl';
import { BELL_TEXTS } from './bell.nl';
import { FORM_TEXTS } from './form.nl';
import { MESSAGE_TEXTS } from './messages.nl';
import { CODE_TEXTS } from './codes.nl';
import { INBOX_TEXTS, NOTIFICATION_TEXTS, OUTBOX_TEXTS } from './notifications.nl';
import { OVERLEG_TEXTS } from './overleg.nl';
import { PREFERENCE_TEXTS } from './preferences.nl';
import { TOKEN_TEXTS, USERS_TEXTS } from './users.nl';
import { SECOND_FACTOR_TEXTS } from './second-factor.nl';
import { SESSION_TEXTS } from './sessions.nl';
import { SSO_TEXTS } from './sso.nl';
import { SSO_LOGIN_TEXTS } from './sso-login.nl';
import { PARTICIPANT_TEXTS } from './participant-pages.nl';
import { SELECTION_TEXTS } from './selection.nl';
import { OVERLEG_ROLE_TEXTS, SELECTION_CANCEL_TEXTS } from './participation-gaps.nl';
import { BUDGET_TEXTS, WAITING_TEXTS } from './budget.nl';
import { FILES_TEXTS } from './files.nl';
import { BESLUITENLIJST_TEXTS, LIST_EXPORT_TEXTS, SEARCH_TEXTS } from './search.nl';
import { SUBSTITUTION_TEXTS, TRANSFORMATION_PAGE_TEXTS } from './transformation.nl';
import { MAATWERK_TEXTS } from './maatwerk.nl';
import { OUTCOME_PAGE_TEXTS } from './outcomes.nl';
import { SURVEY_CODE_TEXTS, SURVEY_RESULT_TEXTS, SURVEY_TEXTS } from './survey.nl';
import { PRIVACY_REQUEST_TEXTS } from './privacy-requests.nl';
import { CONSENT_TEXTS } from './privacy.nl';
import * as WEB_ARRANGEMENT from './web-arrangement.nl';
import * as WEB_CONVENANT from './web-convenant.nl';
import * as WEB_GELD from './web-geld.nl';
import * as WEB_OPGAVEN from './web-opgaven.nl';
import * as WEB_PROPOSAL from './web-proposal.nl';
import * as WEB_SHELL from './web-shell.nl';
import * as WEB_START from './web-start.nl';
import * as WEB_HOME from './web-home.nl';

/** Each catalogue a file exports (a flat record of texts), by its name, with its texts. */
function cataloguesOf(file: Readonly<Record<string, unknown>>): Record<string, readonly string[]> {
  return Object.fromEntries(
    Object.entries(file)
      .filter((e): e is [string, Record<string, unknown>] => typeof e[1] === 'object' && e[1] !== null)
      .map(([name, texts]) => [name, Object.values(texts).filter((t): t is string => typeof t === 'string')]),
  );
}

/**
 * Every catalogue the web client formats with placeholders filled in, by the file and the export that declare it: the
 * build parses their texts once and exports each catalogue with its parsed forms from that file's browser build
 * (scripts/precompile.cjs), so that the browser needs no ICU parser, and a page carries only the parsed texts of the
 * catalogues it uses. A new catalogue the
 * client formats is added here.
 */
export function browserCatalogues(): Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> {
  return {
    'codes.nl': { CODE_TEXTS: Object.values(CODE_TEXTS) },
    'messages.nl': { MESSAGE_TEXTS: MESSAGE_TEXTS.map((m) => m.nl) },
    'form.nl': { FORM_TEXTS: Object.values(FORM_TEXTS) },
    'notifications.nl': {
      NOTIFICATION_TEXTS: Object.values(NOTIFICATION_TEXTS),
      OUTBOX_TEXTS: Object.values(OUTBOX_TEXTS),
      INBOX_TEXTS: Object.values(INBOX_TEXTS),
    },
    'preferences.nl': { PREFERENCE_TEXTS: Object.values(PREFERENCE_TEXTS) },
    'overleg.nl': { OVERLEG_TEXTS: Object.values(OVERLEG_TEXTS) },
    'bell.nl': { BELL_TEXTS: Object.values(BELL_TEXTS) },
    'access-links.nl': { ACCESS_LINK_TEXTS: Object.values(ACCESS_LINK_TEXTS) },
    'users.nl': { USERS_TEXTS: Object.values(USERS_TEXTS), TOKEN_TEXTS: Object.values(TOKEN_TEXTS) },
    'second-factor.nl': { SECOND_FACTOR_TEXTS: Object.values(SECOND_FACTOR_TEXTS) },
    'sessions.nl': { SESSION_TEXTS: Object.values(SESSION_TEXTS) },
    'sso-login.nl': { SSO_LOGIN_TEXTS: Object.values(SSO_LOGIN_TEXTS) },
    'sso.nl': { SSO_TEXTS: Object.values(SSO_TEXTS) },
    'participant-pages.nl': { PARTICIPANT_TEXTS: Object.values(PARTICIPANT_TEXTS) },
    'selection.nl': { SELECTION_TEXTS: Object.values(SELECTION_TEXTS) },
    'participation-gaps.nl': { SELECTION_CANCEL_TEXTS: Object.values(SELECTION_CANCEL_TEXTS), OVERLEG_ROLE_TEXTS: Object.values(OVERLEG_ROLE_TEXTS) },
    'budget.nl': { BUDGET_TEXTS: Object.values(BUDGET_TEXTS), WAITING_TEXTS: Object.values(WAITING_TEXTS) },
    'files.nl': { FILES_TEXTS: Object.values(FILES_TEXTS) },
    'search.nl': {
      SEARCH_TEXTS: Object.values(SEARCH_TEXTS),
      BESLUITENLIJST_TEXTS: Object.values(BESLUITENLIJST_TEXTS),
      LIST_EXPORT_TEXTS: Object.values(LIST_EXPORT_TEXTS),
    },
    'transformation.nl': {
      SUBSTITUTION_TEXTS: Object.values(SUBSTITUTION_TEXTS),
      TRANSFORMATION_PAGE_TEXTS: Object.values(TRANSFORMATION_PAGE_TEXTS),
    },
    'maatwerk.nl': { MAATWERK_TEXTS: Object.values(MAATWERK_TEXTS) },
    'outcomes.nl': { OUTCOME_PAGE_TEXTS: Object.values(OUTCOME_PAGE_TEXTS) },
    'survey.nl': {
      SURVEY_TEXTS: Object.values(SURVEY_TEXTS),
      SURVEY_CODE_TEXTS: Object.values(SURVEY_CODE_TEXTS),
      SURVEY_RESULT_TEXTS: Object.values(SURVEY_RESULT_TEXTS),
    },
    'privacy-requests.nl': { PRIVACY_REQUEST_TEXTS: Object.values(PRIVACY_REQUEST_TEXTS) },
    'privacy.nl': { CONSENT_TEXTS: Object.values(CONSENT_TEXTS) },
    'web-arrangement.nl': cataloguesOf(WEB_ARRANGEMENT),
    'web-convenant.nl': cataloguesOf(WEB_CONVENANT),
    'web-geld.nl': cataloguesOf(WEB_GELD),
    'web-opgaven.nl': cataloguesOf(WEB_OPGAVEN),
    'web-proposal.nl': cataloguesOf(WEB_PROPOSAL),
    'web-shell.nl': cataloguesOf(WEB_SHELL),
    'web-start.nl': cataloguesOf(WEB_START),
    'web-home.nl': cataloguesOf(WEB_HOME),
  };
}

/** Every text of browserCatalogues(), once. */
export function browserTexts(): string[] {
  return [...new Set(Object.values(browserCatalogues()).flatMap((file) => Object.values(file).flat()))];
}
