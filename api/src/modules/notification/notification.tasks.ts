import type { Task, TaskList } from 'graphile-worker';
import type { Queryable } from '../../db/database';
import { ownerTransaction } from '../../jobs/owner-db';
import { addJob } from '../../jobs/queue';
import { actionAssigned } from './action.notices';
import { convenantAmendmentProposed, convenantSigningOpened } from './convenant.notices';
import { quarterReopened } from './quarter.notices';
import { EVENT_TASKS, isEventPayload, proposalSubmitted } from './events';
import { fundingProposed } from './funding.notices';
import { overlegCancelled, overlegMoved, overlegScheduled } from './overleg.notices';
import { selectionRoundCancelled, selectionWisdomInvited } from './selection.notices';
import { MAIL_REQUEUE_TASK, MAIL_SEND_TASK, requeuePending, sendMessage, type WorkerDeps } from './outbox';

/** A job whose send job has been held this long by a worker is taken to be held by one that died. */
export const STALE_JOB_SECONDS = 300;

/** How often the pending messages are looked over (see requeuePending). */
export const REQUEUE_EVERY_SECONDS = 300;

/**
 * The next look-over, one job under one key however many workers run. A job that adds its successor rather than the
 * queue's cron: the cron's start-up, interrupted by a database going away, ended the process.
 */
export function scheduleRequeue(tx: Queryable, keepWaiting: boolean): Promise<void> {
  return addJob(
    tx,
    MAIL_REQUEUE_TASK,
    {},
    {
      jobKey: MAIL_REQUEUE_TASK,
      runAt: new Date(Date.now() + REQUEUE_EVERY_SECONDS * 1000),
      jobKeyMode: keepWaiting ? 'preserve_run_at' : 'replace',
    },
  );
}

const sendTask =
  (deps: WorkerDeps): Task =>
  async (payload) => {
    const id = (payload as { id?: unknown } | null)?.id;
    // A malformed job is dropped, not retried for days.
    if (typeof id !== 'number') return;
    await sendMessage(deps, id);
  };

const eventTask =
  (deps: WorkerDeps, handle: typeof proposalSubmitted): Task =>
  async (payload) => {
    if (!isEventPayload(payload)) return;
    await handle(deps, payload);
  };

/** The worker's tasks, by the identifier jobs are added with. */
export function notificationTasks(deps: WorkerDeps): TaskList {
  return {
    [MAIL_SEND_TASK]: sendTask(deps),
    [MAIL_REQUEUE_TASK]: async () => {
      await requeuePending(deps, STALE_JOB_SECONDS);
      await ownerTransaction(deps.pool, (tx) => scheduleRequeue(tx, false));
    },
    [EVENT_TASKS.proposalSubmitted]: eventTask(deps, proposalSubmitted),
    [EVENT_TASKS.convenantSigningOpened]: eventTask(deps, convenantSigningOpened),
    [EVENT_TASKS.fundingProposed]: eventTask(deps, fundingProposed),
    [EVENT_TASKS.actionAssigned]: eventTask(deps, actionAssigned),
    [EVENT_TASKS.overlegScheduled]: eventTask(deps, overlegScheduled),
    [EVENT_TASKS.overlegMoved]: eventTask(deps, overlegMoved),
    [EVENT_TASKS.overlegCancelled]: eventTask(deps, overlegCancelled),
    [EVENT_TASKS.selectionWisdomInvited]: eventTask(deps, selectionWisdomInvited),
    [EVENT_TASKS.selectionRoundCancelled]: eventTask(deps, selectionRoundCancelled),
    [EVENT_TASKS.quarterReopened]: eventTask(deps, quarterReopened),
    [EVENT_TASKS.convenantAmendmentProposed]: eventTask(deps, convenantAmendmentProposed),
  };
}
