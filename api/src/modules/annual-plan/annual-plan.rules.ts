import { addDays, quarterBounds, yearBounds } from '../../shared/local-date';
import { ReviewAttendeeRole } from './annual-plan.entity';
import { proRataBudget } from '../funding/funding.rules';

/**
 * The accountability figures of an annual plan (the seed: location managers account quarterly for plan and budget):
 * the year's budget is the sum of its lines, a quarter's budget its share by calendar days, the variance what was spent
 * against it, and a goal's attainment what was realised against its target. Pure; table-tested.
 */

/** A ratio rounded to four decimals (0.1234 = 12.34%), or null when there is nothing to compare with. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10000) / 10000 : null;
}

/** The year's budget: the sum of the plan's budget lines. */
export function annualBudget(lines: readonly { amountCents: number }[]): number {
  return lines.reduce((sum, line) => sum + line.amountCents, 0);
}

/** A goal's attainment: realised against target; null for a goal without a target above zero. */
export function attainmentRatio(realised: number, target: number): number | null {
  return ratio(realised, target);
}

export interface Variance {
  annualBudgetCents: number;
  budgetCents: number;
  spentCents: number;
  differenceCents: number;
  spentRatio: number | null;
}

/** A quarter's spending against the year's budget pro rata over the days of the quarter: above zero is overspent. */
export function quarterVariance(annualBudgetCents: number, spentCents: number, year: number, quarter: number): Variance {
  const y = yearBounds(year);
  const q = quarterBounds(year, quarter);
  const budgetCents = proRataBudget([{ startsOn: y.from, endsOn: y.to, budgetCents: annualBudgetCents }], q.from, q.to) ?? 0;
  return { annualBudgetCents, budgetCents, spentCents, differenceCents: spentCents - budgetCents, spentRatio: ratio(spentCents, budgetCents) };
}

/** A quarter report is due this many days after its quarter ends. */
export const QUARTER_REPORT_DUE_DAYS = 10;

/** The last day a quarter's report is on time. */
export function quarterReportDueOn(year: number, quarter: number): string {
  return addDays(quarterBounds(year, quarter).to, QUARTER_REPORT_DUE_DAYS);
}

/**
 * Whether a quarter's report is late on `today`: only an adopted plan is accounted for, and a report once received is
 * never late (when it came does not change that).
 */
export function quarterReportLate(plan: { year: number; adopted: boolean }, quarter: number, received: boolean, today: string): boolean {
  return plan.adopted && !received && today > quarterReportDueOn(plan.year, quarter);
}

/** The quarter that ended last before `on`: the one before the quarter `on` lies in. */
export function lastEndedQuarter(on: string): { year: number; quarter: number } {
  const year = Number(on.slice(0, 4));
  const quarter = Math.floor((Number(on.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

/**
 * Who a quarterly review is held with (the seed: "verantwoorden aan leden van de directie, de hoofd boekhouding en
 * kerngroep delegatie"): the board, the head of finance and the kerngroep delegation each have someone among the
 * attendees. The roles missing, in that order; empty when all are there.
 */
export const REVIEW_REQUIRED_ROLES: readonly ReviewAttendeeRole[] = [
  ReviewAttendeeRole.BOARD,
  ReviewAttendeeRole.HEAD_OF_FINANCE,
  ReviewAttendeeRole.KERNGROEP,
];

export function missingReviewRoles(attendees: readonly { role: ReviewAttendeeRole }[]): ReviewAttendeeRole[] {
  return REVIEW_REQUIRED_ROLES.filter((role) => !attendees.some((a) => a.role === role));
}
