import { Logger, runMigrations, type LogFunctionFactory } from 'graphile-worker';
import type { Queryable } from '../db/database';
import type { Logger as AppLogger } from '../shared/logger';

/** The queue's schema (graphile-worker's default): its tables are the library's, installed and upgraded by it. */
export const QUEUE_SCHEMA = 'graphile_worker';

/** graphile-worker's log lines through ours: warnings and errors only, its start and stop chatter at debug. */
export function queueLogger(logger: AppLogger | null): Logger {
  const factory: LogFunctionFactory = (scope) => (level, message, meta) => {
    if (logger === null) return;
    const fields = { scope: scope.label ?? 'queue', ...(meta ?? {}) };
    // LogLevel is a const enum of its strings; read as text, it needs no import that compilers per file cannot inline.
    const name: string = level;
    if (name === 'error') logger.error(message, fields);
    else if (name === 'warning') logger.warn(message, fields);
    else logger.debug(message, fields);
  };
  return new Logger(factory);
}

/**
 * Installs or upgrades the queue's schema, as the owner: part of the migrate step, so that neither the API's
 * application role nor a worker connecting as someone else ever needs to create anything.
 */
export async function installQueue(url: string, logger: AppLogger | null = null): Promise<void> {
  await runMigrations({ connectionString: url, schema: QUEUE_SCHEMA, logger: queueLogger(logger) });
}

export interface JobOptions {
  /** One job per key: adding it again while it waits keeps one (see graphile-worker's job keys). */
  jobKey?: string;
  runAt?: Date;
  maxAttempts?: number;
  /** preserve_run_at: a key added again keeps its time (a retry that waits is not made earlier). */
  jobKeyMode?: 'replace' | 'preserve_run_at';
}

/**
 * Adds a job in the caller's transaction, as the owner (the worker's side): it exists exactly when that transaction
 * commits. The API's application role adds jobs only through the narrow functions of the notification migration.
 */
export async function addJob(tx: Queryable, task: string, payload: object, options: JobOptions = {}): Promise<void> {
  await tx.query(
    `SELECT 1 FROM ${QUEUE_SCHEMA}.add_job(identifier => $1, payload => $2::json, run_at => $3, max_attempts => $4,
       job_key => $5, job_key_mode => $6)`,
    [task, JSON.stringify(payload), options.runAt ?? null, options.maxAttempts ?? null, options.jobKey ?? null, options.jobKeyMode ?? 'replace'],
  );
}
