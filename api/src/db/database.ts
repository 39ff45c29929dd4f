import pg from 'pg';
import { ServiceUnavailableError } from '../shared/errors/access-errors';
import { InputError } from '../shared/errors/input-error';
import { DEFAULT_HANG_WATCH, HangWatch } from './hang-watch';
import { installPgTypeParsers } from './pg-types';
import { ProbeConnection } from './probe';
import { beginSql, localSettingsSql, RequestDb, type Actor } from './request-db';
import { takeDeferredCommit } from './deferred-commit';
import { isDatabaseUnavailable } from './unavailable';
import { countStatementTimeout } from '../observability/metrics';

/** The role the API acts as: neither owner nor superuser, so that row-level security applies (see the migrations). */
export const APP_ROLE = 'regiekamer_app';

export interface Queryable {
  query<T extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

/**
 * A write's transaction. `queryLast` is for its last statement: the request's transaction may send the COMMIT with it,
 * in one round trip. What the work decides after it (a failed Outcome) rolls nothing back, so it must be a statement
 * whose result, whatever it is, may stand; a statement sent after it runs in a transaction of its own.
 */
export interface WriteTx extends Queryable {
  queryLast<T extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

/** `tx` with no statement that ends it: for work that more statements of the same transaction follow. */
export function notLast(tx: Queryable): WriteTx {
  return {
    query: <T extends object>(text: string, params?: readonly unknown[]) => tx.query<T>(text, params),
    queryLast: <T extends object>(text: string, params?: readonly unknown[]) => tx.query<T>(text, params),
  };
}

export function translate(error: unknown): unknown {
  if (error instanceof ServiceUnavailableError) return error;
  // statement_timeout (see the per-role timeouts of heavy operations in shared/graphql/cost.ts).
  if ((error as { code?: unknown } | null)?.code === '57014') {
    countStatementTimeout();
    return new ServiceUnavailableError('The query took too long and was stopped; ask for less (a shorter period, smaller pages) or try again later.');
  }
  if (isDatabaseUnavailable(error)) return new ServiceUnavailableError();
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
  /** Round trips of requests' statements (RequestDb): statements sent together, pipelined, count once. */
  roundTrips = 0;
  private readonly hangWatch: HangWatch;
  /** When this pool is a standby's: the primary, where its requests write (see RequestDb's writer). */
  private primary: Database | null = null;

  /**
   * `probe`: a connection of its own, for readiness and for telling a hung database from a slow statement.
   * `options`: whether statements are prepared by name, the statement timeout every transaction sets for itself, and
   * whether writes note their WAL position (read-your-writes with a standby).
   */
  constructor(
    readonly pool: pg.Pool,
    private readonly probe: ProbeConnection,
    private readonly options: { prepare: boolean; statementTimeoutMs: number; trackWrites: boolean } = { prepare: true, statementTimeoutMs: 15000, trackWrites: false },
  ) {
    this.hangWatch = new HangWatch((timeoutMs) => probe.selectOne(timeoutMs), DEFAULT_HANG_WATCH);
  }

  /**
   * `actAs`: the role every connection takes on at start, for when the URL is the owner's;
   * null when the URL already logs in as the application role, or for maintenance as the owner.
   */
  static connect(
    url: string,
    options: {
      poolSize: number;
      statementTimeoutMs?: number;
      applicationName?: string;
      actAs?: string | null;
      preparedStatements?: boolean;
      trackWrites?: boolean;
    },
  ): Database {
    installPgTypeParsers();
    const clientConfig = {
      connectionString: url,
      statement_timeout: options.statementTimeoutMs ?? 15000,
      application_name: options.applicationName ?? 'regiekamer',
      // The role is set at connection start (RESET ROLE returns to it, not to the owner). Statements are prepared once per
      // connection and PostgreSQL reuses their plans: planning again on every call (row security included) was most of
      // the database's CPU for a small query. Statements whose best plan depends on the values are marked plannedPerCall.
      options: connectionOptions(options.actAs ?? null),
      // A statement asked for while another is on its way is sent at once rather than after its answer, each with a
      // Sync of its own (node-postgres's pipelining): a write's last statement and its COMMIT travel together.
      pipeline: true,
    };
    const pool = new pg.Pool({
      ...clientConfig,
      max: options.poolSize,
      // Waiting for a free connection and opening a new one; a database that accepts but does not answer is found
      // sooner by the hang watch.
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
    });
    // A dropped idle connection must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    return new Database(pool, new ProbeConnection(clientConfig), {
      prepare: options.preparedStatements ?? true,
      statementTimeoutMs: clientConfig.statement_timeout,
      trackWrites: options.trackWrites ?? false,
    });
  }

  /**
   * A connection from the pool; given up with SERVICE_UNAVAILABLE if the database stops answering meanwhile.
   * `settle`: a connection that comes back with a read-only transaction still open (see deferred-commit.ts) gets its
   * COMMIT queued before anything the caller sends; RequestDb settles it itself, at the front of its first message.
   */
  private async acquire(settle = true): Promise<pg.PoolClient> {
    // A connection that arrives after the wait was given up goes straight back, and is not reused.
    const client = await this.hangWatch.watch(
      this.pool.connect(),
      (late) =>
        void late.then(
          (c) => c.release(true),
          () => undefined,
        ),
    );
    // node-postgres sends a connection's statements in the order asked: this COMMIT goes before the caller's first.
    if (settle && takeDeferredCommit(client)) client.query('COMMIT').catch(() => undefined);
    return client;
  }

  /** One statement on `client`; if the database stops answering, the connection is destroyed (it is not reusable). */
  private run(client: pg.PoolClient, query: pg.QueryConfig): Promise<pg.QueryResult> {
    return this.hangWatch.watch(client.query(query), (late) => {
      late.catch(() => undefined);
    });
  }

  async query<T extends object = Record<string, unknown>>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    this.statements++;
    let client: pg.PoolClient;
    try {
      client = await this.acquire();
    } catch (error) {
      throw translate(error);
    }
    let broken = false;
    // The server may end the connection while it is out of the pool (pg-pool listens only while it is idle).
    const onError = (): void => {
      broken = true;
    };
    client.on('error', onError);
    try {
      const result = await this.run(client, { text, values: params as unknown[] });
      return result.rows as T[];
    } catch (error) {
      const translated = translate(error);
      broken ||= translated instanceof ServiceUnavailableError;
      throw translated;
    } finally {
      client.off('error', onError);
      client.release(broken);
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
      client = await this.acquire();
    } catch (error) {
      throw translate(error);
    }
    const tx: Queryable = {
      query: async <R extends object>(text: string, params: readonly unknown[] = []) => {
        this.statements++;
        const result = await this.run(client, { text, values: params as unknown[] });
        return result.rows as R[];
      },
    };
    let broken = false;
    const onError = (): void => {
      broken = true;
    };
    client.on('error', onError);
    try {
      await this.run(client, { text: beginSql(actor, false, localSettingsSql(this.options.statementTimeoutMs)) });
      const result = await work(tx);
      const failed = typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false;
      await this.run(client, { text: failed ? 'ROLLBACK' : 'COMMIT' });
      return result;
    } catch (error) {
      const translated = translate(error);
      broken ||= translated instanceof ServiceUnavailableError;
      // A connection that is gone or hangs is destroyed below, which rolls back on the server.
      if (!broken) await client.query('ROLLBACK').catch(() => undefined);
      throw translated;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  /** Marks this pool as a standby of `primary`: its requests write there. */
  standbyOf(primary: Database): this {
    this.primary = primary;
    return this;
  }

  /** The connection of one request (see RequestDb; `readOnly`: the request only reads). */
  forRequest(actor: Actor, readOnly = false): RequestDb {
    return new RequestDb(
      {
        connect: () => this.acquire(false),
        prepare: this.options.prepare,
        localSettings: localSettingsSql(this.options.statementTimeoutMs),
        trackWrites: this.options.trackWrites,
        writer: this.primary === null ? null : (a) => (this.primary as Database).forRequest(a),
        count: () => {
          this.statements++;
        },
        roundTrip: () => {
          this.roundTrips++;
        },
        translate,
        watch: (work) => this.hangWatch.watch(work, (late) => void late.catch(() => undefined)),
      },
      actor,
      readOnly,
    );
  }

  /** For /readyz: whether the database answers within half a second (see HangWatch.ready), however busy the pool is. */
  ping(): Promise<boolean> {
    return this.hangWatch.ready();
  }

  /** At start: connects and asks `SELECT 1`, throwing the driver's own error (for a message that says what is wrong). */
  verify(timeoutMs = 10000): Promise<void> {
    return this.probe.selectOne(timeoutMs);
  }

  async end(): Promise<void> {
    this.hangWatch.stop();
    this.probe.close();
    await this.pool.end();
  }
}

function roleName(role: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error('invalid role name');
  return role;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string } | null | undefined;
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
}
