import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { APP_ROLE } from './database';

/** Why the API cannot log in as the application role, with what to do about it. */
export class AppLoginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AppLoginError';
  }
}

/**
 * The application role's password for an API on a database of its own (DATABASE_URL) without APP_DATABASE_URL:
 * derived from JWT_SECRET, which every API process on that database shares, rather than generated into each
 * process's DATA_DIR. Otherwise every replica that starts would give the cluster-wide role a password of its own and
 * lock the others' new connections out.
 */
export function derivedAppPassword(jwtSecret: string): string {
  return createHmac('sha256', jwtSecret).update(`${APP_ROLE} login`).digest('base64url');
}

/** The owner's URL with the application role's login instead: same host, port and database. */
export function appLoginUrl(ownerUrl: string, password: string, role: string = APP_ROLE): string {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = encodeURIComponent(password);
  return url.toString();
}

const sqlLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/**
 * The password as PostgreSQL stores it (RFC 5802/7677 SCRAM-SHA-256 verifier), so that ALTER ROLE never carries it in
 * clear text into the server's logs. Printable ASCII only: SASLprep leaves that unchanged, so the verifier matches.
 */
export function scramVerifier(password: string, salt: Buffer = randomBytes(16), iterations = 4096): string {
  if (!/^[\x21-\x7e]+$/.test(password)) throw new AppLoginError('The application role password must be printable ASCII without spaces.');
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

/** Why `url` does not log in, or null when it does. */
async function tryLogin(url: string): Promise<Error | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    // pg fails with Error objects; anything else is wrapped so that it can be thrown on and its message read.
    return error instanceof Error ? error : new Error('the login failed', { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** 28P01: wrong password; 28000: the role may not log in (or no pg_hba line lets it). */
const isLoginRefused = (error: unknown): boolean => ['28P01', '28000'].includes(String((error as { code?: unknown } | null)?.code));

/**
 * The API never holds the owner's (in embedded mode: the superuser's) session: it logs in as `regiekamer_app` (and its
 * public pages as `regiekamer_public`) with `password` (generated into DATA_DIR, or derived). When that login does not work yet, the owner gives the role LOGIN and this
 * password, once; migrations and the access-log upkeep keep using the owner's URL.
 */
export async function ensureAppLogin(ownerUrl: string, password: string, role: string = APP_ROLE): Promise<string> {
  const url = appLoginUrl(ownerUrl, password, role);
  const first = await tryLogin(url);
  if (first === null) return url;
  if (!isLoginRefused(first)) throw first;
  const owner = new Client({ connectionString: ownerUrl, connectionTimeoutMillis: 5000 });
  await owner.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await owner.query(`ALTER ROLE ${role} WITH LOGIN PASSWORD ${sqlLiteral(scramVerifier(password))}`);
        break;
      } catch (error) {
        // Two processes starting at once may both set it: PostgreSQL then refuses the second ("tuple concurrently updated").
        if (attempt < 3 && error instanceof Error && error.message.includes('concurrently updated')) {
          await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
          continue;
        }
        throw new AppLoginError(
          `The database owner could not give the role ${role} its login (${(error as Error).message}). ` +
            `Give the owner CREATEROLE, or create the login yourself and set APP_DATABASE_URL to it.`,
        );
      }
    }
  } finally {
    await owner.end().catch(() => undefined);
  }
  const second = await tryLogin(url);
  if (second !== null) {
    throw new AppLoginError(
      `The API could not log in as ${role} (${second.message}). Check that pg_hba.conf lets it in with a ` +
        `password, or set APP_DATABASE_URL to a working login of that role.`,
    );
  }
  return url;
}

/**
 * Refuses a session that could leave row-level security behind: a superuser, a role that bypasses RLS, or one that may
 * switch to such a role (SET ROLE). Checked once at start on the API's own pool.
 */
export const SESSION_CHECK_SQL = `
  SELECT session_user AS "sessionUser", r.rolsuper AS superuser, r.rolbypassrls AS "bypassRls",
         EXISTS (SELECT 1 FROM pg_roles o WHERE (o.rolsuper OR o.rolbypassrls) AND o.oid <> r.oid
                   AND pg_has_role(session_user, o.oid, 'MEMBER')) AS "canBecomePrivileged",
         EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = session_user) AS "ownsTables"
    FROM pg_roles r WHERE r.rolname = session_user`;

export interface SessionFacts {
  sessionUser: string;
  superuser: boolean;
  bypassRls: boolean;
  canBecomePrivileged: boolean;
  ownsTables: boolean;
}

export function sessionProblem(row: SessionFacts | undefined): string | null {
  if (!row) return 'the session user was not found';
  if (row.superuser) return `the API would log in as the superuser ${row.sessionUser}`;
  if (row.bypassRls) return `the API would log in as ${row.sessionUser}, which bypasses row-level security`;
  if (row.canBecomePrivileged) return `the API's login ${row.sessionUser} may SET ROLE to a superuser or a role that bypasses row-level security`;
  if (row.ownsTables) return `the API's login ${row.sessionUser} owns the tables, and an owner is not held by row-level security`;
  return null;
}
