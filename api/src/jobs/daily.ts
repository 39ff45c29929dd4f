import type pg from 'pg';
import type { Task, TaskList } from 'graphile-worker';
import type { Queryable } from '../db/database';
import { nextDailyRun, zonedDate, zonedInstant } from '../modules/notification/notification.rules';
import { ownerTransaction } from './owner-db';
import { addJob } from './queue';

/**
 * Work done once a day at a time on Amsterdam's clocks (a digest at 07:00). The instant is computed by the tested pure
 * rule (zonedInstant / nextDailyRun), not by the queue's cron, which counts in UTC: the job is added with its run_at,
 * under one key per task, so however many workers start there is one waiting job, and each run adds the next.
 */
export interface DailyTask {
  task: string;
  /** HH:MM on Amsterdam's clocks. */
  at: string;
  /** `on`: the Amsterdam date the run is for. */
  run(on: string): Promise<void>;
}

export const dailyJobKey = (task: string): string => `daily:${task}`;

/**
 * Adds the run after `after`. `keepWaiting`: a run already waiting keeps its time, also one whose time passed while
 * no worker ran (at a worker's start: a missed morning runs now rather than being skipped).
 */
export async function scheduleDaily(tx: Queryable, d: Pick<DailyTask, 'task' | 'at'>, after: Date, keepWaiting: boolean): Promise<Date> {
  const runAt = nextDailyRun(after, d.at);
  await addJob(tx, d.task, { on: zonedDate(runAt) }, { jobKey: dailyJobKey(d.task), runAt, jobKeyMode: keepWaiting ? 'preserve_run_at' : 'replace' });
  return runAt;
}

function dailyHandler(pool: pg.Pool, d: DailyTask): Task {
  return async (payload) => {
    const on = (payload as { on?: unknown } | null)?.on;
    let after = new Date();
    if (typeof on === 'string') {
      await d.run(on);
      // A run brought forward (by hand) still counts for its day: the next is the day after, not later that same day.
      after = new Date(Math.max(after.getTime(), zonedInstant(on, d.at).getTime()));
    }
    await ownerTransaction(pool, (tx) => scheduleDaily(tx, d, after, false));
  };
}

/** The tasks of `daily`, and their first runs added (kept if already waiting). */
export async function startDaily(pool: pg.Pool, daily: readonly DailyTask[]): Promise<TaskList> {
  await ownerTransaction(pool, async (tx) => {
    for (const d of daily) await scheduleDaily(tx, d, new Date(), true);
  });
  return Object.fromEntries(daily.map((d) => [d.task, dailyHandler(pool, d)]));
}
