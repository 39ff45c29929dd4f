import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../db/database';
import type { AuthenticatedUser, RequestDb } from '../db/request-db';
import type { Viewer } from '../shared/auth/viewer';
import { Role } from '../modules/user/user.entity';
import type { AuthService } from '../modules/user/auth.service';
import { isPersonalToken, personalTokenSubject } from '../modules/user/personal-access-token.service';
import type { TokenSubject } from '../shared/auth/tokens';
import { credentialsOf, InvalidTokenError, type Credentials } from './bearer';

/** What every route needs to tell who is asking. */
export interface AuthDeps {
  readonly db: Database;
  readonly auth: AuthService;
}

/** Who asks (null: nobody signed in) and the request's connection, set up as them. */
export interface Authenticated {
  readonly viewer: Viewer | null;
  readonly db: RequestDb;
}

/** A request's connection as `who`; freed when the response closes, should the request break off before finishing it. */
export function openRequestDb(db: Database, res: ServerResponse, requestId: string, who: Viewer | null): RequestDb {
  const requestDb = db.forRequest({
    userId: who?.userId ?? null,
    role: who?.role ?? 'ANONYMOUS',
    providerId: who?.providerId ?? null,
    municipalityId: who?.municipalityId ?? null,
    requestId,
  });
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
export async function authenticate(req: IncomingMessage, res: ServerResponse, requestId: string, deps: AuthDeps): Promise<Authenticated> {
  const credentials = credentialsOf(req);
  const db = openRequestDb(deps.db, res, requestId, null);
  try {
    const subject = await subjectOf(credentials, db, deps);
    const viewer = viewerOf(subject === null ? null : await db.authenticate(subject));
    if (credentials.kind !== 'none' && viewer === null) throw new InvalidTokenError();
    return { viewer, db };
  } catch (error) {
    db.abort();
    throw error;
  }
}
