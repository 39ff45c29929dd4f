import type { Task, TaskList } from 'graphile-worker';
import { EVENT_TASKS, isEventPayload, proposalSubmitted } from './events';
import { MAIL_REQUEUE_TASK, MAIL_SEND_TASK, requeuePending, sendMessage, type WorkerDeps } from './outbox';

/** A job whose send job has been held this long by a worker is taken to be held by one that died. */
export const STALE_JOB_SECONDS = 300;

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
    },
    [EVENT_TASKS.proposalSubmitted]: eventTask(deps, proposalSubmitted),
  };
}
