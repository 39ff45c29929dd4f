import type pg from 'pg';
import type { RetentionConfig } from '../../config';
import type { Queryable } from '../../db/database';
import type { DailyTask } from '../../jobs/daily';
import type { Logger } from '../../shared/logger';
import { callAnonymise, type AnonymisationCounts } from './anonymise';
import { JOB_KINDS, retentionCutoff, type RetentionKind } from './retention.rules';

export const RETENTION_TASK = 'retention';
/** A safety bound: a kind never needs more batches than this in one run (each batch's rows leave the selection). */
const MAX_BATCHES = 100_000;

export interface RetentionRun {
  kind: RetentionKind;
  cutoff: Date;
  counts: AnonymisationCounts;
}

export interface RetentionOptions {
  retention: RetentionConfig;
  now: Date;
  /** Everything is done and counted, then rolled back. */
  dryRun: boolean;
  /** Who runs it, as the run's record names it. */
  job: string;
  logger: Logger;
}

const total = (counts: AnonymisationCounts): number => Object.values(counts).reduce((sum, n) => sum + n, 0);

function add(into: AnonymisationCounts, counts: AnonymisationCounts): void {
  for (const [table, n] of Object.entries(counts)) into[table] = (into[table] ?? 0) + n;
}

/**
 * Applies every rule of the schedule that the job applies (JOB_KINDS), each through app_privacy_anonymise, as the
 * owner: batches of RETENTION_BATCH_SIZE, each committed on its own (short locks), until a batch finds nothing. Data
 * that is done leaves the selection, so a second run changes nothing. The access log is the API's partition upkeep's.
 */
export async function runRetention(pool: pg.Pool, options: RetentionOptions): Promise<RetentionRun[]> {
  const runs: RetentionRun[] = [];
  for (const kind of JOB_KINDS) {
    const cutoff = retentionCutoff(kind, options.now, options.retention.periods);
    const counts: AnonymisationCounts = {};
    const client = await pool.connect();
    const tx: Queryable = {
      query: async <R extends object>(text: string, params: readonly unknown[] = []) => (await client.query(text, params as unknown[])).rows as R[],
    };
    try {
      await client.query('BEGIN');
      for (let batch = 0; batch < MAX_BATCHES; batch++) {
        const changed = await callAnonymise(tx, kind, { cutoff, limit: options.retention.batchSize, job: options.job });
        add(counts, changed);
        if (total(changed) === 0) break;
        if (!options.dryRun) {
          await client.query('COMMIT');
          await client.query('BEGIN');
        }
      }
      await client.query(options.dryRun ? 'ROLLBACK' : 'COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    options.logger.info(options.dryRun ? 'retention dry run' : 'retention applied', { kind, cutoff: cutoff.toISOString(), ...counts });
    runs.push({ kind, cutoff, counts });
  }
  return runs;
}

/** The daily task (jobs/daily.ts), at RETENTION_AT on Amsterdam's clocks. */
export function retentionTask(pool: pg.Pool, retention: RetentionConfig, logger: Logger): DailyTask {
  return {
    task: RETENTION_TASK,
    at: retention.at,
    run: async () => {
      await runRetention(pool, { retention, now: new Date(), dryRun: false, job: RETENTION_TASK, logger });
    },
  };
}
