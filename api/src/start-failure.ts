import path from 'node:path';
import { inspect } from 'node:util';
import type { Config } from './config';

/**
 * Why the process could not start, and what the operator can do about it: every start failure ends in one of these,
 * printed as two lines instead of a stack trace (or, as it was after a crash, the word "undefined").
 */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly remedy: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

/** Where in the start an error came from: the same error code means something else per step. */
export type StartStage = 'data-dir' | 'embedded-postgres' | 'database' | 'app-database' | 'listen' | 'start';

export class StartStageError extends Error {
  constructor(
    readonly stage: StartStage,
    readonly error: unknown,
  ) {
    super(`start failed at ${stage}`);
    this.name = 'StartStageError';
  }
}

/** Runs one step of the start, marking its errors with the step. */
export function startStep<T>(stage: StartStage, work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    throw error instanceof StartupError || error instanceof StartStageError ? error : new StartStageError(stage, error);
  });
}

type Facts = Pick<Config, 'port' | 'host' | 'dataDir' | 'embeddedPostgresPort' | 'databaseUrl' | 'appDatabaseUrl'>;

/** A connection URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(not a valid URL)';
  }
}

function target(url: string | null): { host: string; port: string; user: string; database: string } {
  try {
    const u = new URL(url ?? '');
    return {
      host: u.hostname || 'localhost',
      port: u.port || '5432',
      user: decodeURIComponent(u.username) || '(the current user)',
      database: decodeURIComponent(u.pathname.replace(/^\//, '')) || '(the user name)',
    };
  } catch {
    return { host: '?', port: '?', user: '?', database: '?' };
  }
}

/** An error's message as part of a sentence (without its final full stop). */
const clause = (message: string): string => message.trim().replace(/\.+$/, '');

interface ErrorShape {
  code?: string;
  message: string;
  syscall?: string;
  path?: string;
}

/** The error itself, or the first error in its cause chain that carries a code. */
function shapeOf(error: unknown): ErrorShape {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const e = current as { code?: unknown; message?: unknown; syscall?: unknown; path?: unknown; cause?: unknown; errors?: unknown };
    if (typeof e.code === 'string') {
      return {
        code: e.code,
        message: typeof e.message === 'string' ? e.message : '',
        syscall: typeof e.syscall === 'string' ? e.syscall : undefined,
        path: typeof e.path === 'string' ? e.path : undefined,
      };
    }
    current = e.cause ?? (Array.isArray(e.errors) ? e.errors[0] : undefined);
  }
  if (error instanceof Error) return { message: error.message };
  if (error === undefined) return { message: 'no reason given' };
  // Something thrown that is not an Error: its text, or its contents rather than "[object Object]".
  return { message: typeof error === 'string' ? error : inspect(error) };
}

const FILE_PROBLEMS: Record<string, string> = {
  EACCES: 'this user may not write there',
  EPERM: 'this user may not write there',
  EROFS: 'it is on a read-only file system',
  ENOTDIR: 'part of its path is a file, not a folder',
  EEXIST: 'a file with that name is in the way',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
};

function dataDirFailure(facts: Facts, e: ErrorShape): StartupError | null {
  const problem = e.code ? FILE_PROBLEMS[e.code] : undefined;
  if (!problem || e.syscall === 'listen' || e.syscall === 'connect') return null;
  const where = e.path && e.path !== facts.dataDir ? ` (${e.path})` : '';
  return new StartupError(
    `DATA_DIR ${facts.dataDir} cannot be used: ${problem}${where}.`,
    e.code === 'ENOSPC' || e.code === 'EDQUOT'
      ? 'Free disk space, or set DATA_DIR to a folder on another disk.'
      : 'Set DATA_DIR to a folder this user may create and write, or fix the permissions of this one.',
  );
}

function databaseFailure(stage: 'database' | 'app-database', facts: Facts, e: ErrorShape): StartupError | null {
  const embedded = facts.databaseUrl === null;
  const name = stage === 'app-database' && facts.appDatabaseUrl ? 'APP_DATABASE_URL' : 'DATABASE_URL';
  const url = name === 'APP_DATABASE_URL' ? facts.appDatabaseUrl : facts.databaseUrl;
  const t = target(url);
  const where = embedded ? `the embedded PostgreSQL (port ${facts.embeddedPostgresPort})` : `${name} (${redactUrl(url ?? '')})`;
  const fix = embedded ? 'Start again; if it happens again, see the log lines above.' : `Correct ${name}, or start that PostgreSQL.`;
  switch (e.code) {
    case 'ECONNREFUSED':
      return new StartupError(
        `Nothing answers at ${t.host}:${t.port}, the server of ${where}.`,
        `Start PostgreSQL there, or correct the host and port in ${name}.`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(`The host name ${t.host} of ${name} is not known.`, `Correct the host in ${name}.`);
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new StartupError(
        `${t.host}:${t.port}, the server of ${where}, cannot be reached (${e.code}).`,
        `Check the network and firewall, and the host and port in ${name}.`,
      );
    case '28P01':
    case '28000':
      return embedded
        ? new StartupError(
            `The embedded PostgreSQL refused the password in ${path.join(facts.dataDir, 'secrets.json')}.`,
            'That file and DATA_DIR/pg belong together: put back the secrets.json of this data folder (from its backup), or use a new DATA_DIR.',
          )
        : new StartupError(
            `PostgreSQL refused user ${t.user} of ${where}: ${clause(e.message)}.`,
            `Correct the user and password in ${name}, or allow this client in the server's pg_hba.conf.`,
          );
    case '3D000':
      return new StartupError(
        `Database ${t.database} does not exist on ${t.host}:${t.port}.`,
        `Create it (createdb ${t.database}) or correct the database name in ${name}.`,
      );
    case '42501':
      return new StartupError(
        `The user of ${name} may not do what the start needs: ${clause(e.message)}.`,
        stage === 'database'
          ? `Migrations run as the owner of the database: give ${name} the owner's user.`
          : `Grant the application role its rights (the migrations do), or correct ${name}.`,
      );
    case '57P03':
      return new StartupError(`PostgreSQL of ${where} is starting up or shutting down.`, 'Start again in a moment.');
    case '53300':
      return new StartupError(
        `PostgreSQL of ${where} has no free connection (too many clients).`,
        'Close other clients or raise max_connections, then start again.',
      );
  }
  if (/does not support SSL|SSL/i.test(e.message) && !embedded) {
    return new StartupError(
      `The SSL settings of ${name} do not match the server: ${clause(e.message)}.`,
      `Set sslmode in ${name} to what the server offers.`,
    );
  }
  if (/timeout/i.test(e.message)) {
    return new StartupError(
      `${where} did not answer in time.`,
      `Check that PostgreSQL runs and is not overloaded, and the host and port in ${name}.`,
    );
  }
  if (stage === 'database' && e.code !== undefined && /^[0-9A-Z]{5}$/.test(e.code)) {
    return new StartupError(
      `Migrating the database of ${where} failed: ${clause(e.message)} (SQLSTATE ${e.code}).`,
      `Each migration runs in its own transaction, so the failed one left nothing behind: fix the cause and start again. ${fix}`,
    );
  }
  return null;
}

function listenFailure(facts: Facts, e: ErrorShape): StartupError | null {
  switch (e.code) {
    case 'EADDRINUSE':
      return new StartupError(
        `PORT ${facts.port} on ${facts.host} is in use by another program (another Regiekamer?).`,
        'Stop that program, or set PORT to a free port.',
      );
    case 'EACCES':
    case 'EPERM':
      return new StartupError(
        `This user may not listen on PORT ${facts.port}.`,
        'Set PORT to 1024 or higher (or grant the privilege to bind low ports).',
      );
    case 'EADDRNOTAVAIL':
      return new StartupError(
        `HOST ${facts.host} is not an address of this machine.`,
        'Set HOST to 127.0.0.1, to 0.0.0.0 (all addresses), or to one of its addresses.',
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(`HOST ${facts.host} is not a known host name.`, 'Set HOST to an IP address of this machine, such as 127.0.0.1.');
  }
  return null;
}

/** The two lines printed when the start fails: what went wrong, and what to do. */
export function explainStartFailure(error: unknown, facts: Facts | null): StartupError {
  if (error instanceof StartupError) return error;
  const stage = error instanceof StartStageError ? error.stage : 'start';
  const cause = error instanceof StartStageError ? error.error : error;
  if (cause instanceof StartupError) return cause;
  const e = shapeOf(cause);
  if (facts) {
    const known =
      // Starting the app also logs in as the application role (APP_DATABASE_URL, or the owner's URL with its password).
      (stage === 'listen' ? (listenFailure(facts, e) ?? databaseFailure('app-database', facts, e)) : null) ??
      dataDirFailure(facts, e) ??
      (stage === 'database' || stage === 'app-database' ? databaseFailure(stage, facts, e) : null);
    if (known) return known;
  }
  return new StartupError(
    `Unexpected error while starting${stage === 'start' ? '' : ` (${stage})`}: ${e.code ? `${e.code} ` : ''}${clause(e.message)}.`,
    'See the log lines above; if the cause is not clear from them, report this message.',
  );
}

export function formatStartFailure(failure: StartupError): string {
  return `Regiekamer could not start: ${failure.message}\nWhat to do: ${failure.remedy}\n`;
}
