import { createHash } from 'node:crypto';
import type pg from 'pg';
import { ServiceUnavailableError } from '../shared/errors/access-errors';
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
  /** Settles as the statement does, or rejects with SERVICE_UNAVAILABLE when the database stops answering first. */
  watch(statement: Promise<pg.QueryResult>): Promise<pg.QueryResult>;
}

export interface AuthenticatedUser {
  id: number;
  email: string;
  name: string;
  role: string;
  municipalityId: number;
  providerId: number | null;
}

/** The request was answered or its client went away: work still running for it stops here. */
export class RequestEndedError extends Error {
  constructor() {
    super('The request has ended.');
    this.name = 'RequestEndedError';
  }
}

/**
 * Statements prepared per connection at most. List loaders select only the columns a query asks for, so clients
 * choose statement texts; past this many, further texts run unnamed (planned each time) instead of filling the
 * server's memory with prepared statements.
 */
const MAX_PREPARED_STATEMENTS = 500;
const names = new Map<string, string>();
const perCall = new Set<string>();

/**
 * Marks a statement to be planned for its values on every call instead of prepared once: for aggregates whose
 * optional filters ("$4 IS NULL OR provider_id = $4") make a reused generic plan slow (measured 2.5x on the overview).
 */
export function plannedPerCall(text: string): string {
  perCall.add(text);
  return text;
}

function statementName(text: string): string | undefined {
  if (perCall.has(text)) return undefined;
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_PREPARED_STATEMENTS) return undefined;
    name = `rk_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
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

/** Sets the actor on the connection for the session; every request sets all five before its first domain query. */
const SETTINGS_SQL =
  `SELECT set_config('app.user_id', $1, false), set_config('app.role', $2, false), set_config('app.provider_id', $3, false), ` +
  `set_config('app.municipality_id', $4, false), set_config('app.request_id', $5, false)`;

/** Finds the token's user and sets the session's settings to them (or to nothing, when the user is gone) in one statement. */
const AUTHENTICATE_SQL =
  `SELECT u.id, u.email, u.name, u.role, u.municipality_id AS "municipalityId", u.provider_id AS "providerId", ` +
  `set_config('app.user_id', COALESCE(u.id::text, ''), false), set_config('app.role', COALESCE(u.role::text, ''), false), ` +
  `set_config('app.provider_id', COALESCE(u.provider_id::text, ''), false), ` +
  `set_config('app.municipality_id', COALESCE(u.municipality_id::text, ''), false), set_config('app.request_id', $2, false) ` +
  `FROM (SELECT $1::bigint AS id) k LEFT JOIN app_user u ON u.id = k.id`;

/**
 * One request, one connection. The actor (user, role, provider, municipality, request id) is set on the connection
 * before its first domain query, so that row-level security and the audit trigger see who asks; pooled connections are
 * reused by other users, and each request overwrites all five settings before it reads or writes anything.
 * Reads run as single statements (no transaction to open and commit: one round trip less per request);
 * writes run in their own transaction.
 */
export class RequestDb implements Queryable {
  private client: pg.PoolClient | null = null;
  private opening: Promise<pg.PoolClient> | null = null;
  private settingsApplied = false;
  private settingUp: Promise<unknown> | null = null;
  private finished = false;
  private broken = false;
  /** A write in progress keeps the connection until it has committed or rolled back, even if the request is aborted. */
  private writing = 0;
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
   * Finds the token's user and sets the connection's settings to them in the same statement.
   * Null when the user no longer exists (the settings are then empty and no domain row is visible).
   */
  async authenticate(userId: number): Promise<AuthenticatedUser | null> {
    if (!Number.isSafeInteger(userId) || userId <= 0) return null;
    const client = await this.connection();
    const rows = await this.run<AuthenticatedUser & { id: number | null }>(client, AUTHENTICATE_SQL, [userId, this.currentActor.requestId ?? '']);
    this.settingsApplied = true;
    const user = rows[0];
    if (!user || user.id === null) return null;
    this.currentActor = { ...this.currentActor, userId: user.id, role: user.role, providerId: user.providerId, municipalityId: user.municipalityId };
    return { id: user.id, email: user.email, name: user.name, role: user.role, municipalityId: user.municipalityId, providerId: user.providerId };
  }

  private async connection(): Promise<pg.PoolClient> {
    if (this.finished) throw new RequestEndedError();
    if (this.client) return this.client;
    this.opening ??= this.pool.connect().then(
      (client) => {
        if (this.finished) {
          // The request ended (its client went away) while it queued for a connection: give it straight back,
          // or the pool loses it for good.
          client.release();
          throw new RequestEndedError();
        }
        // pg-pool listens for errors on idle connections only; a held one that the server drops between statements
        // would otherwise take the process down with an unhandled 'error' event.
        client.on('error', this.onConnectionError);
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

  /** The connection, with this request's settings on it. */
  private async ready(): Promise<pg.PoolClient> {
    const client = await this.connection();
    if (!this.settingsApplied) {
      const a = this.currentActor;
      this.settingUp ??= this.run(client, SETTINGS_SQL, [
        a.userId === null ? '' : String(a.userId),
        a.role,
        a.providerId === null ? '' : String(a.providerId),
        a.municipalityId === null ? '' : String(a.municipalityId),
        a.requestId ?? '',
      ]).then(() => {
        this.settingsApplied = true;
      });
      await this.settingUp;
    }
    return client;
  }

  private run<T extends object>(client: pg.PoolClient, text: string, params: readonly unknown[]): Promise<T[]> {
    return this.runRaw(client, text, params).then((r) => r.rows as T[]);
  }

  private runRaw(client: pg.PoolClient, text: string, params: readonly unknown[] = []): Promise<pg.QueryResult> {
    // The connection was lost or given up on: the rest of the request (Apollo may run it again) fails at once.
    if (this.broken) return Promise.reject(new ServiceUnavailableError());
    this.pool.count();
    // Parameterised statements are prepared once per connection and their plans reused (unless plannedPerCall).
    const query = params.length > 0 ? { name: statementName(text), text, values: params as unknown[] } : { text };
    const result = this.queue.then(() => this.pool.watch(client.query(query)));
    this.queue = result.catch(() => undefined);
    return result.then(
      (r) => r,
      (error: unknown) => {
        const translated = this.pool.translate(error);
        // Given up on (the database does not answer) or failed with the connection: not to be used again.
        if (translated instanceof ServiceUnavailableError) this.broken = true;
        throw translated;
      },
    );
  }

  async query<T extends object = Record<string, unknown>>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.run<T>(await this.ready(), text, params);
  }

  /**
   * Runs `work` in its own transaction: commits when it resolves, unless it resolves to a failed Outcome
   * (`{ ok: false }`), and rolls back on any error.
   */
  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.ready();
    const tx: Queryable = { query: <R extends object>(text: string, params: readonly unknown[] = []) => this.run<R>(client, text, params) };
    this.writing++;
    try {
      // The actor again, local to the transaction: every write is attributed to who made it, whatever the session holds.
      await this.runRaw(client, beginSql(this.currentActor, false));
      const result = await work(tx);
      const failed = typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false;
      await this.run(client, failed ? 'ROLLBACK' : 'COMMIT', []);
      return result;
    } catch (error) {
      // A broken connection is destroyed when handed back, which rolls back on the server; a ROLLBACK sent to a
      // database that does not answer would only wait.
      if (!this.broken) await this.run(client, 'ROLLBACK', []).catch(() => undefined);
      throw error;
    } finally {
      this.writing--;
      if (this.finished && this.writing === 0) this.handBack(client);
    }
  }

  /** NEN 7513: provider staff's reads of client records are logged when the request finishes. */
  noteArrangementReads(ids: Iterable<number>): void {
    if (this.currentActor.role !== 'PROVIDER_REP') return;
    for (const id of ids) this.arrangementReads.add(id);
  }

  /** Writes the access log (if any reads need it) and releases the connection. Safe to call more than once. */
  async finish(): Promise<void> {
    if (this.finished) return;
    try {
      if (this.client && this.arrangementReads.size > 0 && !this.broken) {
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
    } catch (error) {
      this.broken = true;
      throw error;
    } finally {
      this.release();
    }
  }

  /** Ends the request without logging (the response could not be produced). */
  async abort(): Promise<void> {
    if (this.finished) return;
    this.release();
  }

  private release(): void {
    this.finished = true;
    if (this.client && this.writing === 0) this.handBack(this.client);
  }

  private readonly onConnectionError = (): void => {
    this.broken = true;
  };

  private handBack(client: pg.PoolClient): void {
    if (this.client !== client) return;
    this.client = null;
    // After the statements queued on it; a connection that failed mid-request is thrown away rather than reused.
    void this.queue
      .then(() => {
        client.off('error', this.onConnectionError);
        client.release(this.broken ? true : undefined);
      })
      .catch(() => undefined);
  }
}

/** Seeding and maintenance: no user; the audit log records SYSTEM. */
export const SYSTEM_ACTOR: Actor = { userId: null, role: 'SYSTEM', providerId: null, municipalityId: null, requestId: null };
