import { Client } from 'pg';
import { appLoginUrl } from '../../api/src/db/app-login';
import type { TestApp } from './test-app';
import { testAppPassword } from './test-db';

/** A raw connection that logs in as the application role, exactly as the API does: what an injected statement gets. */
export function appRoleClient(t: TestApp): Client {
  return new Client({ connectionString: appLoginUrl(t.database.url, testAppPassword()) });
}

/** Raw SQL as the application role, with the settings a request of `who` would have: what row security allows. */
export async function asAppRole<T>(
  t: TestApp,
  settings: { role: string; municipalityId: number; providerId?: number | null; userId?: number | null },
  sql: string,
): Promise<T[]> {
  const client = appRoleClient(t);
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('app.role', $1, true), set_config('app.municipality_id', $2, true), set_config('app.provider_id', $3, true),
              set_config('app.user_id', $4, true)`,
      [settings.role, String(settings.municipalityId), settings.providerId ? String(settings.providerId) : '', settings.userId ? String(settings.userId) : ''],
    );
    const result = await client.query(sql);
    await client.query('COMMIT');
    return result.rows as T[];
  } finally {
    await client.end();
  }
}
