import { NotificationKind } from './notification.entity';
import { ROLES_OF_KIND } from './notification.rules';
import { NotificationDeliveryMode } from './preference.entity';

/** The rules of notification preferences, the one-click unsubscribe and the daily digest: pure, table-tested. */

export const DEFAULT_MODE = NotificationDeliveryMode.IMMEDIATE;

/**
 * Security messages (an invitation, a login link, a password reset): always mailed at once, without an unsubscribe
 * address, and their mode cannot be chosen.
 */
export const FIXED_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  NotificationKind.INVITATION,
  NotificationKind.LOGIN_LINK,
  NotificationKind.PASSWORD_RESET,
]);

/** The digest mail itself is no choice: it is how DIGEST is delivered. */
const NOT_CHOOSABLE: ReadonlySet<NotificationKind> = new Set([NotificationKind.DAILY_DIGEST]);

/** Every kind a user of `role` sees on the preferences page (the kinds sent to that role), in the order of the enum. */
export function listedKinds(role: string, fixed: ReadonlySet<NotificationKind> = FIXED_KINDS): NotificationKind[] {
  return Object.values(NotificationKind).filter((k) => (!NOT_CHOOSABLE.has(k) || fixed.has(k)) && ROLES_OF_KIND[k].includes(role));
}

/** The mode that applies: a security message is always IMMEDIATE, whatever is stored; a kind without a choice is the default. */
export function effectiveMode(
  kind: NotificationKind,
  stored: NotificationDeliveryMode | null | undefined,
  fixed: ReadonlySet<NotificationKind> = FIXED_KINDS,
): NotificationDeliveryMode {
  if (fixed.has(kind) || NOT_CHOOSABLE.has(kind)) return NotificationDeliveryMode.IMMEDIATE;
  return stored ?? DEFAULT_MODE;
}

/** What happens to one new notification: the in-app one is always made; the mode says what happens to the mail. */
export interface Delivery {
  /** Queue a mail now. */
  mailNow: boolean;
  /** Keep it for the next daily digest. */
  keepForDigest: boolean;
}

/** The one place that turns a mode into what happens. OFF: no mail at all, but the notification stays in the list. */
export function deliveryFor(mode: NotificationDeliveryMode): Delivery {
  switch (mode) {
    case NotificationDeliveryMode.IMMEDIATE:
      return { mailNow: true, keepForDigest: false };
    case NotificationDeliveryMode.DIGEST:
      return { mailNow: false, keepForDigest: true };
    case NotificationDeliveryMode.OFF:
      return { mailNow: false, keepForDigest: false };
  }
}

/** Whether a mail of this kind carries a one-click unsubscribe address: not a security message, not the digest. */
export function hasUnsubscribe(kind: NotificationKind, fixed: ReadonlySet<NotificationKind> = FIXED_KINDS): boolean {
  return !fixed.has(kind) && !NOT_CHOOSABLE.has(kind);
}

/**
 * A notification kept for the digest whose kind the user has since turned OFF (by one click, say) is dropped from it:
 * they said they want no mail of it. Every other mode now (DIGEST, or IMMEDIATE chosen later) still gets it in the digest.
 */
export const inDigest = (modeNow: NotificationDeliveryMode): boolean => modeNow !== NotificationDeliveryMode.OFF;

export interface PreferenceChange {
  kind: NotificationKind;
  mode: NotificationDeliveryMode;
}

export interface PreferenceProblem {
  field: string;
  message: string;
}

/** At most this many changes per update: one per kind. */
export const PREFERENCES_MAX = Object.values(NotificationKind).length;

/** Why an update is refused, each problem naming its field; empty when it may be stored whole. */
export function preferenceProblems(changes: readonly PreferenceChange[], fixed: ReadonlySet<NotificationKind> = FIXED_KINDS): PreferenceProblem[] {
  if (changes.length === 0 || changes.length > PREFERENCES_MAX) {
    return [{ field: 'input.preferences', message: `Give from 1 to ${PREFERENCES_MAX} preferences.` }];
  }
  const seen = new Set<NotificationKind>();
  const problems: PreferenceProblem[] = [];
  changes.forEach((c, i) => {
    const field = `input.preferences.${i}.kind`;
    if (fixed.has(c.kind)) problems.push({ field, message: 'Security messages are always sent at once; this cannot be changed.' });
    else if (NOT_CHOOSABLE.has(c.kind)) problems.push({ field, message: 'The daily digest is not a kind to choose for.' });
    else if (seen.has(c.kind)) problems.push({ field, message: 'This kind is given twice.' });
    seen.add(c.kind);
  });
  return problems;
}

/** The token of an unsubscribe address: 256 random bits, base64url (43 characters). */
export const UNSUBSCRIBE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The web client's page where a user chooses per kind. */
export const PREFERENCES_PATH = '/meldingen/instellingen';

export const unsubscribePath = (token: string): string => `/afmelden/${token}`;

/** The headers of a mail with a one-click unsubscribe address (RFC 2369 and RFC 8058). */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/** RFC 8058: the one-click POST carries exactly this form field. */
export function isOneClickBody(body: unknown): boolean {
  // Form-encoded, or multipart/form-data as some mail programs send it.
  if (typeof body === 'string') {
    return new URLSearchParams(body).get('List-Unsubscribe') === 'One-Click' || /name="List-Unsubscribe"\r?\n\r?\nOne-Click\r?\n/.test(body);
  }
  const v = body as Record<string, unknown> | null;
  return typeof v === 'object' && v !== null && v['List-Unsubscribe'] === 'One-Click';
}

export interface KeptNotification {
  id: number;
  kind: NotificationKind;
}

/**
 * A user's notifications kept for the digest: those it lists (in the order given) and every one of them, listed or
 * not, done once the digest is queued. Not listed: a kind now OFF, and a kind no longer sent to the user's role (their
 * role changed since), as a mail of it would be withheld.
 */
export function digestSelection<T extends KeptNotification>(
  kept: readonly T[],
  stored: ReadonlyMap<NotificationKind, NotificationDeliveryMode>,
  role: string,
): { listed: T[]; done: number[] } {
  const listed = kept.filter((n) => inDigest(effectiveMode(n.kind, stored.get(n.kind))) && ROLES_OF_KIND[n.kind].includes(role));
  return { listed, done: kept.map((n) => n.id) };
}
