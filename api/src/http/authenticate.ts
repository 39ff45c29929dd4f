import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../db/database';
import { sessionSeenLongAgo } from '../db/replica';
import type { AuthenticatedUser, RequestDb } from '../db/request-db';
import type { Viewer } from '../shared/auth/viewer';
import { Role } from '../modules/user/user.entity';
import type { AuthService } from '../modules/user/auth.service';
import { isPersonalToken, personalTokenSubject } from '../modules/user/personal-access-token.service';
import type { TokenSubject } from '../shared/auth/tokens';
import { ForbiddenError } from '../shared/errors/access-errors';
import type { CurrentSession, WebSessions } from '../modules/session/session.service';
import {
  csrfAllowed,
  SESSION_ENDED_HEADER,
  SESSION_HEADER,
  SESSION_IDLE_HEADER,
  secondsLeft,
  sessionSecretOf,
} from '../modules/session/session.rules';
import { credentialsOf, InvalidTokenError, type Credentials } from './bearer';

/** What every route needs to tell who is asking. */
export interface AuthDeps {
  readonly db: Database;
  readonly auth: AuthService;
  readonly sessions: WebSessions;
}

/** Who asks (null: nobody signed in) and the request's connection, set up as them. */
export interface Authenticated {
  readonly viewer: Viewer | null;
  readonly db: RequestDb;
  /** The web session the request came with (by its cookie), if any. */
  readonly session: CurrentSession | null;
}

/** A cookie request another site could have made: it must show it is the web client's (see csrfAllowed). */
export const MESSAGE_CSRF =
  'A request signed in by cookie must be sent as application/json, or with the header GraphQL-Require-Preflight or Regiekamer-Session.';

function refuseForgery(req: IncomingMessage): void {
  const allowed = csrfAllowed({
    method: req.method ?? 'GET',
    contentType: req.headers['content-type'],
    preflightHeader: req.headers['graphql-require-preflight'] !== undefined || req.headers['apollo-require-preflight'] !== undefined,
    sessionHeader: req.headers[SESSION_HEADER] !== undefined,
  });
  if (!allowed) throw new ForbiddenError(MESSAGE_CSRF);
}

/**
 * No Authorization header: the web session of the cookie, if valid. One that is not (ended, idle, expired) is no
 * one, as no cookie is: the web client then sees `me` null and signs in again, which a refusal would keep it from.
 */
async function bySessionCookie(req: IncomingMessage, res: ServerResponse, db: RequestDb, deps: AuthDeps): Promise<Authenticated> {
  const secret = sessionSecretOf(req.headers.cookie);
  if (secret === null) return { viewer: null, db, session: null };
  refuseForgery(req);
  const user = await deps.sessions.authenticate(db, secret);
  const viewer = viewerOf(user);
  if (user === null || viewer === null) {
    // Said once: the cookie goes, so a later request is simply signed out.
    res.setHeader(SESSION_ENDED_HEADER, 'true');
    deps.sessions.clearCookie(res);
    return { viewer: null, db, session: null };
  }
  res.setHeader(SESSION_IDLE_HEADER, String(secondsLeft(user.idleExpiresAt, new Date())));
  return { viewer, db, session: { id: user.sessionId, userId: user.id, idleExpiresAt: user.idleExpiresAt, expiresAt: user.expiresAt } };
}

/** A request's connection as `who`; freed when the response closes, should the request break off before finishing it. */
export function openRequestDb(db: Database, res: ServerResponse, requestId: string, who: Viewer | null, readOnly = false): RequestDb {
  const requestDb = db.forRequest(
    {
      userId: who?.userId ?? null,
      role: who?.role ?? 'ANONYMOUS',
      providerId: who?.providerId ?? null,
      municipalityId: who?.municipalityId ?? null,
      requestId,
    },
    readOnly,
  );
  res.on('close', () => requestDb.abort());
  return requestDb;
}

const ROLES: ReadonlySet<string> = new Set(Object.values(Role));
const isRole = (role: string): role is Role => ROLES.has(role);

/** The viewer of a user; a role this API does not know (a newer database) counts as no user. */
export function viewerOf(user: AuthenticatedUser | null): Viewer | null {
  if (user === null || !isRole(user.role)) return null;
  return { userId: user.id, email: user.email, role: user.role, municipalityId: user.municipalityId, providerId: user.providerId };
}

/** Whom the credentials name: a personal access token (by its prefix) is looked up in the database, a login token verified here. */
function subjectOf(credentials: Credentials, db: RequestDb, deps: AuthDeps): Promise<TokenSubject | null> {
  if (credentials.kind !== 'bearer') return Promise.resolve(null);
  return isPersonalToken(credentials.token) ? personalTokenSubject(db, credentials.token) : deps.auth.subjectFromToken(credentials.token);
}

/**
 * The one door of every route: reads the credentials, verifies the token and loads its user, in the request's first
 * statement. No credentials: no viewer. Credentials that fail: InvalidTokenError, whatever the route (RFC 6750).
 * Errors are answered by the error table (http/errors.ts); the connection is given up on any of them.
 */
export async function authenticate(
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  deps: AuthDeps,
  readOnly = false,
): Promise<Authenticated> {
  const credentials = credentialsOf(req);
  const db = openRequestDb(deps.db, res, requestId, null, readOnly);
  try {
    // A bearer token, when sent, is who asks; the cookie only without one.
    if (credentials.kind === 'none') return await bySessionCookie(req, res, db, deps);
    const subject = await subjectOf(credentials, db, deps);
    const viewer = viewerOf(subject === null ? null : await db.authenticate(subject));
    if (viewer === null) throw new InvalidTokenError();
    return { viewer, db, session: null };
  } catch (error) {
    db.abort();
    throw error;
  }
}

/**
 * A read-only request served from the standby (`readDb` is not the primary's pool) can write nothing there: a personal
 * access token's last use and a web session's last_seen_at (when it was last seen long ago) are moved on the primary,
 * as the token check would have, beside the request.
 */
export function touchOnPrimary(req: IncomingMessage, deps: AuthDeps, readDb: Database, found: Authenticated, requestId: string): void {
  const { viewer, session } = found;
  if (readDb === deps.db || viewer === null) return;
  const actor = { userId: viewer.userId, role: viewer.role, providerId: viewer.providerId, municipalityId: viewer.municipalityId, requestId };
  const credentials = credentialsOf(req);
  if (credentials.kind === 'bearer' && isPersonalToken(credentials.token)) {
    // The lookup marks the use at most once a minute.
    void deps.db.transaction(actor, (tx) => personalTokenSubject(tx, credentials.token)).catch(() => undefined);
    return;
  }
  if (session === null || !sessionSeenLongAgo(session, deps.sessions.settings.idleMinutes, new Date())) return;
  void deps.db.transaction(actor, (tx) => tx.query(`SELECT app_session_touch($1)`, [session.id])).catch(() => undefined);
}
