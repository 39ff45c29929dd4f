import { formatText, HOME_KEY_FIGURES_TEXTS as T } from '@regiekamer/texts';
import { formatMoney, formatNumber, formatPercent } from '../../lib/format';
import type { HomeFigures } from './year-figures';

/** Four figures of this year so far; what they mean is told in the page's help. */
export function KeyFigures({ o }: { o: HomeFigures['thisYear'] }) {
  const hidden = (field: string, list: readonly string[]) => (list.includes(field) ? T.hidden : '—');
  return (
    <ul className="figures" aria-label={T.label}>
      <li className="figure">
        <span className="figure__label">{T.active}</span>
        <span className="figure__value">{formatNumber(o.arrangements.active, hidden('active', o.arrangements.suppressed))}</span>
        <span className="figure__note">{formatText(T.newThisYear, { count: formatNumber(o.arrangements.new, '—') })}</span>
      </li>
      <li className="figure">
        <span className="figure__label">{T.cost}</span>
        <span className="figure__value">{formatPercent(o.budgetUsedRatio)}</span>
        <span className="figure__note">
          {formatText(T.costOfBudget, { cost: formatMoney(o.costCents), budget: formatMoney(o.budgetCents, T.noBudget) })}
        </span>
      </li>
      <li className="figure">
        <span className="figure__label">{T.waiting}</span>
        <span className="figure__value">
          {o.averageWaitingDays === null
            ? hidden('averageWaitingDays', o.suppressed)
            : formatText(T.waitingDays, { days: formatNumber(o.averageWaitingDays) })}
        </span>
        <span className="figure__note">{T.waitingNote}</span>
      </li>
      <li className="figure">
        <span className="figure__label">{T.reached}</span>
        <span className="figure__value">{formatNumber(o.uniqueResidents, hidden('uniqueResidents', o.suppressed))}</span>
        <span className="figure__note">{formatText(T.perThousand, { count: formatNumber(o.residentsPerThousandInhabitants) })}</span>
      </li>
    </ul>
  );
}
