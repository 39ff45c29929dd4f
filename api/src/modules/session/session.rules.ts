import { mayManage, type Manager } from '../user/user-admin.rules';
import type { Role } from '../user/user.entity';

/**
 * The rules of web sessions, as pure functions: the cookie, what a request must carry to use it (CSRF), and what of the
 * client is kept. The service and the HTTP door apply them.
 */

/** The cookie's name. */
export const SESSION_COOKIE = 'rk_session';

/** The header the web client (and GraphiQL) sends on every request: it asks for a cookie session and cannot be sent cross-site without a preflight. */
export const SESSION_HEADER = 'regiekamer-session';
export const SESSION_HEADER_VALUE = 'cookie';

/** The response header with the seconds left before the idle timeout: the client warns from it. */
export const SESSION_IDLE_HEADER = 'regiekamer-session-idle-seconds';

/** The response header that says the cookie sent is of a session that has ended (the client then says so). */
export const SESSION_ENDED_HEADER = 'regiekamer-session-ended';

export type SessionMethod = 'PASSWORD' | 'LINK' | 'OIDC';
export type SessionEndReason = 'LOGOUT' | 'ENDED' | 'ENDED_ALL' | 'REVOKED';

/** A session's secret: 256 random bits in base64url. */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The value of the session cookie in a Cookie header; null when absent or not a secret we could have made. */
export function sessionSecretOf(cookieHeader: string | undefined): string | null {
  if (cookieHeader === undefined || cookieHeader === '') return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return SECRET_PATTERN.test(value) ? value : null;
  }
  return null;
}

/** The Set-Cookie value that starts a session: HttpOnly, SameSite=Lax, for the whole site, until its absolute end. */
export function sessionCookie(secret: string, expiresAt: Date, secure: boolean): string {
  return `${SESSION_COOKIE}=${secret}; Path=/; Expires=${expiresAt.toUTCString()}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** The Set-Cookie value that removes it. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** What of a request the CSRF rule reads. */
export interface CsrfFacts {
  method: string;
  contentType: string | undefined;
  preflightHeader: boolean;
  sessionHeader: boolean;
}

/** Content types a cross-site form or a simple fetch can send without a preflight (the Fetch standard's CORS-safelisted ones). */
const SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/**
 * Whether a cookie-authenticated request may act. A GET acts not (GraphQL-over-HTTP runs no mutation on GET). Anything
 * else must be something another site cannot send with the user's cookie without a CORS preflight, which this server
 * never grants: a header of ours, or a content type that is not simple (application/json).
 */
export function csrfAllowed(facts: CsrfFacts): boolean {
  const method = facts.method.toUpperCase();
  if (method === 'GET' || method === 'HEAD') return true;
  if (facts.preflightHeader || facts.sessionHeader) return true;
  const type = (facts.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type !== '' && !SIMPLE_TYPES.has(type);
}

/** The address kept with a session: an IPv4 address with its last byte zeroed, an IPv6 one to its /48. */
export function shortenAddress(address: string): string | null {
  const plain = address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(plain);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0`;
  if (!plain.includes(':') || !/^[0-9A-Fa-f:]+$/.test(plain)) return null;
  const [head = ''] = plain.split('::');
  const groups = head.split(':').filter((g) => g !== '');
  return `${groups.slice(0, 3).join(':')}::`;
}

/** The user agent kept with a session: printable characters, at most 200. */
export function shortenUserAgent(userAgent: string | undefined): string | null {
  if (userAgent === undefined) return null;
  const printable = userAgent
    .replace(/[^\x20-\x7e]/g, '')
    .trim()
    .slice(0, 200);
  return printable === '' ? null : printable;
}

/** A session's absolute end: `maxHours` after its start. */
export function sessionExpiry(start: Date, maxHours: number): Date {
  return new Date(start.getTime() + maxHours * 3_600_000);
}

/** The seconds of the idle timeout, as the database checks them (at least one). */
export function idleSeconds(idleMinutes: number): number {
  return Math.max(1, Math.round(idleMinutes * 60));
}

/** Seconds left before a moment, never below zero, for the idle header. */
export function secondsLeft(until: Date, now: Date): number {
  return Math.max(0, Math.floor((until.getTime() - now.getTime()) / 1000));
}

/** Whose sessions a user may end all of: their own; and a manager's (ADMIN everyone, REGISSEUR below ADMIN), as userDeactivate. */
export function mayEndSessionsOf(viewer: Manager, target: { id: number; role: Role }): boolean {
  return target.id === viewer.userId || mayManage(viewer, target);
}
