import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postgresUser } from '../db/postgres-server';
import { accepts, freePort, Service, systemBinary, waitUntil } from './processes';

/**
 * Debian's PgBouncer (1.18: no named prepared statements in transaction mode) in front of one PostgreSQL server, for
 * `npm run cluster` and the tests (tests/support/pgbouncer.ts is this).
 */

export interface PgBouncerOptions {
  /** The PostgreSQL server behind it. */
  host: string;
  port: number;
  /** Database names served (each under its own name). */
  databases: readonly string[];
  /** Logins and their passwords, as PgBouncer passes them on to the server. */
  users: Readonly<Record<string, string>>;
  poolMode?: 'transaction' | 'session' | 'statement';
  /** Server connections per database and login (1). */
  defaultPoolSize?: number;
  /** Folder for its ini, user list, log and pid file; a temporary one (removed by stop) when not given. */
  dir?: string;
}

export interface PgBouncer {
  readonly port: number;
  /** A URL through the pooler for `user` (one of the logins given) to the database `name` was given as. */
  url(database: string, user: string): string;
  /** The pooler's log, for a failing test's message. */
  log(): Promise<string>;
  stop(): Promise<void>;
}

/** The pgbouncer program, or null when it is not installed. */
export function pgbouncerBinary(): string | null {
  try {
    return systemBinary('pgbouncer');
  } catch {
    return null;
  }
}

const quoted = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/**
 * The ini. Plain passwords in the user list: PgBouncer logs in to the server with them, SCRAM included. The startup
 * parameters node-postgres sends that PgBouncer does not know are ignored, so the API's settings must not depend on
 * them (they are set per transaction; see request-db.ts).
 */
export function pgbouncerIni(o: { dir: string; port: number; host: string; serverPort: number; databases: readonly string[]; poolMode: string; poolSize: number }): string {
  return [
    '[databases]',
    ...o.databases.map((d) => `${d} = host=${o.host} port=${String(o.serverPort)} dbname=${d}`),
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${String(o.port)}`,
    'unix_socket_dir =',
    'auth_type = plain',
    `auth_file = ${path.join(o.dir, 'userlist.txt')}`,
    `pool_mode = ${o.poolMode}`,
    `default_pool_size = ${String(o.poolSize)}`,
    'max_client_conn = 1000',
    'ignore_startup_parameters = extra_float_digits, options, statement_timeout',
    `logfile = ${path.join(o.dir, 'pgbouncer.log')}`,
    `pidfile = ${path.join(o.dir, 'pgbouncer.pid')}`,
    '',
  ].join('\n');
}

/** Starts PgBouncer on a free port and waits until it listens. */
export async function startPgBouncer(options: PgBouncerOptions): Promise<PgBouncer> {
  const binary = pgbouncerBinary();
  if (binary === null) throw new Error('pgbouncer is not installed (apt-get install -y --no-install-recommends pgbouncer)');
  const ownDir = options.dir === undefined;
  const dir = options.dir ?? (await mkdtemp(path.join(tmpdir(), 'rk-pgbouncer-')));
  await mkdir(dir, { recursive: true });
  const port = await freePort();
  const ini = path.join(dir, 'pgbouncer.ini');
  await writeFile(path.join(dir, 'userlist.txt'), Object.entries(options.users).map(([u, p]) => `${quoted(u)} ${quoted(p)}`).join('\n') + '\n');
  await writeFile(
    ini,
    pgbouncerIni({
      dir,
      port,
      host: options.host,
      serverPort: options.port,
      databases: options.databases,
      poolMode: options.poolMode ?? 'transaction',
      poolSize: options.defaultPoolSize ?? 1,
    }),
  );
  // PgBouncer refuses to run as root.
  const user = postgresUser();
  if (user) {
    for (const file of ['', 'pgbouncer.ini', 'userlist.txt']) await chown(path.join(dir, file), user.uid, user.gid);
  }
  const service = Service.spawn('pgbouncer', binary, [ini], { ...(user ?? {}) });
  service.proc.once('error', () => undefined);
  const log = (): Promise<string> => readFile(path.join(dir, 'pgbouncer.log'), 'utf8').catch(() => '');
  const stop = async (): Promise<void> => {
    // SIGTERM: PgBouncer 1.18's immediate shutdown (SIGINT waits for every client to leave).
    await service.stop('SIGTERM', 5000);
    if (ownDir) await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntil(
      'pgbouncer listening',
      async () => {
        if (!service.running) throw new Error(`pgbouncer did not start: ${service.output}${await log()}`);
        return accepts(port);
      },
      10000,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    port,
    url: (database, login) =>
      `postgres://${encodeURIComponent(login)}:${encodeURIComponent(options.users[login] ?? '')}@127.0.0.1:${String(port)}/${database}`,
    log,
    stop,
  };
}
