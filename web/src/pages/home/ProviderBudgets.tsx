import { formatText, HOME_PROVIDER_BUDGETS_TEXTS as T } from '@regiekamer/texts';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { formatMoney, formatPercent } from '../../lib/format';
import type { ProviderBudget } from './year-figures';

/**
 * One small bar per provider: cost this year against the budget of its adopted annual plan, with a mark where the
 * year now stands; without a plan against the convenant budget allotted to it up to today (the whole year for a year
 * that is over), which needs no mark. Without either the bar compares the cost with the largest provider's. The words
 * say it all; the bars are for the eye.
 */
export function ProviderBudgets({
  providers,
  elapsed,
  year,
  soFar,
}: {
  providers: readonly ProviderBudget[];
  elapsed: number;
  year: number;
  soFar: boolean;
}) {
  const largest = Math.max(1, ...providers.map((p) => p.costCents ?? 0));
  return (
    <section className="section" aria-labelledby="per-aanbieder-budget">
      <Heading3 id="per-aanbieder-budget">{T.title}</Heading3>
      {providers.length === 0 ? (
        <Paragraph>{T.none}</Paragraph>
      ) : (
        <ul className="multiples">
          {providers.map((p) => (
            <li key={p.id} className="multiple">
              <span className="multiple__name">{p.name}</span>
              <BudgetBar p={p} largest={largest} elapsed={elapsed} />
              <span className="multiple__note">{noteOf(p, year, soFar)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function noteOf(p: ProviderBudget, year: number, soFar: boolean): string {
  if (p.costCents === null) return T.noData;
  if (p.budgetCents === null) return formatText(T.noPlan, { cost: formatMoney(p.costCents) });
  const values = { cost: formatMoney(p.costCents), budget: formatMoney(p.budgetCents), percent: formatPercent(p.ratio) };
  if (p.basis === 'plan') return formatText(T.costOfBudget, values);
  return formatText(soFar ? T.costOfAllocationSoFar : T.costOfAllocationYear, { ...values, allocation: values.budget, year: String(year) });
}

function BudgetBar({ p, largest, elapsed }: { p: ProviderBudget; largest: number; elapsed: number }) {
  const withBudget = p.budgetCents !== null;
  const share = withBudget ? (p.ratio ?? 0) : (p.costCents ?? 0) / largest;
  const over = withBudget && share > 1;
  return (
    <span className={`bar${withBudget ? '' : ' bar--no-budget'}`} aria-hidden="true">
      <span className={`bar__fill${over ? ' bar__fill--over' : ''}`} style={{ inlineSize: `${Math.min(1, share) * 100}%` }} />
      {p.basis === 'plan' && <span className="bar__mark" style={{ insetInlineStart: `${Math.min(1, elapsed) * 100}%` }} />}
    </span>
  );
}
