import pg from 'pg';
import type { Database } from './database';
import { SESSION_CHECK_SQL, sessionProblem, type SessionFacts } from './app-login';

/**
 * Reads on a hot standby (READ_DATABASE_URL). A background probe asks the standby every second how far it has replayed
 * and the primary where its WAL ends; read-only GraphQL operations go to the standby while it is up and close enough,
 * all else to the primary. A user who has just written carries the write's WAL position (the Regiekamer-Lsn header,
 * returned by the web client on its next requests), and reads on the primary until the standby has replayed past it:
 * nobody waits, and a standby that is slow to catch up costs the primary a few reads rather than the user seconds.
 */

/** The response and request header that carries the position of a user's last write. */
export const LSN_HEADER = 'regiekamer-lsn';

export type ReplicaState = 'up' | 'lagging' | 'down';

export interface ReplicaStatus {
  state: ReplicaState;
  /** Seconds the standby is behind the primary (0 when it has replayed all there is); null when it does not answer. */
  lagSeconds: number | null;
  /** The position the standby has replayed up to, as PostgreSQL writes it (`16/B374D848`); null when unknown. */
  replayLsn: string | null;
}

export type OperationKind = 'query' | 'mutation' | 'subscription' | 'unknown';

/** A WAL position (`16/B374D848`) as a number to compare; null when the text is not one. */
export function lsnValue(lsn: string): bigint | null {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(lsn);
  if (!match?.[1] || !match[2]) return null;
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

/**
 * Where a request's reads go. Only a query (no mutation, nothing unknown) goes to the standby, and only while it is up
 * and has replayed the user's last write (when the user carries one); everything else to the primary.
 */
export function readTarget(operation: OperationKind, userLsn: string | null, replica: ReplicaStatus | null): 'primary' | 'replica' {
  if (operation !== 'query' || replica?.state !== 'up') return 'primary';
  if (userLsn === null) return 'replica';
  const wanted = lsnValue(userLsn);
  const replayed = replica.replayLsn === null ? null : lsnValue(replica.replayLsn);
  if (wanted === null) return 'replica';
  return replayed !== null && replayed >= wanted ? 'replica' : 'primary';
}

/**
 * The standby's state from one probe: down when it did not answer or is not a standby; behind by the time since its
 * last replayed transaction, unless it has replayed all the primary has written (an idle primary writes nothing, and
 * that time then grows without the standby being behind); lagging past `maxLagSeconds`.
 */
export function replicaStatus(
  probe: { recovery: boolean; replayLsn: string | null; replayAgeSeconds: number | null } | null,
  primaryLsn: string | null,
  maxLagSeconds: number,
): ReplicaStatus {
  if (!probe?.recovery) return { state: 'down', lagSeconds: null, replayLsn: null };
  const replayed = probe.replayLsn === null ? null : lsnValue(probe.replayLsn);
  const written = primaryLsn === null ? null : lsnValue(primaryLsn);
  const caughtUp = replayed !== null && written !== null && replayed >= written;
  const lagSeconds = caughtUp ? 0 : (probe.replayAgeSeconds ?? null);
  const state: ReplicaState = lagSeconds === null || lagSeconds > maxLagSeconds ? 'lagging' : 'up';
  return { state, lagSeconds, replayLsn: probe.replayLsn };
}

/** What a GraphQL request is, from its text and operation name (graphql-js's parser, remembered per text). */
export function operationKindOf(query: unknown, operationName: unknown, parse: (text: string) => { definitions: readonly unknown[] }): OperationKind {
  if (typeof query !== 'string') return 'unknown';
  let document: { definitions: readonly unknown[] };
  try {
    document = parse(query);
  } catch {
    return 'unknown';
  }
  const operations = document.definitions.filter(
    (d): d is { kind: string; operation: string; name?: { value: string } } => (d as { kind?: unknown }).kind === 'OperationDefinition',
  );
  const chosen = typeof operationName === 'string' ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const kind = chosen?.operation;
  return kind === 'query' || kind === 'mutation' || kind === 'subscription' ? kind : 'unknown';
}

const PROBE_SQL = `SELECT pg_is_in_recovery() AS recovery, pg_last_wal_replay_lsn()::text AS "replayLsn",
  extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS "replayAgeSeconds"`;

/** The latest monitor of this process, for replicaLagSeconds. */
const running: { latest: ReplicaMonitor | null } = { latest: null };

/** Seconds the standby is behind (0: caught up); null when there is none, or it does not answer. For the metrics. */
export function replicaLagSeconds(): number | null {
  return running.latest?.status().lagSeconds ?? null;
}

/** Probes the standby (and the primary's WAL end) every `intervalMs`; each probe is bounded, so a hung standby counts as down. */
export class ReplicaMonitor {
  private current: ReplicaStatus = { state: 'down', lagSeconds: null, replayLsn: null };
  private timer: NodeJS.Timeout | null = null;
  private client: pg.Client | null = null;
  private stopped = false;
  /** Why the standby's login is refused (a superuser, an owner), once found. */
  private refusal: string | null = null;

  constructor(
    private readonly replicaUrl: string,
    private readonly primary: Database,
    private readonly maxLagSeconds: number,
    private readonly intervalMs = 1000,
    private readonly onRefusal: (problem: string) => void = () => undefined,
  ) {
    running.latest = this;
  }

  status(): ReplicaStatus {
    return this.current;
  }

  /** Probes once now (so that the first requests already know), then every interval. */
  async start(): Promise<void> {
    await this.probe();
    const tick = (): void => {
      this.timer = setTimeout(() => {
        void this.probe().finally(() => {
          if (!this.stopped) tick();
        });
      }, this.intervalMs);
      this.timer.unref();
    };
    tick();
  }

  async probe(): Promise<void> {
    const [standby, primary] = await Promise.all([
      this.ask().catch(() => null),
      this.primary.query<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`).then(
        (rows) => rows[0]?.lsn ?? null,
        () => null,
      ),
    ]);
    this.current = replicaStatus(standby, primary, this.maxLagSeconds);
  }

  private async ask(): Promise<{ recovery: boolean; replayLsn: string | null; replayAgeSeconds: number | null }> {
    const timeoutMs = Math.max(500, this.intervalMs);
    if (this.client === null) {
      const client = new pg.Client({ connectionString: this.replicaUrl, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs, application_name: 'regiekamer replica probe' });
      client.on('error', () => undefined);
      this.client = client;
      try {
        await client.connect();
        // The standby's login must be held by row security as the primary's is (see app.ts): refused, it serves nothing.
        const problem = sessionProblem((await client.query<SessionFacts>(SESSION_CHECK_SQL)).rows[0]);
        if (problem !== null) {
          if (this.refusal === null) this.onRefusal(problem);
          this.refusal = problem;
          throw new Error(problem);
        }
      } catch (error) {
        this.client = null;
        await client.end().catch(() => undefined);
        throw error;
      }
    }
    const client = this.client;
    try {
      const result = await client.query<{ recovery: boolean; replayLsn: string | null; replayAgeSeconds: number | null }>(PROBE_SQL);
      const row = result.rows[0];
      if (!row) throw new Error('no answer');
      return row;
    } catch (error) {
      // A probe that failed or timed out leaves the connection in doubt: the next one opens a new connection.
      this.client = null;
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.client?.end().catch(() => undefined);
    this.client = null;
    if (running.latest === this) running.latest = null;
  }
}

/** Chooses the pool of a GraphQL request's reads (see readTarget). */
export class ReadRouter {
  constructor(
    readonly primary: Database,
    readonly replica: Database,
    readonly monitor: ReplicaMonitor,
  ) {}

  /** The database for an operation of `kind` by a client that sent `lsnHeader` (its last write's position). */
  choose(kind: OperationKind, lsnHeader: string | string[] | undefined): Database {
    const lsn = typeof lsnHeader === 'string' && lsnValue(lsnHeader) !== null ? lsnHeader : null;
    return readTarget(kind, lsn, this.monitor.status()) === 'replica' ? this.replica : this.primary;
  }

  /** Whether a read of nobody in particular (the public pages: no user, so no write of theirs to wait for) goes to the standby now. */
  anonymousReadsOnStandby(): boolean {
    return readTarget('query', null, this.monitor.status()) === 'replica';
  }
}

/**
 * Whether a web session read on the standby was last seen over a minute ago (by its idle end: last seen plus the idle
 * timeout), so that the primary should move its last_seen_at as the token check does there.
 */
export function sessionSeenLongAgo(session: { idleExpiresAt: Date; expiresAt: Date }, idleMinutes: number, now: Date): boolean {
  if (session.idleExpiresAt.getTime() >= session.expiresAt.getTime()) return false;
  const lastSeen = session.idleExpiresAt.getTime() - idleMinutes * 60000;
  return now.getTime() - lastSeen > Math.min(60000, (idleMinutes * 60000) / 10);
}
