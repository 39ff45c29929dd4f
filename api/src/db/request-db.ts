import { createHash } from 'node:crypto';
import type pg from 'pg';
import { ServiceUnavailableError } from '../shared/errors/access-errors';
import { notLast, type Queryable, type WriteTx } from './database';
import { deferCommit, takeDeferredCommit, withCommitInFront } from './deferred-commit';
import type { TokenSubject } from '../shared/auth/tokens';

/** Who acts, as the database sees it: row policies and the audit trigger read these settings. */
export interface Actor {
  userId: number | null;
  role: string;
  providerId: number | null;
  municipalityId: number | null;
  requestId: string | null;
}

/** A statement to write as the request finishes well, and its parameters. */
export interface FinishWrite {
  readonly text: string;
  readonly params: readonly unknown[];
}

/**
 * Asked as the request finishes (see RequestDb.onFinish): what to write for it, or null. Statements rather than work,
 * so that they travel with the transaction's BEGIN and COMMIT in one round trip.
 */
export type FinishHook = () => FinishWrite | null;

interface Pool {
  connect(): Promise<pg.PoolClient>;
  /** Named prepared statements (DB_PREPARED_STATEMENTS); off, every statement is sent unnamed. */
  readonly prepare: boolean;
  /** What every transaction sets for itself besides the actor (statement timeout, planner costs): set_config(..., true) calls. */
  readonly localSettings: readonly string[];
  /** Whether a committed write reads its WAL position, for read-your-writes with a standby (see lastWriteLsn). */
  readonly trackWrites: boolean;
  /**
   * On a standby: the request's connection on the primary, for what must be written (a write, the access log), as a
   * standby takes no writes. Null on the primary.
   */
  readonly writer: ((actor: Actor) => RequestDb) | null;
  count(): void;
  /** A message sent whose answer the request waits for (pipelined statements share one). */
  roundTrip(): void;
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

/** A row of the token check: every column null when it found no one (the token checks answer exactly one row). */
type Nullable<T> = { [K in keyof T]: T[K] | null };

/** Whether the token check found someone. */
function someone<T extends { id: number }>(row: Nullable<T> | undefined): row is Nullable<T> & T {
  return row !== undefined && row.id !== null;
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

function statementName(text: string, prepare: boolean): string | undefined {
  if (!prepare || perCall.has(text)) return undefined;
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_PREPARED_STATEMENTS) return undefined;
    name = `rk_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

const literal = (value: string | number | null): string => (value === null ? "''" : `'${String(value).replace(/'/g, "''")}'`);

/**
 * BEGIN and the actor's settings in one round trip; values are ids, a role name and a checked request id. Everything is
 * local to the transaction, so a connection shared through a transaction pooler carries nothing to the next client.
 */
export function beginSql(actor: Actor, readOnly: boolean, extra: readonly string[] = []): string {
  return (
    `BEGIN${readOnly ? ' READ ONLY' : ''}; SELECT set_config('app.user_id', ${literal(actor.userId)}, true), ` +
    `set_config('app.role', ${literal(actor.role)}, true), set_config('app.provider_id', ${literal(actor.providerId)}, true), ` +
    `set_config('app.municipality_id', ${literal(actor.municipalityId)}, true), set_config('app.request_id', ${literal(actor.requestId)}, true)` +
    extra.map((e) => `, ${e}`).join('')
  );
}

/**
 * The settings besides the actor that every transaction of the API sets for itself, rather than at connection start
 * (a pooler in transaction mode does not pass a connection's startup options on).
 */
export function localSettingsSql(statementTimeoutMs: number): string[] {
  return [`set_config('statement_timeout', '${String(Math.trunc(statementTimeoutMs))}', true)`, `set_config('random_page_cost', '1.1', true)`];
}

/**
 * BEGIN, the transaction's settings and the token check in one round trip: app_authenticate finds the token's user and
 * sets the transaction's settings to them (or to nothing: the user is gone, deactivated, or the token is of an earlier
 * token_version). A SECURITY DEFINER function: the application role cannot read app_user outside its municipality,
 * and before this statement it has none. The values are inlined (checked integers, a quoted request id) so that the
 * two statements travel as one simple query.
 */
export function authenticateSql(userId: number, version: number, requestId: string, extra: readonly string[], readOnly = false): string {
  return `BEGIN; SELECT a.*${settingColumns(extra)}${readOnly ? READ_ONLY_FROM_HERE : UNWRITTEN} FROM app_authenticate(${String(userId)}, ${String(version)}, ${literal(requestId)}) a`;
}

/**
 * The transaction's own settings (statement timeout, planner costs) as columns of the token check's one statement:
 * PostgreSQL parses and plans one statement less per request. They apply from the next statement on. The check
 * answers exactly one row, its columns null when it finds no one, so the settings are always set.
 */
function settingColumns(extra: readonly string[]): string {
  return extra.map((e, i) => `, ${e} AS "setting${String(i)}"`).join('');
}

/** For a request that may write: whether the token check wrote (a personal token's last use), so a write may continue its transaction. */
const UNWRITTEN = `, pg_current_xact_id_if_assigned() IS NULL AS "unwritten"`;

/**
 * What a statement may call and still only read: SQL's own words that take parentheses and the read-only functions
 * the API's reads use. Any other call (the app_* functions that write, set_config, nextval) counts as a change.
 */
const READING_CALLS = new Set(
  (
    'select from join lateral in exists any all as over filter cast row values union using on and or not where case when then else ' +
    'coalesce nullif greatest least count sum min max avg array_agg json_agg jsonb_agg string_agg bool_or bool_and ' +
    'json_build_object jsonb_build_object json_build_array jsonb_build_array to_json to_jsonb row_to_json array unnest ' +
    'lower upper trim length char_length left right substring position concat format date_trunc date_part extract ' +
    'make_date to_char age generate_series now current_setting round abs floor ceil num_nonnulls num_nulls ' +
    'row_number rank dense_rank lag lead first_value jsonb_array_elements json_array_elements array_length cardinality ' +
    'numeric varchar timestamptz interval decode encode document_owner_visible'
  ).split(' '),
);
const CALL = /([a-z_][a-z0-9_]*)\s*\(/gi;
const CHANGING_WORDS = /\b(?:insert|update|delete|merge|share|lock|copy|call|do|notify|listen|prepare|execute|discard|reset|set)\b/i;

/**
 * Whether a statement of the request's transaction only reads: a SELECT (or WITH) that neither writes, locks nor
 * changes a setting. Conservative: a statement it cannot vouch for counts as a change, which costs the request's next
 * write one round trip (a transaction of its own) and nothing else (see RequestDb.transaction).
 */
export function onlyReads(text: string): boolean {
  let known = ONLY_READS.get(text);
  if (known === undefined) {
    known = scanOnlyReads(text);
    // The statements are the API's own texts, a few hundred; a text built with values in it is not remembered past the bound.
    if (ONLY_READS.size < ONLY_READS_REMEMBERED) ONLY_READS.set(text, known);
  }
  return known;
}
const ONLY_READS = new Map<string, boolean>();
const ONLY_READS_REMEMBERED = 2000;

function scanOnlyReads(text: string): boolean {
  if (!/^\s*(?:select|with)\b/i.test(text) || CHANGING_WORDS.test(text)) return false;
  for (const [, name] of text.matchAll(CALL)) if (!READING_CALLS.has((name as string).toLowerCase())) return false;
  return true;
}

/**
 * For a request that only reads: the transaction turns read-only once the user is known (a personal token's lookup
 * before it may write its last use), and says whether it had written by then. A transaction that had not, and cannot
 * since, has nothing to lose: its COMMIT may follow the answer (see RequestDb.finish). PostgreSQL allows a
 * transaction to turn read-only at any point, never back. `unwritten` true means both held (whatever order AND takes).
 */
const READ_ONLY_FROM_HERE = `, pg_current_xact_id_if_assigned() IS NULL AND set_config('transaction_read_only', 'on', true) = 'on' AS "unwritten"`;

/**
 * The same for a web session's cookie: finds the session and its user, moves last_seen_at now and then, sets the
 * settings; `touched` says whether it moved last_seen_at (the transaction then has a transaction id: it wrote).
 */
export function sessionAuthenticateSql(secretHash: Buffer, idleSeconds: number, requestId: string, extra: readonly string[], readOnly = false): string {
  return (
    `BEGIN; SELECT s.*, pg_current_xact_id_if_assigned() IS NOT NULL AS touched${settingColumns(extra)}${readOnly ? READ_ONLY_FROM_HERE : ''} ` +
    `FROM app_session_authenticate(decode('${secretHash.toString('hex')}', 'hex'), ${String(Math.trunc(idleSeconds))}, ${literal(requestId)}) s`
  );
}

/** PostgreSQL's answer to a statement sent into a transaction that an earlier statement's failure aborted. */
const IN_FAILED_TRANSACTION = '25P02';

/** The answer to a statement that was not sent. */
const NOTHING_SENT = { command: '', rowCount: 0, oid: 0, fields: [], rows: [] } as pg.QueryResult;

/** The last result of a simple query of several statements (node-postgres answers with one result per statement). */
function lastResult(result: pg.QueryResult | pg.QueryResult[]): pg.QueryResult {
  return Array.isArray(result) ? (result[result.length - 1] as pg.QueryResult) : result;
}

function isPipeline(sent: pg.QueryConfig | readonly pg.QueryConfig[]): sent is readonly pg.QueryConfig[] {
  return Array.isArray(sent);
}

/** A work's result that asks for a rollback: a failed Outcome. */
function failedOutcome(result: unknown): boolean {
  return typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false;
}

/**
 * One request, one connection, and on it one transaction at a time. The first statement opens a transaction with the
 * actor (user, role, provider, municipality, request id) set local to it, in the same round trip as BEGIN, so that
 * row-level security and the audit trigger see who asks and nothing stays on the server connection when the
 * transaction ends: behind a pooler in transaction mode the next transaction may run on another server connection, and
 * this one may serve another client. Reads share the request's transaction, committed before the answer leaves (one
 * round trip; what a statement wrote is then seen by the client's next request), or, when it could write nothing, with
 * the next message on its connection (deferred-commit.ts); a write (`transaction`) commits what came before and runs in
 * a transaction of its own.
 */
export class RequestDb implements Queryable {
  private client: pg.PoolClient | null = null;
  private opening: Promise<pg.PoolClient> | null = null;
  /** Whether the connection has this request's transaction open (with its settings). */
  private inTx = false;
  private finished = false;
  /**
   * Set by finish once the operation is done: only then is the open transaction's state final. On abort or a pause a
   * statement may still be settling (a heavy slot's lock just taken, not yet recorded), so its COMMIT is sent at once.
   */
  private finishedWell = false;
  private broken = false;
  /** A write in progress keeps the connection until it has committed or rolled back, even if the request is aborted. */
  private writing = 0;
  /** How deep the request's transactions nest (a nested one is a savepoint). */
  private depth = 0;
  /** Work registered by the domain to do on the request's connection as it finishes well (the access log). */
  private readonly finishHooks: FinishHook[] = [];
  /** The slot this request holds among its user's heavy-operation slots (a transaction advisory lock), if any. */
  private heavySlot: number | null = null;
  /** Called once the slot is given back (see tryHeavySlot). */
  private heavySlotReleased: (() => void) | null = null;
  /** Loaders ask in parallel; one connection answers one statement at a time, in order of asking: settles when the last has. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Statements sent (by enqueue, one at a time) whose answers have not come. */
  private unanswered = 0;
  /** Settles when the last statement asked is on its way (see enqueue). */
  private sending: Promise<unknown> = Promise.resolve();
  /** Whether the last statement asked was a read of the request's transaction, which the next such may follow at once. */
  private lastTogether = false;
  /** A statement of the request's transaction failed and its rollback has not yet been sent: the next waits for it. */
  private rollingBack = false;
  /** The WAL position after this request's last committed write (when the pool tracks writes), for read-your-writes. */
  private writeLsn: string | null = null;
  /** On a standby, once the request writes: its connection on the primary, which then serves the rest of the request. */
  private delegate: RequestDb | null = null;
  /** On a standby: the request's connection on the primary that holds its heavy slot there (see tryHeavySlot). */
  private slotHolder: RequestDb | null = null;
  /** Whether the open transaction has written nothing and can write nothing (read-only since before any write). */
  private txReadOnly = false;
  /**
   * Whether the open transaction has written nothing, changed no setting and taken no lock: its BEGIN, a token check
   * that wrote nothing, then only reads (onlyReads). A write may then continue it instead of committing it and beginning
   * another: rolled back on failure, it loses nothing that came before.
   */
  private txClean = false;
  /** The connection came with an earlier request's read-only transaction open: its COMMIT goes before our first statement. */
  private owesCommit = false;

  /**
   * `readOnly`: the request only reads (a GraphQL query): once its user is known its transactions are read-only, and
   * a transaction that wrote nothing commits after the answer has left (see finish). Its writes go through
   * `transaction`, as on a standby.
   */
  constructor(
    private readonly pool: Pool,
    private currentActor: Actor,
    private readonly readOnly = false,
  ) {}

  get actor(): Actor {
    return this.currentActor;
  }

  /** The primary's WAL position just after this request's last write committed, or null (no write, or not tracked). */
  get lastWriteLsn(): string | null {
    return this.writeLsn ?? this.delegate?.lastWriteLsn ?? null;
  }

  /** The request's connection on the primary (see Pool.writer), opened on first use; null on the primary. */
  private onPrimary(): RequestDb | null {
    if (this.pool.writer === null) return null;
    this.delegate ??= this.pool.writer(this.currentActor);
    return this.delegate;
  }

  /**
   * Finds the token's user and opens the request's transaction with their settings, in one round trip.
   * Null when the user no longer exists, is deactivated or the token is of an earlier version (the settings are then
   * empty and no domain row is visible).
   */
  async authenticate(subject: TokenSubject): Promise<AuthenticatedUser | null> {
    const { userId, version } = subject;
    if (!Number.isSafeInteger(userId) || userId <= 0 || !Number.isSafeInteger(version)) return null;
    const client = await this.connection();
    const rows = await this.open<Nullable<AuthenticatedUser> & { unwritten?: boolean }>(
      client,
      authenticateSql(userId, version, this.currentActor.requestId ?? '', this.pool.localSettings, this.readOnly),
    );
    const user = rows[0];
    // No one (the columns are null): the request goes no further as this user; what follows writes in a transaction of its own.
    if (!someone(user)) return this.noOne();
    this.txReadOnly = this.readOnly && user.unwritten === true;
    this.txClean &&= user.unwritten === true;
    this.currentActor = { ...this.currentActor, userId: user.id, role: user.role, providerId: user.providerId, municipalityId: user.municipalityId };
    return { id: user.id, email: user.email, name: user.name, role: user.role, municipalityId: user.municipalityId, providerId: user.providerId };
  }

  /** As authenticate, for a web session by the SHA-256 of its secret: null when it ended, idled out, expired or was revoked. */
  async authenticateSession(secretHash: Buffer, idleSeconds: number): Promise<SessionUser | null> {
    const client = await this.connection();
    const rows = await this.open<Nullable<SessionUser> & { touched: boolean; unwritten?: boolean }>(
      client,
      sessionAuthenticateSql(secretHash, idleSeconds, this.currentActor.requestId ?? '', this.pool.localSettings, this.readOnly),
    );
    const found = rows[0];
    if (!someone(found)) return this.noOne();
    const { touched, unwritten } = found;
    const user: SessionUser = {
      id: found.id,
      email: found.email,
      name: found.name,
      role: found.role,
      municipalityId: found.municipalityId,
      providerId: found.providerId,
      sessionId: found.sessionId,
      idleExpiresAt: found.idleExpiresAt,
      expiresAt: found.expiresAt,
    };
    this.txReadOnly = this.readOnly && unwritten === true;
    this.txClean &&= !touched;
    // The session's row stays locked until the request's transaction ends: committed now, so that work on the session
    // from another connection (logout, "ingelogd blijven") does not wait for this request, nor it for that.
    if (touched) await this.commit();
    this.currentActor = { ...this.currentActor, userId: user.id, role: user.role, providerId: user.providerId, municipalityId: user.municipalityId };
    return user;
  }

  private noOne(): null {
    this.txClean = false;
    return null;
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
        this.owesCommit = takeDeferredCommit(client);
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

  /** Opens the request's transaction with `text` (which begins it), unless one is open: then only its last statement's rows. */
  private open<T extends object>(client: pg.PoolClient, text: string): Promise<T[]> {
    return this.enqueue(client, () => {
      if (!this.inTx) {
        this.inTx = true;
        this.txReadOnly = false;
        this.txClean = true;
        return { text };
      }
      return { text: text.slice(text.lastIndexOf('; ') + 2) };
    }).then((r) => lastResult(r).rows as T[]);
  }

  private runRaw(client: pg.PoolClient, text: string, params: readonly unknown[] = [], inRequestTx = false): Promise<pg.QueryResult> {
    const query = this.statement(text, params);
    return this.enqueue(client, () => query, inRequestTx).then(lastResult);
  }

  /** Parameterised statements are prepared once per connection and their plans reused (unless plannedPerCall or off). */
  private statement(text: string, params: readonly unknown[]): pg.QueryConfig {
    return params.length > 0 ? { name: statementName(text, this.pool.prepare), text, values: params as unknown[] } : { text };
  }

  /**
   * Sends a statement after those asked before it. `inRequestTx`: it belongs in the request's transaction, opened
   * (BEGIN and the settings, one round trip) if none is; a statement that fails there ends that transaction, rolled
   * back before the next statement, which opens a new one.
   *
   * Reads of the request's transaction asked together (the loaders of one level of a query, such as a list and its
   * count) go out together: each is sent once the one before it is on its way, not answered (node-postgres's
   * pipelining), so they cost one round trip. Should one fail, those sent behind it fail with it (the transaction is
   * aborted) and are sent again after the rollback, as they would have been sent then. A request holding a heavy slot
   * does not send together.
   */
  private enqueue(
    client: pg.PoolClient,
    query: () => pg.QueryConfig | readonly pg.QueryConfig[] | null,
    inRequestTx = false,
  ): Promise<pg.QueryResult | pg.QueryResult[]> {
    // The connection was lost or given up on: the rest of the request (Apollo may run it again) fails at once.
    if (this.broken) return Promise.reject(new ServiceUnavailableError());
    const before = this.queue;
    // Heavy work (it holds a heavy slot) sends one statement at a time: its many answers, arriving together, would be
    // worked through in one turn of the event loop and hold up every other request for as long (the flood test).
    const together = inRequestTx && this.depth === 0 && this.heavySlot === null;
    // Sends the statement (after a BEGIN when it opens the transaction); resolves once it is on its way, with its answer.
    const send = async (): Promise<{ answer: Promise<pg.QueryResult | pg.QueryResult[]> }> => {
      // One asked before it failed and its rollback is not yet sent: this one waits for it, as it would have.
      if (together && this.rollingBack) await before;
      // The connection was lost or given up on meanwhile.
      if (this.broken) throw new ServiceUnavailableError();
      if (inRequestTx && !this.inTx) {
        this.inTx = true;
        // Read-only once the user is known: before, a personal token's lookup may write its last use.
        this.txReadOnly = this.readOnly && this.currentActor.userId !== null;
        this.txClean = true;
        this.pool.roundTrip();
        await this.pool.watch(client.query(this.settled(client, { text: beginSql(this.currentActor, this.txReadOnly, this.pool.localSettings) })));
      }
      const sent = query();
      // Nothing to send (a write that continues the request's transaction).
      if (sent === null) return { answer: Promise.resolve(NOTHING_SENT) };
      if (isPipeline(sent)) return { answer: this.pipelined(client, sent) };
      if (inRequestTx && this.txClean) this.txClean = onlyReads(sent.text);
      this.pool.count();
      // Behind one still unanswered it rides on that one's round trip.
      if (this.unanswered === 0) this.pool.roundTrip();
      this.unanswered++;
      const answer = this.pool.watch(client.query(this.settled(client, sent)));
      const answered = () => {
        this.unanswered--;
      };
      answer.then(answered, answered);
      return { answer };
    };
    // After a statement of the same kind: once that is on its way; after any other: once it is answered.
    const onItsWay = (together && this.lastTogether ? this.sending : before).then(send);
    this.lastTogether = together;
    this.sending = onItsWay.then(
      () => undefined,
      () => undefined,
    );
    const result = onItsWay
      .then(({ answer }) => answer)
      .then(
        (r) => r,
        async (error: unknown) => {
          if (together && this.inTx) this.rollingBack = true;
          // Sent behind a statement that failed, into the transaction that failure aborted: again, after the rollback.
          if (together && (error as { code?: unknown } | null)?.code === IN_FAILED_TRANSACTION && !this.broken) {
            await before;
            return (await send()).answer;
          }
          throw error;
        },
      )
      .then(
        (r) => r,
        (error: unknown) => {
          const translated = this.pool.translate(error);
          // Given up on (the database does not answer) or failed with the connection: not to be used again. A statement
          // stopped by its statement_timeout leaves a healthy connection behind.
          if (translated instanceof ServiceUnavailableError && (error as { code?: unknown } | null)?.code !== '57014') this.broken = true;
          throw translated;
        },
      );
    this.queue = result.then(
      () => undefined,
      () => this.afterFailure(client),
    );
    return result;
  }

  /**
   * Statements each sent behind the one before without waiting for its answer (node-postgres's pipelining, each with
   * a Sync of its own), in one round trip: their results, or the first failure once all have answered.
   */
  private async pipelined(client: pg.PoolClient, statements: readonly pg.QueryConfig[]): Promise<pg.QueryResult[]> {
    this.pool.roundTrip();
    const answers = await Promise.allSettled(
      statements.map((statement, i) => {
        this.pool.count();
        return this.pool.watch(client.query(i === 0 ? this.settled(client, statement) : statement));
      }),
    );
    const results: pg.QueryResult[] = [];
    for (const answer of answers) {
      if (answer.status === 'rejected') throw answer.reason;
      results.push(answer.value);
    }
    return results;
  }

  /** `query`, carrying at its front the COMMIT the connection owes (deferred-commit.ts), or after that COMMIT sent on its own. */
  private settled(client: pg.PoolClient, query: pg.QueryConfig): pg.QueryConfig {
    if (!this.owesCommit) return query;
    this.owesCommit = false;
    const front = withCommitInFront(query);
    if (front !== null) return front;
    // node-postgres sends a connection's statements in the order asked: this one goes first.
    client.query('COMMIT').catch(() => undefined);
    return query;
  }

  /** A failed statement aborted the request's transaction (outside a write, which rolls back itself): roll it back now. */
  private async afterFailure(client: pg.PoolClient): Promise<void> {
    if (this.depth > 0 || !this.inTx) return;
    if (this.broken) {
      this.txEnded();
      return;
    }
    try {
      await this.pool.watch(client.query('ROLLBACK'));
    } catch {
      this.broken = true;
    }
    this.txEnded();
  }

  /** The request's transaction has ended: what it held (a heavy slot's advisory lock) is free. */
  private txEnded(): void {
    this.inTx = false;
    this.rollingBack = false;
    this.txReadOnly = false;
    this.txClean = false;
    if (this.heavySlot === null) return;
    const released = this.heavySlotReleased;
    this.heavySlot = null;
    this.heavySlotReleased = null;
    released?.();
  }

  async query<T extends object = Record<string, unknown>>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    // After a write the rest of the request reads on the primary: it sees its own write.
    if (this.delegate !== null) return this.delegate.query<T>(text, params);
    return (await this.runRaw(await this.connection(), text, params, true)).rows as T[];
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
  async transaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const primary = this.onPrimary();
    if (primary !== null) return primary.transaction(work);
    const client = await this.connection();
    if (this.depth > 0) return this.savepoint(client, work);
    // Whether the last statement carried the COMMIT (queryLast) and nothing has been sent since.
    const last = { committed: false };
    const tx: WriteTx = {
      query: async <R extends object>(text: string, params: readonly unknown[] = []) => {
        if (last.committed) {
          // A statement after the last one: in a transaction of its own, with the settings.
          await this.run(client, beginSql(this.currentActor, false, this.pool.localSettings), []);
          this.inTx = true;
          last.committed = false;
        }
        return this.run<R>(client, text, params);
      },
      queryLast: async <R extends object>(text: string, params: readonly unknown[] = []) => {
        if (last.committed) return tx.query<R>(text, params);
        // Pipelined: the COMMIT goes out behind the statement without waiting for it. A failed statement aborts the
        // transaction, and a COMMIT of an aborted transaction rolls it back.
        const [written, committed] = (await this.enqueue(client, () => [this.statement(text, params), { text: this.commitSql() }])) as [
          pg.QueryResult,
          pg.QueryResult | pg.QueryResult[],
        ];
        last.committed = true;
        this.committedWrite(committed);
        return written.rows as R[];
      },
    };
    this.writing++;
    this.depth++;
    try {
      // What the request read so far is committed, and the write gets a transaction of its own, in one round trip; or,
      // when that transaction only read, the write continues it (a round trip less, and nothing to lose on a rollback).
      await this.enqueue(client, () => {
        if (this.inTx && this.txClean && !this.txReadOnly && this.heavySlot === null) return null;
        const text = `${this.inTx ? 'COMMIT; ' : ''}${beginSql(this.currentActor, false, this.pool.localSettings)}`;
        if (this.inTx) this.txEnded();
        this.inTx = true;
        return { text };
      });
      this.txClean = false;
      const result = await work(tx);
      if (last.committed) return result;
      if (failedOutcome(result)) {
        await this.run(client, 'ROLLBACK', []);
        this.txEnded();
      } else this.committedWrite(await this.enqueue(client, () => ({ text: this.commitSql() })));
      return result;
    } catch (error) {
      // A broken connection is destroyed when handed back, which rolls back on the server; a ROLLBACK sent to a
      // database that does not answer would only wait.
      if (!this.broken && !last.committed) await this.run(client, 'ROLLBACK', []).catch(() => undefined);
      this.txEnded();
      throw error;
    } finally {
      this.depth--;
      this.writing--;
      if (this.finished && this.writing === 0) this.handBack(client);
    }
  }

  /** A write's COMMIT; with a standby, and the position of the commit, which travels with the user (read-your-writes). */
  private commitSql(): string {
    return this.pool.trackWrites ? 'COMMIT; SELECT pg_current_wal_lsn()::text AS lsn' : 'COMMIT';
  }

  /** The write's transaction has committed (the results of a message that ended with commitSql). */
  private committedWrite(results: pg.QueryResult | pg.QueryResult[]): void {
    const lsn = (lastResult(results).rows[0] as { lsn?: string } | undefined)?.lsn;
    if (lsn !== undefined) this.writeLsn = lsn;
    this.txEnded();
  }

  /** A transaction within a transaction: a savepoint, released or rolled back to as `transaction` commits or rolls back. */
  private async savepoint<T>(client: pg.PoolClient, work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const tx = notLast({ query: <R extends object>(text: string, params: readonly unknown[] = []) => this.run<R>(client, text, params) });
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
   * Takes one of the user's `slots` heavy-operation slots, or answers false at once. The slots are transaction
   * advisory locks, so they count across every API process on the database and end with the request's transaction
   * (also behind a transaction pooler, and with the session if the connection breaks).
   */
  async tryHeavySlot(slots: number, statementTimeoutMs: number | null, onReleased: (() => void) | null = null): Promise<boolean> {
    const userId = this.currentActor.userId;
    if (userId !== null && this.pool.writer !== null) return this.tryHeavySlotOnPrimary(slots, statementTimeoutMs, onReleased);
    if (userId === null || this.heavySlot !== null) return this.heavySlot !== null;
    // With the slot, the role's statement timeout for the heavy work (local to the transaction, as the slot).
    const [row] = await this.query<{ slot: number | null }>(heavySlotSql(slots), [
      userId,
      statementTimeoutMs === null ? null : String(statementTimeoutMs),
    ]);
    this.heavySlot = row?.slot ?? null;
    if (this.heavySlot !== null) this.heavySlotReleased = onReleased;
    return this.heavySlot !== null;
  }

  /**
   * On a standby the slot is taken on the primary, where the requests of every server count (a standby has advisory
   * locks of its own, so a user would otherwise get their slots once per server), and held there by a connection of
   * the request until it ends; the statement timeout is set here, where the heavy work runs.
   */
  private async tryHeavySlotOnPrimary(slots: number, statementTimeoutMs: number | null, onReleased: (() => void) | null): Promise<boolean> {
    const writer = this.pool.writer;
    if (writer === null) return false;
    const holder = (this.slotHolder ??= writer(this.currentActor));
    if (holder.heavySlot !== null) return true;
    if (!(await holder.tryHeavySlot(slots, null, onReleased))) return false;
    if (statementTimeoutMs !== null) await this.query(`SELECT set_config('statement_timeout', $1::text, true)`, [String(statementTimeoutMs)]);
    return true;
  }

  /**
   * Gives the connection back to the pool while the request waits (for a heavy slot), so that a waiting request holds
   * nothing others need; the next statement takes a connection again and opens a transaction with the request's settings.
   */
  pauseConnection(): void {
    this.slotHolder?.pauseConnection();
    if (this.finished || this.writing > 0 || !this.client) return;
    this.handBack(this.client);
    this.opening = null;
  }

  /**
   * Registers what to write when the request finishes well, before the answer leaves and the connection goes back:
   * what must be written for an answer to leave (the access log). Not asked when the request is aborted.
   */
  onFinish(hook: FinishHook): void {
    this.finishHooks.push(hook);
  }

  /** Writes what the finish hooks ask, commits it and releases the connection. Safe to call more than once. */
  async finish(): Promise<void> {
    if (this.finished) return;
    try {
      const writes = this.finishHooks.map((hook) => hook()).filter((write): write is FinishWrite => write !== null);
      const primary = writes.length > 0 && !this.broken ? this.onPrimary() : null;
      if (primary !== null) {
        // On a standby the hooks write on the primary, in one transaction committed before the answer leaves.
        await primary.transaction(async (tx) => {
          for (const [i, write] of writes.entries()) {
            if (i === writes.length - 1) await tx.queryLast(write.text, write.params);
            else await tx.query(write.text, write.params);
          }
        });
        await primary.finish();
      } else if (this.client && !this.broken) {
        if (writes.length > 0) await this.writeAsFinishing(this.client, writes);
        // What the request wrote outside a transaction of its own (the hooks, a statement that writes) is committed
        // before the answer leaves, as it was when each statement committed by itself: the client's next request sees it.
        // A transaction that wrote nothing and could not (read-only) loses nothing when its COMMIT follows the answer:
        // handBack leaves it to the connection's next message (deferred-commit.ts). Not with a heavy slot: it is given
        // back by the COMMIT, and the user's next request must find it free.
        if (this.writing === 0) {
          await this.queue;
          if (this.commitsAfterAnswer()) this.pool.count();
          else await this.commit();
          this.finishedWell = true;
        }
      }
      // A heavy slot held on the primary is given back before the answer leaves: the user's next request finds it free.
      if (this.slotHolder !== null) await this.slotHolder.finish();
    } catch (error) {
      this.broken = true;
      throw error;
    } finally {
      this.release();
    }
  }

  /**
   * The finish hooks' statements, committed, in one round trip: behind the BEGIN of a transaction of their own when the
   * request's is read-only (committed in the same message) or none is open, else in the request's, with its COMMIT.
   * Inside a write still in progress they are that write's statements.
   */
  private async writeAsFinishing(client: pg.PoolClient, writes: readonly FinishWrite[]): Promise<void> {
    if (this.writing > 0 || this.depth > 0) {
      for (const write of writes) await this.query(write.text, write.params);
      return;
    }
    await this.enqueue(client, () => {
      const begin = this.inTx && !this.txReadOnly ? [] : [{ text: `${this.inTx ? 'COMMIT; ' : ''}${beginSql(this.currentActor, false, this.pool.localSettings)}` }];
      this.inTx = true;
      return [...begin, ...writes.map((write) => this.statement(write.text, write.params)), { text: 'COMMIT' }];
    });
    this.txEnded();
  }

  /** Whether the open transaction's COMMIT can follow the answer: it wrote nothing, can write nothing and holds no slot. */
  private commitsAfterAnswer(): boolean {
    return this.inTx && this.commitCanWait() && this.delegate === null;
  }

  /** Whether the open transaction loses nothing while its COMMIT waits: read-only from before any write, no savepoint, no slot. */
  private commitCanWait(): boolean {
    return this.txReadOnly && this.depth === 0 && this.heavySlot === null;
  }

  /**
   * Commits the request's transaction now, if one is open: before work on another connection that must see (or would
   * wait for) what the request wrote, such as starting a web session after a password change.
   */
  async commit(): Promise<void> {
    if (this.delegate !== null) await this.delegate.commit();
    const client = this.client;
    if (client === null) return;
    await this.queue;
    if (!this.inTx || this.broken || this.depth > 0) return;
    await this.run(client, 'COMMIT', []);
    this.txEnded();
  }

  /** Ends the request without its finish hooks (the response could not be produced). */
  abort(): void {
    if (this.finished) return;
    this.release();
  }

  private release(): void {
    this.finished = true;
    this.delegate?.abort();
    // The slot's transaction on the primary wrote nothing: ended, it gives the slot back.
    this.slotHolder?.abort();
    if (this.client && this.writing === 0) this.handBack(this.client);
  }

  private readonly onConnectionError = (): void => {
    this.broken = true;
  };

  private handBack(client: pg.PoolClient): void {
    if (this.client !== client) return;
    this.client = null;
    // After the statements queued on it, the request's transaction is committed (its heavy slot, a transaction lock,
    // goes with it); a connection that failed mid-request is thrown away rather than reused, which rolls back.
    const giveBack = (): void => {
      this.txEnded();
      client.off('error', this.onConnectionError);
      client.release(this.broken ? true : undefined);
    };
    void this.queue
      .then(async () => {
        if (this.broken) {
          giveBack();
          return;
        }
        if (this.inTx && this.finishedWell && this.commitCanWait()) {
          // Read only, no slot: its COMMIT rides with the next message on this connection (deferred-commit.ts).
          deferCommit(client);
        } else if (this.inTx) {
          await this.pool.watch(client.query('COMMIT')).catch(() => {
            this.broken = true;
          });
        } else if (this.owesCommit) {
          // Nothing was sent: the earlier request's transaction is still open, and still owed.
          this.owesCommit = false;
          deferCommit(client);
        }
        giveBack();
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
    const branches = Array.from({ length: slots }, (_, i) => `WHEN pg_try_advisory_xact_lock(${HEAVY_LOCK_SPACE + i}, $1::int) THEN ${i}`).join(' ');
    text =
      `SELECT s.slot, CASE WHEN s.slot IS NOT NULL AND $2::text IS NOT NULL THEN set_config('statement_timeout', $2::text, true) END AS timeout ` +
      `FROM (SELECT CASE ${branches} END AS slot) s`;
    heavySlotSqls.set(slots, text);
  }
  return text;
}
