import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './processes';

/** Debian's pgbouncer (apt-get install pgbouncer; .ci/run installs it). */
const PGBOUNCER_PATHS = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'];

export function pgbouncerBinary(): string | null {
  return PGBOUNCER_PATHS.find((p) => existsSync(p)) ?? null;
}

export interface PgBouncer {
  readonly port: number;
  /** A URL through the pooler for `user` (one of the logins given) to the database `name` was given as. */
  url(database: string, user: string): string;
  /** The pooler's log, for a failing test's message. */
  log(): Promise<string>;
  stop(): Promise<void>;
}

export interface PgBouncerOptions {
  /** The PostgreSQL server behind it. */
  host: string;
  port: number;
  /** Database names served (each under its own name). */
  databases: readonly string[];
  /** Logins and their passwords, as PgBouncer passes them on to the server. */
  users: Readonly<Record<string, string>>;
  poolMode?: 'transaction' | 'session' | 'statement';
  defaultPoolSize?: number;
}

const quoted = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/** The uid and gid of the postgres user: PgBouncer refuses to run as root. */
function unprivilegedUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts PgBouncer on a free port with a temporary ini and userlist (plain passwords: it logs in to the server with
 * them, SCRAM included). The startup parameters node-postgres sends that PgBouncer does not know are ignored, so the
 * API's settings must not depend on them (they are set per transaction; see request-db.ts).
 */
export async function startPgBouncer(options: PgBouncerOptions): Promise<PgBouncer> {
  const binary = pgbouncerBinary();
  if (binary === null) throw new Error('pgbouncer is not installed (apt-get install -y --no-install-recommends pgbouncer)');
  const dir = await mkdtemp(path.join(tmpdir(), 'rk-pgbouncer-'));
  const port = await freePort();
  const ini = path.join(dir, 'pgbouncer.ini');
  const logFile = path.join(dir, 'pgbouncer.log');
  await writeFile(
    path.join(dir, 'userlist.txt'),
    Object.entries(options.users)
      .map(([user, password]) => `${quoted(user)} ${quoted(password)}`)
      .join('\n') + '\n',
  );
  await writeFile(
    ini,
    [
      '[databases]',
      ...options.databases.map((d) => `${d} = host=${options.host} port=${String(options.port)} dbname=${d}`),
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${String(port)}`,
      'unix_socket_dir =',
      'auth_type = plain',
      `auth_file = ${path.join(dir, 'userlist.txt')}`,
      `pool_mode = ${options.poolMode ?? 'transaction'}`,
      `default_pool_size = ${String(options.defaultPoolSize ?? 1)}`,
      'max_client_conn = 200',
      'ignore_startup_parameters = extra_float_digits, options, statement_timeout',
      `logfile = ${logFile}`,
      `pidfile = ${path.join(dir, 'pgbouncer.pid')}`,
      '',
    ].join('\n'),
  );
  const user = unprivilegedUser();
  if (user) {
    for (const file of ['', 'pgbouncer.ini', 'userlist.txt']) await chown(path.join(dir, file), user.uid, user.gid);
  }
  const child: ChildProcess = spawn(binary, [ini], { stdio: 'ignore', ...(user ?? {}) });
  const state = { exited: false };
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exit.then(() => {
    state.exited = true;
  });
  const log = (): Promise<string> => readFile(logFile, 'utf8').catch(() => '');
  const stop = async (): Promise<void> => {
    if (!state.exited) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(killer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10000;
  while (!(await accepts(port))) {
    if (state.exited || Date.now() > deadline) {
      const text = await log();
      await stop();
      throw new Error(`pgbouncer did not start: ${text}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    url: (database, login) =>
      `postgres://${encodeURIComponent(login)}:${encodeURIComponent(options.users[login] ?? '')}@127.0.0.1:${String(port)}/${database}`,
    log,
    stop,
  };
}
