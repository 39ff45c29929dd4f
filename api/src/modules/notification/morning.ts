import type { DailyTask } from '../../jobs/daily';
import { attentionDigestSource } from './attention-digest.notices';
import { deadlineReminderSource } from './deadline.notices';
import type { WorkerDeps } from './outbox';
import { actionMorningNotices } from './action.notices';
import { convenantSigningReminders } from './convenant.notices';
import { quarterReportSource } from './quarter.notices';
import { dailyDigestSource } from './digest.notices';
import { selectionRoundCloser } from '../selection/selection.morning';
import { councilCheckReminderSource } from './council-check.notices';

/**
 * One kind of scheduled notice (a reminder before a deadline, an overdue action, the regisseur's digest), made each
 * morning for the Amsterdam date `on`. It runs as the owner and makes its notifications with createNotification, whose
 * key (recipient, kind, object, due date) makes a run repeated for the same day add nothing.
 */
export interface MorningSource {
  name: string;
  run(deps: WorkerDeps, on: string): Promise<void>;
}

/** In the order they run: the daily digest, which gathers the morning's own notices too, comes last. */
export const MORNING_SOURCES: readonly MorningSource[] = [
  deadlineReminderSource,
  quarterReportSource,
  convenantSigningReminders,
  actionMorningNotices,
  attentionDigestSource,
  selectionRoundCloser,
  councilCheckReminderSource,
  dailyDigestSource,
];

export const MORNING_TASK = 'morning_notices';

/** Every source for one morning. One that fails does not keep the others from running; the job then fails and is retried. */
export async function runMorning(deps: WorkerDeps, on: string, sources: readonly MorningSource[] = MORNING_SOURCES): Promise<void> {
  let failure: Error | null = null;
  for (const source of sources) {
    try {
      await source.run(deps, on);
    } catch (error) {
      deps.logger.error('a morning notice failed', { source: source.name, on, error: String(error) });
      failure ??= error instanceof Error ? error : new Error(`${source.name} failed`);
    }
  }
  if (failure !== null) throw failure;
}

/** Each morning at 07:00 on Amsterdam's clocks. */
export const morningTask = (deps: WorkerDeps, at: string): DailyTask => ({ task: MORNING_TASK, at, run: (on) => runMorning(deps, on) });
