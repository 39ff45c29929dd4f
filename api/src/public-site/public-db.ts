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
 * BEGIN and the public pages' settings, local to the transaction: behind a pooler in transaction mode a connection's
 * startup options are not passed on and the server connection serves other clients next. `actAs`: the role taken on
 * when the URL is the application's login rather than the public role's own. The views carry the tables' names, so
 * that the podium's statements read them unchanged with search_path published.
 */
export function publicBeginSql(actAs: boolean, statementTimeoutMs: number): string {
  return (
    `BEGIN;${actAs ? ` SET LOCAL ROLE ${PUBLIC_ROLE};` : ''} SELECT set_config('search_path', 'published', true), ` +
    `set_config('statement_timeout', '${String(Math.trunc(statementTimeoutMs))}', true), set_config('random_page_cost', '1.1', true)`
  );
}

/**
 * The public pages' own small pool, apart from the API's: a flood of anonymous readers waits for these connections,
 * never for the ones signed-in users are served from. Each statement runs in a transaction of its own that sets the
 * role and settings first (see publicBeginSql); the role writes nothing but through app_opgave_submit.
 */
export class PublicDb implements Queryable {
  private readonly pool: pg.Pool;
  private readonly begin: string;

  constructor(url: string, options: { poolSize: number; statementTimeoutMs: number; actAs: boolean }) {
    installPgTypeParsers();
    this.begin = publicBeginSql(options.actAs, options.statementTimeoutMs);
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize,
      application_name: 'regiekamer public pages',
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
    });
    this.pool.on('error', () => undefined);
  }

  async query<T extends object = Record<string, unknown>>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query(this.begin);
      const result = await client.query<T>(text, [...params]);
      await client.query('COMMIT');
      return result.rows;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

/**
 * The public pages' reads with a standby: each statement goes to the standby's public pool while the standby is up and
 * keeps up (see ReadRouter.anonymousReadsOnStandby), else to the primary's. Only reads: the form's submission writes,
 * and is sent to the primary's pool itself.
 */
export class PublicReads implements Queryable {
  constructor(
    private readonly primary: Queryable,
    private readonly standby: Queryable,
    private readonly onStandby: () => boolean,
  ) {}

  query<T extends object = Record<string, unknown>>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return (this.onStandby() ? this.standby : this.primary).query<T>(text, params);
  }
}
