import { quarterBounds, yearBounds } from '../../shared/local-date';
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
