import { createHmac } from 'node:crypto';
import pg from 'pg';
import type { Queryable } from '../db/database';
import { installPgTypeParsers } from '../db/pg-types';

/** The role the public pages read with: it sees only the views of schema `published` (see the PublicPages migration). */
export const PUBLIC_ROLE = 'regiekamer_public';

/** Its login's password, derived from the application role's (generated or derived itself), so every process agrees. */
export function derivedPublicPassword(appPassword: string): string {
  return createHmac('sha256', appPassword).update(`${PUBLIC_ROLE} login`).digest('base64url');
}

/**
 * The public pages' own small pool, apart from the API's: a flood of anonymous readers waits for these connections,
 * never for the ones signed-in users are served from. `actAs`: the role taken on at connection start, when the URL is
 * the application's login rather than the public role's own.
 */
export class PublicDb implements Queryable {
  private readonly pool: pg.Pool;

  constructor(url: string, options: { poolSize: number; statementTimeoutMs: number; actAs: boolean }) {
    installPgTypeParsers();
    const role = options.actAs ? [`-c role=${PUBLIC_ROLE}`] : [];
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize,
      statement_timeout: options.statementTimeoutMs,
      application_name: 'regiekamer public pages',
      // The views carry the tables' names, so that the podium's statements read them unchanged.
      options: [...role, '-c search_path=published', '-c random_page_cost=1.1'].join(' '),
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
    });
    this.pool.on('error', () => undefined);
  }

  async query<T extends object = Record<string, unknown>>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.pool.query<T>(text, [...params])).rows;
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
