import pg from 'pg';
import { Gauge } from 'prom-client';
import { registry } from './metrics';

/** The pools whose connections /metrics reports, by name (summed when a process has several of a name). */
const pools = new Map<string, Set<pg.Pool>>();

const sum = (of: ReadonlySet<pg.Pool>, count: (pool: pg.Pool) => number): number => [...of].reduce((total, pool) => total + count(pool), 0);

/** Read at scrape time: connections in use, idle, and requests waiting for one, per pool. */
const poolConnections = new Gauge({
  name: 'regiekamer_db_pool_connections',
  help: 'Connections of a database pool by state (in_use, idle), and its size limit (max).',
  labelNames: ['pool', 'state'] as const,
  registers: [registry],
  collect() {
    poolConnections.reset();
    for (const [name, of] of pools) {
      poolConnections.set({ pool: name, state: 'in_use' }, sum(of, (p) => p.totalCount - p.idleCount));
      poolConnections.set({ pool: name, state: 'idle' }, sum(of, (p) => p.idleCount));
      poolConnections.set({ pool: name, state: 'max' }, sum(of, (p) => p.options.max));
    }
  },
});

const poolWaiting = new Gauge({
  name: 'regiekamer_db_pool_waiting',
  help: 'Requests waiting for a connection of a database pool.',
  labelNames: ['pool'] as const,
  registers: [registry],
  collect() {
    poolWaiting.reset();
    for (const [name, of] of pools) poolWaiting.set({ pool: name }, sum(of, (p) => p.waitingCount));
  },
});

/** Reports `pool` under `name` until the returned function is called. */
export function observePool(name: string, pool: pg.Pool): () => void {
  const of = pools.get(name) ?? new Set();
  of.add(pool);
  pools.set(name, of);
  return () => {
    of.delete(pool);
    if (of.size === 0 && pools.get(name) === of) pools.delete(name);
  };
}

/** Counts of the job queue (graphile-worker's jobs): due and not taken, taken by a worker, and given up (attempts spent). */
export const JOB_QUEUE_SQL = `SELECT count(*) FILTER (WHERE attempts < max_attempts AND locked_at IS NULL AND run_at <= now())::int AS ready,
        count(*) FILTER (WHERE attempts < max_attempts AND locked_at IS NOT NULL)::int AS running,
        count(*) FILTER (WHERE attempts >= max_attempts)::int AS failed
   FROM graphile_worker.jobs`;

interface QueueCounts {
  ready: number;
  running: number;
  failed: number;
}

/** How the queue is read (the latest started app's reader); a reader answers null when it could not read it. */
const queueReaders: (() => Promise<QueueCounts | null>)[] = [];

const jobs = new Gauge({
  name: 'regiekamer_jobs',
  help: 'Jobs in the queue by state: ready (due, waiting for a worker), running, failed (all attempts spent, kept for inspection).',
  labelNames: ['state'] as const,
  registers: [registry],
  async collect() {
    jobs.reset();
    const read = queueReaders.at(-1);
    const counts = read ? await read() : null;
    jobQueueUp.set(counts === null ? 0 : 1);
    if (counts === null) return;
    for (const state of ['ready', 'running', 'failed'] as const) jobs.set({ state }, counts[state]);
  },
});

const jobQueueUp = new Gauge({
  name: 'regiekamer_jobs_scrape_ok',
  help: '1 when the job queue could be read for this scrape, else 0 (then regiekamer_jobs is absent).',
  registers: [registry],
});

/**
 * Reads the job queue at scrape time, as the owner (the application role cannot read the queue's tables), on one
 * connection of its own with a short timeout, so that a slow database makes the scrape miss these figures, not hang.
 */
export function observeJobQueue(ownerUrl: string, timeoutMs = 2000): () => Promise<void> {
  const pool = new pg.Pool({
    connectionString: ownerUrl,
    max: 1,
    statement_timeout: timeoutMs,
    connectionTimeoutMillis: timeoutMs,
    idleTimeoutMillis: 60_000,
    application_name: 'regiekamer metrics',
  });
  pool.on('error', () => undefined);
  const read = async (): Promise<QueueCounts | null> => {
    try {
      const { rows } = await pool.query<QueueCounts>(JOB_QUEUE_SQL);
      return rows[0] ?? null;
    } catch {
      return null;
    }
  };
  queueReaders.push(read);
  return async () => {
    const i = queueReaders.indexOf(read);
    if (i >= 0) queueReaders.splice(i, 1);
    await pool.end();
  };
}
