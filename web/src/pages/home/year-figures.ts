import { MONTH_NAME_TEXTS, MONTH_SHORT_TEXTS } from '@regiekamer/texts';
import type { HomeFiguresQuery } from '../../gql/graphql';
import { todayInAmsterdam } from '../../lib/format';

export type HomeFigures = HomeFiguresQuery;

/**
 * The year shown (this year unless `?jaar=` names another) up to today, or whole when it is another year, and the
 * year before it, whole. `running`: the month of today in the year shown (0-11), 12 when the year is over, -1 when it
 * has not begun.
 */
export function homePeriods(asked: string | null = null, today = todayInAmsterdam()) {
  const current = Number(today.slice(0, 4));
  const n = asked !== null && /^\d{4}$/.test(asked) ? Number(asked) : current;
  const year = n >= 2000 && n <= 2100 ? n : current;
  const running = year === current ? Number(today.slice(5, 7)) - 1 : year < current ? 12 : -1;
  return {
    year,
    current,
    running,
    thisYear: { from: `${year}-01-01`, to: year === current ? today : `${year}-12-31` },
    lastYear: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
  };
}

// Integer keys keep their order: January first.
export const MONTHS: readonly string[] = Object.values(MONTH_SHORT_TEXTS);
export const MONTH_NAMES: readonly string[] = Object.values(MONTH_NAME_TEXTS);

/** Cost in cents per calendar month (index 0 = January); null for a month without figures (still to come). */
export function costPerMonth(series: readonly { periodStart: string; costCents: number | null | undefined }[]): (number | null)[] {
  const months: (number | null)[] = Array.from({ length: 12 }, () => null);
  for (const s of series) {
    const m = Number(s.periodStart.slice(5, 7)) - 1;
    if (m >= 0 && m < 12) months[m] = s.costCents ?? null;
  }
  return months;
}

export interface ProviderBudget {
  id: string;
  name: string;
  costCents: number | null;
  /**
   * What the cost is held against: the adopted annual plan of the year (`plan`); without one the convenant budget
   * allotted to the provider, pro rata over the days of the period shown (`allocation`, the overview's "Toegekend
   * budget"); else nothing (`null`).
   */
  basis: 'plan' | 'allocation' | null;
  /** The amount of that basis; null without one. */
  budgetCents: number | null;
  /** Cost against that amount; null without a basis or without cost. */
  ratio: number | null;
}

/** Each provider's cost this year against its adopted annual plan of this year, else against its allotted budget. */
export function providerBudgets(data: HomeFigures): ProviderBudget[] {
  const plans = new Map<string, number>();
  for (const { node } of data.annualPlans.edges) {
    if (node.status === 'ADOPTED' && node.provider) plans.set(node.provider.id, node.budgetCents);
  }
  return data.thisYear.byProvider.map((p) => {
    const costCents = p.costCents ?? null;
    const plan = plans.get(p.provider.id) ?? 0;
    const allocation = p.allocationCents ?? 0;
    const basis = plan > 0 ? 'plan' : allocation > 0 ? 'allocation' : null;
    const budgetCents = basis === 'plan' ? plan : basis ? allocation : null;
    // Against the allotment the ratio is the API's, so that the percentage is the overview's to the point.
    const ratio =
      costCents === null || budgetCents === null ? null : basis === 'allocation' ? (p.allocationUsedRatio ?? costCents / budgetCents) : costCents / budgetCents;
    return { id: p.provider.id, name: p.provider.name, costCents, basis, budgetCents, ratio };
  });
}

/** Share of the year passed on `today` (1 January: 1/365). */
export function yearElapsed(today: string): number {
  const y = Number(today.slice(0, 4));
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  const now = Date.UTC(y, Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10))) + 86400000;
  return (now - start) / (end - start);
}
