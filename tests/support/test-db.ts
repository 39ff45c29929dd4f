import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrateUp } from '../../api/src/db/migrate';
import { appLoginUrl } from '../../api/src/db/app-login';

/** A fresh, migrated database per test file on the run's PostgreSQL server; dropped again at the end. */
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

export async function createTestDatabase(migrate = true): Promise<TestDatabase> {
  const name = `rk_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(adminUrl(), name);
  if (migrate) await migrateUp(url);
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
