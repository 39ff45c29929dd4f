import pg from 'pg';
import type { Viewer } from '../shared/auth/viewer';
import { ServiceUnavailableError } from '../shared/errors/access-errors';
import { installPgTypeParsers } from './pg-types';

export interface Queryable {
  query<T extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(error.message);
}

function translate(error: unknown): unknown {
  return isUnavailable(error) ? new ServiceUnavailableError() : error;
}

/** The application's access to PostgreSQL: plain parameterised SQL over one pool, with statement counting. */
export class Database implements Queryable {
  /** Statements sent since start; tests and the benchmark use it to prove there is no N+1. */
  statements = 0;

  constructor(readonly pool: pg.Pool) {}

  static connect(url: string, options: { poolSize: number; statementTimeoutMs?: number; applicationName?: string }): Database {
    installPgTypeParsers();
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      statement_timeout: options.statementTimeoutMs ?? 15000,
      application_name: options.applicationName ?? 'regiekamer',
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
   * Runs `work` in one transaction with the acting user set for the transaction only (audit and row policies read it).
   * Commits when `work` resolves, unless it resolves to a failed Outcome; rolls back on any error.
   */
  async transaction<T>(actor: Viewer | null, work: (tx: Queryable) => Promise<T>): Promise<T> {
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
      await client.query('BEGIN');
      await client.query(
        `SELECT set_config('app.user_id', $1, true), set_config('app.role', $2, true), set_config('app.provider_id', $3, true), set_config('app.municipality_id', $4, true)`,
        [String(actor?.userId ?? ''), actor?.role ?? '', String(actor?.providerId ?? ''), String(actor?.municipalityId ?? '')],
      );
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

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string };
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
}
