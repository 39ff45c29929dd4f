import { daysBetween } from '../../shared/local-date';

/**
 * What makes an item need attention, and how urgently: pure rules, table-tested in __tests__/attention.rules.test.ts.
 * The sources (attention.sources.ts) find the candidates in the database; these rules decide about them.
 */

export enum AttentionSeverityLevel {
  INFO = 'INFO',
  WARNING = 'WARNING',
  URGENT = 'URGENT',
}

/** Budget use from this share of the budget on needs attention; the whole budget used is urgent. */
export const BUDGET_WARNING_RATIO = 0.9;
/** Spending this much ahead of the time that has passed (as a share of the budget) needs attention too. */
export const BUDGET_PACE_MARGIN = 0.1;
/** Late by this many days or more is urgent. */
export const URGENT_AFTER_DAYS = 14;

export { daysBetween };

/** How late something due on `dueOn` is today: null when it is not late (due today is not late). */
export function daysLate(dueOn: string, today: string): number | null {
  const late = daysBetween(dueOn, today);
  return late > 0 ? late : null;
}

export function lateSeverity(days: number): AttentionSeverityLevel {
  return days >= URGENT_AFTER_DAYS ? AttentionSeverityLevel.URGENT : AttentionSeverityLevel.WARNING;
}

/** The share of a period [startsOn, endsOn] that has passed on `today` (0 before it, 1 after it). */
export function elapsedShare(startsOn: string, endsOn: string, today: string): number {
  const length = daysBetween(startsOn, endsOn) + 1;
  const passed = daysBetween(startsOn, today) + 1;
  if (length <= 0) return 1;
  return Math.min(1, Math.max(0, passed / length));
}

export interface BudgetVerdict {
  reason: 'BUDGET_EXCEEDED' | 'BUDGET_NEARLY_USED' | 'BUDGET_AHEAD_OF_PACE';
  severity: AttentionSeverityLevel;
  ratio: number;
}

/**
 * Cost against a budget for a period of which `elapsed` (0..1) has passed: exceeded (urgent), at least 90% used, or
 * spent more than 10 points ahead of the time that passed. Null when none holds, or without a budget.
 */
export function budgetVerdict(costCents: number, budgetCents: number | null, elapsed: number): BudgetVerdict | null {
  if (budgetCents === null || budgetCents <= 0) return null;
  const ratio = Math.round((costCents / budgetCents) * 10000) / 10000;
  if (ratio >= 1) return { reason: 'BUDGET_EXCEEDED', severity: AttentionSeverityLevel.URGENT, ratio };
  if (ratio >= BUDGET_WARNING_RATIO) return { reason: 'BUDGET_NEARLY_USED', severity: AttentionSeverityLevel.WARNING, ratio };
  if (ratio > elapsed + BUDGET_PACE_MARGIN) return { reason: 'BUDGET_AHEAD_OF_PACE', severity: AttentionSeverityLevel.WARNING, ratio };
  return null;
}

/** Requests past the waiting norm: urgent once the longest has waited twice the norm, otherwise a warning. */
export function waitingSeverity(longestDaysWaited: number, normDays: number): AttentionSeverityLevel {
  return longestDaysWaited >= 2 * normDays ? AttentionSeverityLevel.URGENT : AttentionSeverityLevel.WARNING;
}

/** A party that has not signed: urgent once the convenant should have been in force, otherwise a warning. */
export function unsignedSeverity(startsOn: string, today: string): AttentionSeverityLevel {
  return today >= startsOn ? AttentionSeverityLevel.URGENT : AttentionSeverityLevel.WARNING;
}

/** The last whole calendar month before `today`: its first and last day. */
export function lastWholeMonth(today: string): { from: string; to: string } {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const first = new Date(Date.UTC(y, m - 2, 1));
  const last = new Date(Date.UTC(y, m - 1, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

const RANK: Record<AttentionSeverityLevel, number> = { URGENT: 0, WARNING: 1, INFO: 2 };

/** Most urgent first, then the latest, then by due date and kind, so the order is stable. */
export function compareAttention(
  a: { severity: AttentionSeverityLevel; daysLate: number | null; dueOn: string | null; kind: string; subjectId: string },
  b: { severity: AttentionSeverityLevel; daysLate: number | null; dueOn: string | null; kind: string; subjectId: string },
): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    (b.daysLate ?? -1) - (a.daysLate ?? -1) ||
    (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
    a.kind.localeCompare(b.kind) ||
    a.subjectId.localeCompare(b.subjectId)
  );
}
