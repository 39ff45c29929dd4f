/**
 * Where each quarter of an annual plan stands, at a glance. The API knows no deadline for a quarter report; the
 * client counts one as late when it is still missing a month (30 days) after the quarter ended.
 */
export type QuarterState = 'NO_PLAN' | 'RUNNING' | 'DUE' | 'LATE' | 'SUBMITTED' | 'REVIEWED';

export const LATE_AFTER_DAYS = 30;

export const QUARTER_STATE_LABELS: Record<QuarterState, string> = {
  NO_PLAN: 'Plan niet vastgesteld',
  RUNNING: 'Loopt nog',
  DUE: 'Nu indienen',
  LATE: 'Te laat',
  SUBMITTED: 'Ingediend',
  REVIEWED: 'Besproken',
};

/** The last day of a quarter, `YYYY-MM-DD`. */
export function quarterEnd(year: number, quarter: number): string {
  const end = new Date(Date.UTC(year, quarter * 3, 0));
  return end.toISOString().slice(0, 10);
}

export function quarterStart(year: number, quarter: number): string {
  return new Date(Date.UTC(year, (quarter - 1) * 3, 1)).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The state of one quarter of a plan on `today`. */
export function quarterState(
  plan: { year: number; status: 'DRAFT' | 'ADOPTED' },
  quarter: number,
  report: { reviewed: boolean } | undefined,
  today: string,
): QuarterState {
  if (report) return report.reviewed ? 'REVIEWED' : 'SUBMITTED';
  if (plan.status !== 'ADOPTED') return 'NO_PLAN';
  const end = quarterEnd(plan.year, quarter);
  // The API accepts a report once the quarter has ended: from the day after its last day.
  if (today <= end) return 'RUNNING';
  return daysBetween(end, today) > LATE_AFTER_DAYS ? 'LATE' : 'DUE';
}

/** Whether a report can be submitted now (the quarter has ended and none is in). */
export const canSubmit = (state: QuarterState): boolean => state === 'DUE' || state === 'LATE';
