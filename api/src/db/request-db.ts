import { createHash } from 'node:crypto';
import type pg from 'pg';
import { ServiceUnavailableError } from '../shared/errors/access-errors';
import type { Queryable } from './database';
import type { TokenSubject } from '../shared/auth/tokens';

/** Who acts, as the database sees it: row policies and the audit trigger read these settings. */
export interface Actor {
  userId: number | null;
  role: string;
  providerId: number | null;
  municipalityId: number | null;
  requestId: string | null;
}

/** Work on a request's connection as the request finishes (see RequestDb.onFinish). */
export type FinishHook = () => Promise<void>;

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

/** A web session's user, with the session (see app_session_authenticate). */
export interface SessionUser extends AuthenticatedUser {
  sessionId: number;
  idleExpiresAt: Date;
  expiresAt: Date;
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

/**
 * Finds the token's user and sets the session's settings to them (or to nothing: the user is gone, deactivated, or the
 * token is of an earlier token_version) in one statement. A SECURITY DEFINER function: the application role cannot
 * read app_user outside its municipality, and before this statement it has none.
 */
const AUTHENTICATE_SQL = `SELECT * FROM app_authenticate($1, $2, $3)`;

/** The same for a web session's cookie: finds the session and its user, moves last_seen_at now and then, sets the settings. */
const SESSION_AUTHENTICATE_SQL = `SELECT * FROM app_session_authenticate($1, $2, $3)`;

/** A work's result that asks for a rollback: a failed Outcome. */
function failedOutcome(result: unknown): boolean {
  return typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false;
}

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
  /** How deep the request's transactions nest (a nested one is a savepoint). */
  private depth = 0;
  /** Work registered by the domain to do on the request's connection as it finishes well (the access log). */
  private readonly finishHooks: FinishHook[] = [];
  /** The slot this request holds among its user's heavy-operation slots (a session advisory lock), if any. */
  private heavySlot: number | null = null;
  /** Called once the slot is given back (see tryHeavySlot). */
  private heavySlotReleased: (() => void) | null = null;
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
   * Null when the user no longer exists, is deactivated or the token is of an earlier version (the settings are then
   * empty and no domain row is visible).
   */
  async authenticate(subject: TokenSubject): Promise<AuthenticatedUser | null> {
    const { userId, version } = subject;
    if (!Number.isSafeInteger(userId) || userId <= 0) return null;
    const client = await this.connection();
    const rows = await this.run<AuthenticatedUser>(client, AUTHENTICATE_SQL, [userId, version, this.currentActor.requestId ?? '']);
    this.settingsApplied = true;
    const user = rows[0];
    if (!user) return null;
    this.currentActor = { ...this.currentActor, userId: user.id, role: user.role, providerId: user.providerId, municipalityId: user.municipalityId };
    return { id: user.id, email: user.email, name: user.name, role: user.role, municipalityId: user.municipalityId, providerId: user.providerId };
  }

  /** As authenticate, for a web session by the SHA-256 of its secret: null when it ended, idled out, expired or was revoked. */
  async authenticateSession(secretHash: Buffer, idleSeconds: number): Promise<SessionUser | null> {
    const client = await this.connection();
    const rows = await this.run<SessionUser>(client, SESSION_AUTHENTICATE_SQL, [secretHash, idleSeconds, this.currentActor.requestId ?? '']);
    this.settingsApplied = true;
    const user = rows[0];
    if (!user) return null;
    this.currentActor = { ...this.currentActor, userId: user.id, role: user.role, providerId: user.providerId, municipalityId: user.municipalityId };
    return user;
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
        // Given up on (the database does not answer) or failed with the connection: not to be used again. A statement
        // stopped by its statement_timeout leaves a healthy connection behind.
        if (translated instanceof ServiceUnavailableError && (error as { code?: unknown } | null)?.code !== '57014') this.broken = true;
        throw translated;
      },
    );
  }

  async query<T extends object = Record<string, unknown>>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.run<T>(await this.ready(), text, params);
  }

  /** The `count` column of a statement's one row (0 when it returns none), as every list's `totalCount` asks. */
  async count(text: string, params: readonly unknown[] = []): Promise<number> {
    const rows = await this.query<{ count: number }>(text, params);
    return rows[0]?.count ?? 0;
  }

  /**
   * Runs `work` in its own transaction: commits when it resolves, unless it resolves to a failed Outcome
   * (`{ ok: false }`), and rolls back on any error. Called inside another transaction of the request, it is a savepoint
   * of that one (the CSV import runs many services' writes as one transaction, all or nothing).
   */
  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.ready();
    if (this.depth > 0) return this.savepoint(client, work);
    const tx: Queryable = { query: <R extends object>(text: string, params: readonly unknown[] = []) => this.run<R>(client, text, params) };
    this.writing++;
    this.depth++;
    try {
      // The actor again, local to the transaction: every write is attributed to who made it, whatever the session holds.
      await this.runRaw(client, beginSql(this.currentActor, false));
      const result = await work(tx);
      await this.run(client, failedOutcome(result) ? 'ROLLBACK' : 'COMMIT', []);
      return result;
    } catch (error) {
      // A broken connection is destroyed when handed back, which rolls back on the server; a ROLLBACK sent to a
      // database that does not answer would only wait.
      if (!this.broken) await this.run(client, 'ROLLBACK', []).catch(() => undefined);
      throw error;
    } finally {
      this.depth--;
      this.writing--;
      if (this.finished && this.writing === 0) this.handBack(client);
    }
  }

  /** A transaction within a transaction: a savepoint, released or rolled back to as `transaction` commits or rolls back. */
  private async savepoint<T>(client: pg.PoolClient, work: (tx: Queryable) => Promise<T>): Promise<T> {
    const tx: Queryable = { query: <R extends object>(text: string, params: readonly unknown[] = []) => this.run<R>(client, text, params) };
    const name = `nested_${String(this.depth)}`;
    this.depth++;
    try {
      await this.run(client, `SAVEPOINT ${name}`, []);
      const result = await work(tx);
      await this.run(client, failedOutcome(result) ? `ROLLBACK TO SAVEPOINT ${name}` : `RELEASE SAVEPOINT ${name}`, []);
      return result;
    } catch (error) {
      if (!this.broken) await this.run(client, `ROLLBACK TO SAVEPOINT ${name}`, []).catch(() => undefined);
      throw error;
    } finally {
      this.depth--;
    }
  }

  /**
   * Takes one of the user's `slots` heavy-operation slots, or answers false at once. The slots are session advisory
   * locks, so they count across every API process on the database; the lock is released before the connection goes
   * back to the pool (or with the session, if the connection breaks).
   */
  async tryHeavySlot(slots: number, statementTimeoutMs: number | null, onReleased: (() => void) | null = null): Promise<boolean> {
    const userId = this.currentActor.userId;
    if (userId === null || this.heavySlot !== null) return this.heavySlot !== null;
    // With the slot, the role's statement timeout for the heavy work (reset when the slot is released).
    const [row] = await this.query<{ slot: number | null }>(heavySlotSql(slots), [
      userId,
      statementTimeoutMs === null ? null : String(statementTimeoutMs),
    ]);
    this.heavySlot = row?.slot ?? null;
    if (this.heavySlot !== null) this.heavySlotReleased = onReleased;
    return this.heavySlot !== null;
  }

  /**
   * Gives the connection back to the pool while the request waits (for a heavy slot), so that a waiting request holds
   * nothing others need; the next statement takes a connection again and sets the request's settings on it.
   */
  pauseConnection(): void {
    if (this.finished || this.writing > 0 || !this.client) return;
    this.handBack(this.client);
    this.opening = null;
    this.settingsApplied = false;
    this.settingUp = null;
  }

  /**
   * Registers work to do when the request finishes well, on its connection, before the connection goes back: what
   * must be written for an answer to leave (the access log). Not run when the request is aborted.
   */
  onFinish(hook: FinishHook): void {
    this.finishHooks.push(hook);
  }

  /** Runs the finish hooks and releases the connection. Safe to call more than once. */
  async finish(): Promise<void> {
    if (this.finished) return;
    try {
      if (this.client && !this.broken) {
        for (const hook of this.finishHooks) await hook();
      }
    } catch (error) {
      this.broken = true;
      throw error;
    } finally {
      this.release();
    }
  }

  /** Ends the request without its finish hooks (the response could not be produced). */
  abort(): void {
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
    const slot = this.heavySlot;
    const released = this.heavySlotReleased;
    this.heavySlot = null;
    this.heavySlotReleased = null;
    // A heavy slot is unlocked first; not unlocked, the connection goes, and its session's locks with it.
    const before =
      slot === null
        ? this.queue
        : this.queue
            .then(() => (this.broken ? undefined : releaseHeavySlot(client, slot, this.currentActor.userId)))
            .catch(() => {
              this.broken = true;
            })
            .finally(() => released?.());
    void before
      .then(() => {
        client.off('error', this.onConnectionError);
        client.release(this.broken ? true : undefined);
      })
      .catch(() => undefined);
  }
}

/** Seeding and maintenance: no user; the audit log records SYSTEM. */
export const SYSTEM_ACTOR: Actor = { userId: null, role: 'SYSTEM', providerId: null, municipalityId: null, requestId: null };

/** First key of the heavy-operation advisory locks ('RK' << 16); the slot number is added, the user id is the second key. */
const HEAVY_LOCK_SPACE = 0x524b0000;
const heavySlotSqls = new Map<number, string>();

/** A CASE tries the slots in order and stops at the first it gets (CASE evaluates its branches lazily). */
function heavySlotSql(slots: number): string {
  let text = heavySlotSqls.get(slots);
  if (text === undefined) {
    const branches = Array.from({ length: slots }, (_, i) => `WHEN pg_try_advisory_lock(${HEAVY_LOCK_SPACE + i}, $1::int) THEN ${i}`).join(' ');
    text =
      `SELECT s.slot, CASE WHEN s.slot IS NOT NULL AND $2::text IS NOT NULL THEN set_config('statement_timeout', $2::text, false) END AS timeout ` +
      `FROM (SELECT CASE ${branches} END AS slot) s`;
    heavySlotSqls.set(slots, text);
  }
  return text;
}

async function releaseHeavySlot(client: pg.PoolClient, slot: number, userId: number | null): Promise<void> {
  if (userId === null) return;
  // reset_val: the connection's own statement timeout, as it started.
  await client.query({
    text:
      `SELECT pg_advisory_unlock($1::int, $2::int), set_config('statement_timeout', reset_val, false) ` +
      `FROM pg_settings WHERE name = 'statement_timeout'`,
    values: [HEAVY_LOCK_SPACE + slot, userId],
  });
}
