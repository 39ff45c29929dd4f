import { ACCESS_LINK_TEXTS } from './access-links.nl';
import { BELL_TEXTS } from './bell.nl';
import { FORM_TEXTS } from './form.nl';
import { MESSAGE_TEXTS } from './messages.nl';
import { CODE_TEXTS } from './nl';
import { INBOX_TEXTS, NOTIFICATION_TEXTS, OUTBOX_TEXTS } from './notifications.nl';
import { OVERLEG_TEXTS } from './overleg.nl';
import { PREFERENCE_TEXTS } from './preferences.nl';
import { TOKEN_TEXTS, USERS_TEXTS } from './users.nl';
import { SECOND_FACTOR_TEXTS } from './second-factor.nl';
import { SESSION_TEXTS } from './sessions.nl';
import { SSO_PAGE_TEXTS, SSO_TEXTS } from './sso.nl';
import { SSO_LOGIN_TEXTS } from './sso-login.nl';

/**
 * Every catalogue text the web client formats with placeholders filled in: the build parses these once
 * (scripts/precompile.cjs), so that the browser needs no ICU parser. A new catalogue the client formats is added here.
 */
export function browserTexts(): string[] {
  const texts = [
    ...Object.values(CODE_TEXTS),
    ...MESSAGE_TEXTS.map((m) => m.nl),
    ...Object.values(FORM_TEXTS),
    ...Object.values(NOTIFICATION_TEXTS),
    ...Object.values(OUTBOX_TEXTS),
    ...Object.values(INBOX_TEXTS),
    ...Object.values(PREFERENCE_TEXTS),
    ...Object.values(OVERLEG_TEXTS),
    ...Object.values(BELL_TEXTS),
    ...Object.values(ACCESS_LINK_TEXTS),
    ...Object.values(USERS_TEXTS),
    ...Object.values(TOKEN_TEXTS),
    ...Object.values(SECOND_FACTOR_TEXTS),
    ...Object.values(SESSION_TEXTS),
    ...Object.values(SSO_LOGIN_TEXTS),
    ...Object.values(SSO_PAGE_TEXTS),
    ...Object.values(SSO_TEXTS),
  ];
  return [...new Set(texts)];
}
