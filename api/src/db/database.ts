import pg from 'pg';
import { ServiceUnavailableError } from '../shared/errors/access-errors';
import { InputError } from '../shared/errors/input-error';
import { installPgTypeParsers } from './pg-types';
import { beginSql, RequestDb, type Actor } from './request-db';

/** The role the API acts as: neither owner nor superuser, so that row-level security applies (see the migrations). */
export const APP_ROLE = 'regiekamer_app';

export interface Queryable {
  query<T extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

// Duck-typed, not instanceof Error: socket errors may come from another realm (as under jest).
function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  return (
    typeof message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message)
  );
}

export function translate(error: unknown): unknown {
  if (isUnavailable(error)) return new ServiceUnavailableError();
  // statement_timeout (see the per-role timeouts of heavy operations in shared/graphql/cost.ts).
  if ((error as { code?: unknown } | null)?.code === '57014') {
    return new ServiceUnavailableError('The query took too long and was stopped; ask for less (a shorter period, smaller pages) or try again later.');
  }
  const code = (error as { code?: unknown } | null)?.code;
  // Text PostgreSQL cannot store (NUL) is the caller's input, not a server fault.
  if (code === '22021' || code === '22P05') return new InputError('Text contains a character that cannot be stored (such as NUL).', 'input');
  return error;
}

/**
 * Settings every connection starts with. random_page_cost: PostgreSQL's default (4) prices a random read as if from a
 * spinning disk, so for "the first N of each provider" it walked the primary key and filtered about 90 rows per
 * provider instead of reading N from (provider_id, id); at 100x data that cost a nested page 35-65% more database
 * time. This data is read from memory or SSD, where 1.1 is the usual figure.
 */
function connectionOptions(actAs: string | null): string {
  const role = actAs ? [`-c role=${roleName(actAs)}`] : [];
  return [...role, '-c random_page_cost=1.1'].join(' ');
}

/** The application's access to PostgreSQL: plain parameterised SQL over one pool, with statement counting. */
export class Database implements Queryable {
  /** Statements sent since start; tests and the benchmark use it to prove there is no N+1. */
  statements = 0;

  constructor(readonly pool: pg.Pool) {}

  /**
   * `actAs`: the role every connection takes on at start, for when the URL is the owner's;
   * null when the URL already logs in as the application role, or for maintenance as the owner.
   */
  static connect(url: string, options: { poolSize: number; statementTimeoutMs?: number; applicationName?: string; actAs?: string | null }): Database {
    installPgTypeParsers();
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      statement_timeout: options.statementTimeoutMs ?? 15000,
      application_name: options.applicationName ?? 'regiekamer',
      // The role is set at connection start (RESET ROLE returns to it, not to the owner). Statements are prepared once per
      // connection and PostgreSQL reuses their plans: planning again on every call (row security included) was most of
      // the database's CPU for a small query. Statements whose best plan depends on the values are marked plannedPerCall.
      options: connectionOptions(options.actAs ?? null),
    });
    // A dropped idle connection must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    return new Database(pool);
  }

  async query<T extends object = Record<string, unknown>>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    this.statements++;
    try {
      const result = await this.pool.query(text, params as unknown[]);
      return result.rows as T[];
    } catch (error) {
      throw translate(error);
    }
  }

  /**
   * Runs `work` in one transaction with the actor set for the transaction only (audit and row policies read it);
   * for work outside a request, such as seeding.
   * Commits when `work` resolves, unless it resolves to a failed Outcome; rolls back on any error.
   */
  async transaction<T>(actor: Actor, work: (tx: Queryable) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw translate(error);
    }
    const tx: Queryable = {
      query: async <R extends object>(text: string, params: readonly unknown[] = []) => {
        this.statements++;
        const result = await client.query(text, params as unknown[]);
        return result.rows as R[];
      },
    };
    try {
      await client.query(beginSql(actor, false));
      const result = await work(tx);
      const failed = typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false;
      await client.query(failed ? 'ROLLBACK' : 'COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw translate(error);
    } finally {
      client.release();
    }
  }

  /** The connection of one request (see RequestDb). */
  forRequest(actor: Actor): RequestDb {
    return new RequestDb(
      {
        connect: () => this.pool.connect(),
        count: () => {
          this.statements++;
        },
        translate,
      },
      actor,
    );
  }

  async ping(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

function roleName(role: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error('invalid role name');
  return role;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string };
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
}
