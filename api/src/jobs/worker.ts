import pg from 'pg';
import { runTaskList } from 'graphile-worker';
import type { WorkerConfig } from '../config';
import { installPgTypeParsers } from '../db/pg-types';
import type { Logger } from '../shared/logger';
import { createMailer } from '../modules/notification/mailer';
import { notificationTasks, scheduleRequeue } from '../modules/notification/notification.tasks';
import { ownerTransaction } from './owner-db';
import { requeuePending, type WorkerDeps } from '../modules/notification/outbox';
import { addJob, QUEUE_SCHEMA, queueLogger } from './queue';
import { dailyJobKey, startDaily, type DailyTask } from './daily';
import { MORNING_TASK, morningTask } from '../modules/notification/morning';
import { oidcTasks } from '../modules/oidc/oidc.recheck';
import type { OidcRuntime } from '../modules/oidc/oidc.sign-in';
import { createPseudonymizer } from '../shared/pseudonym';
import { retentionTask } from '../modules/retention/retention.job';

export interface WorkerOptions {
  config: WorkerConfig;
  /** The owner's URL the API migrated with; WORKER_DATABASE_URL takes its place when set. */
  databaseUrl: string;
  /** Where links in messages point: PUBLIC_URL, or the API's own address. */
  publicUrl: string;
  logger: Logger;
  /** Work at a time of day in Amsterdam besides the morning notices. */
  daily?: readonly DailyTask[];
  /**
   * false: the morning notices are not scheduled (for tests that run a morning themselves, for a date they choose,
   * and must not get the real 07:00 run in the middle).
   */
  morning?: boolean;
  /** false: the daily retention job (RETENTION_AT) is not scheduled (for tests that run it themselves). */
  retention?: boolean;
  /** Single sign-on: with it, the worker re-checks sessions with their issuers (without it, in a worker of its own, see cli/worker.ts). */
  oidc?: OidcRuntime;
  /** The pseudonym secret: with it, the morning counts selection rounds whose last day has passed. */
  pseudonymSecret?: string;
}

export interface RunningWorker {
  /** Stops taking jobs, lets the running ones finish, and closes its connections. */
  stop(): Promise<void>;
  /** Runs the morning notices for `on` now instead of at the next MORNING_AT (the demo's first start); the next follows as usual. */
  runMorningNow(on: string): Promise<void>;
}

/**
 * The job worker (graphile-worker): jobs arrive by LISTEN/NOTIFY and are taken with SKIP LOCKED, so with several
 * processes on one database each job runs once. It connects directly as the owner, never through a transaction
 * pooler: LISTEN needs a session. Signals are the caller's to handle (the API stops it together with its HTTP server).
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  installPgTypeParsers();
  const { config, logger } = options;
  const pool = new pg.Pool({
    connectionString: config.databaseUrl ?? options.databaseUrl,
    // Each running job holds one connection while it sends; the queue itself needs a few of its own.
    max: config.concurrency + 4,
    application_name: 'regiekamer-worker',
  });
  // A connection the server ends (the embedded database stops with the same signal as this process) must not end the
  // process: the statement under way rejects on its own, and the queue's connections are not all watched by it.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const mailer = config.smtpUrl === null ? null : createMailer(config.smtpUrl);
  const deps: WorkerDeps = {
    pool,
    mailer,
    mailFrom: config.mailFrom,
    publicUrl: options.publicUrl,
    maxAttempts: config.mailMaxAttempts,
    logger,
    ...(options.pseudonymSecret === undefined ? {} : { ballotHash: createPseudonymizer(options.pseudonymSecret) }),
  };
  try {
    // Messages whose jobs a killed process still holds are queued anew before work starts.
    const requeued = await requeuePending(deps, null);
    if (requeued > 0) logger.info('pending messages queued again', { count: requeued });
    await ownerTransaction(pool, (tx) => scheduleRequeue(tx, true));
    const dailyTasks = await startDaily(pool, [
      ...(options.morning === false ? [] : [morningTask(deps, config.morningAt)]),
      ...(options.retention === false ? [] : [retentionTask(pool, config.retention, logger)]),
      ...(options.daily ?? []),
    ]);
    // The worker pool alone, without the queue's cron (nothing here uses it: its start-up, interrupted by a database
    // going away, ended the process) and without its migrations (the migrate step installed the schema).
    const workers = runTaskList(
      {
        schema: QUEUE_SCHEMA,
        concurrency: config.concurrency,
        noHandleSignals: true,
        // LISTEN/NOTIFY brings new jobs at once; the poll only finds jobs whose time (a retry's backoff) has come.
        pollInterval: 1000,
        logger: queueLogger(logger),
      },
      { ...notificationTasks(deps), ...dailyTasks, ...(options.oidc ? oidcTasks({ pool, runtime: options.oidc, logger }) : {}) },
      pool,
    );
    // It ends on its own only when it fails; said once, not as an unhandled rejection.
    workers.promise.catch((error: unknown) => logger.error('the job worker stopped', { error: String(error) }));
    return {
      runMorningNow: (on) =>
        ownerTransaction(pool, (tx) =>
          addJob(tx, MORNING_TASK, { on }, { jobKey: dailyJobKey(MORNING_TASK), runAt: new Date(), jobKeyMode: 'replace' }),
        ),
      async stop() {
        await workers.gracefulShutdown('the process is stopping');
        mailer?.close();
        await pool.end();
      },
    };
  } catch (error) {
    mailer?.close();
    await pool.end();
    throw error;
  }
}
