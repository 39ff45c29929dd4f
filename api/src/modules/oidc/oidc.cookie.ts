import type { Sealer } from '../../shared/auth/sealing';
import type { PendingLogin } from './oidc.client';

/** The pending login between /auth/oidc/login and the callback: sent only to those routes. */
const COOKIE = 'rk_oidc';
const PATH = '/auth/oidc';
const BINDING = 'oidc-pending-login';

function attributes(maxAge: number, secure: boolean): string {
  // Lax: the issuer sends the browser back with a top-level GET, which carries it; nothing cross-site else does.
  return `Path=${PATH}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** The Set-Cookie of a pending login: sealed (encrypted and authenticated), with its own expiry inside. */
export function pendingCookie(sealer: Sealer, pending: PendingLogin, seconds: number, secure: boolean, now = Date.now()): string {
  const sealed = sealer.seal(JSON.stringify({ ...pending, until: now + seconds * 1000 }), BINDING);
  return `${COOKIE}=${sealed}; ${attributes(seconds, secure)}`;
}

export function clearedPendingCookie(secure: boolean): string {
  return `${COOKIE}=; ${attributes(0, secure)}`;
}

function isPending(value: unknown): value is PendingLogin & { until: number } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.issuerId === null || typeof v.issuerId === 'number') &&
    typeof v.state === 'string' &&
    typeof v.nonce === 'string' &&
    typeof v.verifier === 'string' &&
    typeof v.until === 'number'
  );
}

/** The pending login of a request's cookies; null when there is none, it was not sealed here, or it has expired. */
export function pendingFromCookies(sealer: Sealer, header: string | undefined, now = Date.now()): PendingLogin | null {
  const raw = (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${COOKIE}=`))
    ?.slice(COOKIE.length + 1);
  if (raw === undefined || raw === '') return null;
  const opened = sealer.open(raw, BINDING);
  if (opened === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(opened);
  } catch {
    return null;
  }
  if (!isPending(value) || value.until < now) return null;
  const { until: _until, ...pending } = value;
  return pending;
}
