import type pg from 'pg';
import type { Queryable } from './database';

/** Who acts, as the database sees it: row policies and the audit trigger read these settings. */
export interface Actor {
  userId: number | null;
  role: string;
  providerId: number | null;
  municipalityId: number | null;
  requestId: string | null;
}

interface Pool {
  connect(): Promise<pg.PoolClient>;
  count(): void;
  translate(error: unknown): unknown;
}

export interface AuthenticatedUser {
  id: number;
  email: string;
  name: string;
  role: string;
  municipalityId: number;
  providerId: number | null;
}

const literal = (value: string | number | null): string => (value === null ? "''" : `'${String(value).replace(/'/g, "''")}'`);

/** BEGIN and the actor's settings in one round trip; values are ids, a role name and a checked request id. */
export function beginSql(actor: Actor, readOnly: boolean): string {
  return (
    `BEGIN${readOnly ? ' READ ONLY' : ''}; SELECT set_config('app.user_id', ${literal(actor.userId)}, true), ` +
    `set_config('app.role', ${literal(actor.role)}, true), set_config('app.provider_id', ${literal(actor.providerId)}, true), ` +
    `set_config('app.municipality_id', ${literal(actor.municipalityId)}, true), set_config('app.request_id', ${literal(actor.requestId)}, true)`
  );
}

/**
 * One request, one connection: reads run in one transaction with the actor's settings, so row-level security
 * sees who asks; writes run in their own transaction on the same connection. Opened on first use, finished once.
 */
export class RequestDb implements Queryable {
  private client: pg.PoolClient | null = null;
  private opening: Promise<pg.PoolClient> | null = null;
  private inTransaction = false;
  private finished = false;
  private broken = false;
  private readonly arrangementReads = new Set<number>();
  /** Loaders ask in parallel; one connection answers one statement at a time, in order of asking. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pool: Pool,
    private currentActor: Actor,
  ) {}

  get actor(): Actor {
    return this.currentActor;
  }

  /**
   * Opens the request's transaction as the token's user: finds the user and sets the settings in the same round trip
   * as BEGIN. Null when the user no longer exists (the settings then stay empty and no domain row is visible).
   */
  async authenticate(userId: number): Promise<AuthenticatedUser | null> {
    if (!Number.isSafeInteger(userId) || userId <= 0) return null;
    const client = await this.connection();
    this.inTransaction = true;
    const sql =
      `BEGIN; SELECT u.id, u.email, u.name, u.role, u.municipality_id AS "municipalityId", u.provider_id AS "providerId", ` +
      `set_config('app.user_id', u.id::text, true), set_config('app.role', u.role::text, true), ` +
      `set_config('app.provider_id', COALESCE(u.provider_id::text, ''), true), set_config('app.municipality_id', u.municipality_id::text, true), ` +
      `set_config('app.request_id', ${literal(this.currentActor.requestId)}, true) FROM app_user u WHERE u.id = ${userId}`;
    const results = (await this.runRaw(client, sql)) as unknown as { rows: AuthenticatedUser[] }[];
    const user = results[1]?.rows[0] ?? null;
    if (user) {
      this.currentActor = {
        ...this.currentActor,
        userId: user.id,
        role: user.role,
        providerId: user.providerId,
        municipalityId: user.municipalityId,
      };
    }
    return user
      ? { id: user.id, email: user.email, name: user.name, role: user.role, municipalityId: user.municipalityId, providerId: user.providerId }
      : null;
  }

  private async connection(): Promise<pg.PoolClient> {
    if (this.finished) throw new Error('request database used after the request finished');
    if (this.client) return this.client;
    this.opening ??= this.pool.connect().then(
      (client) => {
        this.client = client;
        return client;
      },
      (error: unknown) => {
        this.opening = null;
        throw this.pool.translate(error);
      },
    );
    return this.opening;
  }

  private run<T extends object>(client: pg.PoolClient, text: string, params: readonly unknown[]): Promise<T[]> {
    return this.runRaw(client, text, params).then((r) => r.rows as T[]);
  }

  private runRaw(client: pg.PoolClient, text: string, params: readonly unknown[] = []): Promise<pg.QueryResult> {
    this.pool.count();
    const result = this.queue.then(() => client.query(text, params as unknown[]));
    this.queue = result.catch(() => undefined);
    return result.then(
      (r) => r,
      (error: unknown) => {
        const translated = this.pool.translate(error);
        if (translated !== error) this.broken = true;
        throw translated;
      },
    );
  }

  async query<T extends object = Record<string, unknown>>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    const client = await this.connection();
    if (!this.inTransaction) {
      this.inTransaction = true;
      await this.run(client, beginSql(this.currentActor, false), []);
    }
    return this.run<T>(client, text, params);
  }

  /**
   * Runs `work` in its own transaction: commits when it resolves, unless it resolves to a failed Outcome
   * (`{ ok: false }`), and rolls back on any error. Reads done before in this request are committed first.
   */
  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.connection();
    if (this.inTransaction) {
      await this.run(client, 'COMMIT', []);
      this.inTransaction = false;
    }
    const tx: Queryable = { query: <R extends object>(text: string, params: readonly unknown[] = []) => this.run<R>(client, text, params) };
    await this.run(client, beginSql(this.currentActor, false), []);
    try {
      const result = await work(tx);
      const failed = typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false;
      await this.run(client, failed ? 'ROLLBACK' : 'COMMIT', []);
      return result;
    } catch (error) {
      await this.run(client, 'ROLLBACK', []).catch(() => undefined);
      throw error;
    }
  }

  /** NEN 7513: provider staff's reads of client records are logged when the request finishes. */
  noteArrangementReads(ids: Iterable<number>): void {
    if (this.currentActor.role !== 'PROVIDER_REP') return;
    for (const id of ids) this.arrangementReads.add(id);
  }

  /** Logs the reads, commits and releases the connection. Safe to call more than once. */
  async finish(): Promise<void> {
    if (this.finished) return;
    const client = this.client;
    try {
      if (client && this.arrangementReads.size > 0 && !this.broken) {
        await this.query(
          `INSERT INTO access_log (municipality_id, user_id, role, provider_id, request_id, arrangement_id)
           SELECT $1, $2, $3, $4, $5, unnest($6::bigint[])`,
          [
            this.currentActor.municipalityId,
            this.currentActor.userId,
            this.currentActor.role,
            this.currentActor.providerId,
            this.currentActor.requestId,
            [...this.arrangementReads],
          ],
        );
      }
      if (client && this.inTransaction) await this.run(client, 'COMMIT', []);
    } catch (error) {
      this.broken = true;
      if (client) await this.run(client, 'ROLLBACK', []).catch(() => undefined);
      throw error;
    } finally {
      this.finished = true;
      this.inTransaction = false;
      // A connection that failed mid-request is thrown away rather than reused.
      client?.release(this.broken ? true : undefined);
      this.client = null;
    }
  }

  /** Ends the request without committing (the response could not be produced). */
  async abort(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    const client = this.client;
    this.client = null;
    if (client) {
      if (this.inTransaction) await this.run(client, 'ROLLBACK', []).catch(() => undefined);
      client.release(this.broken ? true : undefined);
    }
  }
}

/** Seeding and maintenance: no user; the audit log records SYSTEM. */
export const SYSTEM_ACTOR: Actor = { userId: null, role: 'SYSTEM', providerId: null, municipalityId: null, requestId: null };
