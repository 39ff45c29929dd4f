import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrateUp } from '../../api/src/db/migrate';
import { appLoginUrl } from '../../api/src/db/app-login';

/** A fresh, migrated database per test file on the run's PostgreSQL server (a copy of the run's migrated template); dropped again at the end. */
export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_ADMIN_URL;
  if (!url) throw new Error('TEST_ADMIN_URL is not set: run the tests through jest (its global setup starts PostgreSQL).');
  return url;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The run's migrated template (its name set by the global setup): the first test file to need it migrates it, under a
 * lock, and every file copies it. Copying takes a fraction of a second where migrating takes about two, for each of the
 * run's files. It is built under another name and renamed when complete, so a failed build leaves no half a template.
 */
async function migratedTemplate(): Promise<string> {
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (!template) throw new Error('TEST_TEMPLATE_DATABASE is not set: run the tests through jest (its global setup names it).');
  await admin(async (c) => {
    await c.query("SELECT pg_advisory_lock(hashtext('regiekamer test template'))");
    try {
      const found = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (found.rowCount !== 0) return;
      const building = `${template}_building`;
      await c.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${building}`);
      await migrateUp(withDatabase(adminUrl(), building));
      await c.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    } finally {
      await c.query("SELECT pg_advisory_unlock(hashtext('regiekamer test template'))");
    }
  });
  return template;
}

export async function createTestDatabase(migrate = true): Promise<TestDatabase> {
  const name = `rk_test_${randomBytes(6).toString('hex')}`;
  const template = migrate ? await migratedTemplate() : null;
  await admin((c) => c.query(template === null ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = withDatabase(adminUrl(), name);
  return {
    url,
    name,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** This run's password of the application role's login (set by the global setup). */
export function testAppPassword(): string {
  const password = process.env.TEST_APP_PASSWORD;
  if (!password) throw new Error('TEST_APP_PASSWORD is not set: run the tests through jest (its global setup prepares the login).');
  return password;
}

/** The application role's login on a test database, for API processes started beside the tests: with it they never
 * set the cluster-wide role's password themselves (which would lock out every other test file running at the time). */
export function testAppDatabaseUrl(databaseUrl: string): string {
  return appLoginUrl(databaseUrl, testAppPassword());
}
