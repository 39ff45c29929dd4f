import { Client } from 'pg';
import { APP_ROLE } from '../../api/src/db/database';
import type { TestApp } from './test-app';

/** A raw connection as the application role, with the settings a request of `who` would have: what row security allows. */
export async function asAppRole<T>(
  t: TestApp,
  settings: { role: string; municipalityId: number; providerId?: number | null },
  sql: string,
): Promise<T[]> {
  const client = new Client({ connectionString: t.database.url, options: `-c role=${APP_ROLE}` });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('app.role', $1, true), set_config('app.municipality_id', $2, true), set_config('app.provider_id', $3, true)`,
      [settings.role, String(settings.municipalityId), settings.providerId ? String(settings.providerId) : ''],
    );
    const result = await client.query(sql);
    await client.query('COMMIT');
    return result.rows as T[];
  } finally {
    await client.end();
  }
}
