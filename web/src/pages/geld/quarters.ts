import { GELD_QUARTER_STATE_TEXTS as T } from '@regiekamer/texts';

/**
 * Where each quarter of an annual plan stands, at a glance. Whether a report is late is the API's rule (the plan's
 * `quarters`: due 10 days after the quarter ends), never decided here.
 */
export type QuarterState = 'NO_PLAN' | 'RUNNING' | 'DUE' | 'LATE' | 'SUBMITTED' | 'REOPENED' | 'REVIEWED';

export const QUARTER_STATE_LABELS: Record<QuarterState, string> = T;

/** The last day of a quarter, `YYYY-MM-DD`. */
export function quarterEnd(year: number, quarter: number): string {
  const end = new Date(Date.UTC(year, quarter * 3, 0));
  return end.toISOString().slice(0, 10);
}

export function quarterStart(year: number, quarter: number): string {
  return new Date(Date.UTC(year, (quarter - 1) * 3, 1)).toISOString().slice(0, 10);
}

/** What the API says of each quarter of a plan. */
export interface PlanQuarterFacts {
  quarter: number;
  reportDueOn: string;
  reportLate: boolean;
}

/** The state of one quarter of a plan on `today`. */
export function quarterState(
  plan: { year: number; status: 'DRAFT' | 'ADOPTED'; quarters: readonly PlanQuarterFacts[] },
  quarter: number,
  report: { reviewed: boolean; reopened?: boolean } | undefined,
  today: string,
): QuarterState {
  // Reopened: the regisseur sent it back, it waits for the provider again (whatever its earlier review said).
  if (report?.reopened) return 'REOPENED';
  if (report) return report.reviewed ? 'REVIEWED' : 'SUBMITTED';
  if (plan.status !== 'ADOPTED') return 'NO_PLAN';
  const end = quarterEnd(plan.year, quarter);
  // The API accepts a report once the quarter has ended: from the day after its last day.
  if (today <= end) return 'RUNNING';
  return plan.quarters.find((q) => q.quarter === quarter)?.reportLate ? 'LATE' : 'DUE';
}

/** Whether a report can be submitted now (the quarter has ended and none is in). */
export const canSubmit = (state: QuarterState): boolean => state === 'DUE' || state === 'LATE';
