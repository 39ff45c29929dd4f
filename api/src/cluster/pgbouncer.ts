import { chmod, chown, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { accepts, freePort, postgresUser, Service, systemBinary, waitUntil } from './processes';

export interface PgBouncerOptions {
  /** Folder for its ini, user list, log and pid file (made if missing). */
  dir: string;
  /** The PostgreSQL server it pools. */
  serverHost: string;
  serverPort: number;
  /** The databases it serves (each under its own name). */
  databases: string[];
  /** Logins it accepts and passes on to the server with the same password (SCRAM). */
  users: Record<string, string>;
  poolMode?: 'transaction' | 'session';
  /** Server connections per database and user. */
  poolSize?: number;
  port?: number;
}

/**
 * The ini of a PgBouncer in front of one server. node-postgres sends no startup parameters PgBouncer would refuse
 * but `extra_float_digits` in some setups, which is ignored; everything a request needs is set in its transaction.
 */
export function pgbouncerIni(options: Required<Omit<PgBouncerOptions, 'users'>> & { authFile: string }): string {
  const dbs = options.databases.map((db) => `${db} = host=${options.serverHost} port=${options.serverPort} dbname=${db}`);
  return [
    '[databases]',
    ...dbs,
    '',
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${options.port}`,
    `unix_socket_dir = ${options.dir}`,
    'auth_type = scram-sha-256',
    `auth_file = ${options.authFile}`,
    `pool_mode = ${options.poolMode}`,
    `default_pool_size = ${options.poolSize}`,
    'max_client_conn = 1000',
    'ignore_startup_parameters = extra_float_digits',
    `pidfile = ${path.join(options.dir, 'pgbouncer.pid')}`,
    `logfile = ${path.join(options.dir, 'pgbouncer.log')}`,
    'log_connections = 0',
    'log_disconnections = 0',
    '',
  ].join('\n');
}

/** A user list line: `"name" "password"`, quotes doubled. */
const userLine = (name: string, password: string): string => `"${name.replace(/"/g, '""')}" "${password.replace(/"/g, '""')}"`;

export interface PgBouncer {
  readonly port: number;
  readonly service: Service;
  /** A URL through PgBouncer for `user` (from the user list) and `database`. */
  url(user: string, database: string): string;
  stop(): Promise<void>;
}

/** Starts Debian's `pgbouncer` (1.18: no named prepared statements in transaction mode) and waits until it listens. */
export async function startPgBouncer(options: PgBouncerOptions): Promise<PgBouncer> {
  const port = options.port ?? (await freePort());
  await mkdir(options.dir, { recursive: true });
  const authFile = path.join(options.dir, 'userlist.txt');
  const ini = path.join(options.dir, 'pgbouncer.ini');
  await writeFile(authFile, Object.entries(options.users).map(([n, p]) => userLine(n, p)).join('\n') + '\n', { mode: 0o600 });
  await writeFile(
    ini,
    pgbouncerIni({
      dir: options.dir,
      serverHost: options.serverHost,
      serverPort: options.serverPort,
      databases: options.databases,
      poolMode: options.poolMode ?? 'transaction',
      poolSize: options.poolSize ?? 20,
      port,
      authFile,
    }),
  );
  const user = postgresUser();
  if (user) {
    for (const file of [options.dir, authFile, ini]) await chown(file, user.uid, user.gid);
    await chmod(options.dir, 0o755);
  }
  const service = Service.spawn('pgbouncer', systemBinary('pgbouncer'), [ini], { ...(user ?? {}) });
  service.proc.once('error', () => undefined);
  await waitUntil('PgBouncer listening', async () => {
    if (!service.running) throw new Error(`pgbouncer exited at start:\n${service.output}`);
    return accepts(port);
  }, 20000, () => service.output);
  return {
    port,
    service,
    url: (name, database) => `postgres://${encodeURIComponent(name)}:${encodeURIComponent(options.users[name] ?? '')}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      // SIGTERM: PgBouncer 1.18's immediate shutdown (SIGINT waits for every client to leave).
      await service.stop('SIGTERM', 10000);
    },
  };
}
