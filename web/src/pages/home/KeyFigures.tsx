import { formatText, HOME_KEY_FIGURES_TEXTS as T, KEY_FIGURE_TEXTS as K } from '@regiekamer/texts';
import { formatMoney, formatNumber, formatPercent } from '../../lib/format';
import type { HomeFigures } from './year-figures';

/** Four figures of this year so far; what they mean is told in the page's help. */
export function KeyFigures({ o }: { o: HomeFigures['thisYear'] }) {
  const hidden = (field: string, list: readonly string[]) => (list.includes(field) ? T.hidden : '—');
  return (
    <ul className="figures" aria-label={T.label}>
      <li className="figure">
        <span className="figure__label">{K.active}</span>
        <span className="figure__value">{formatNumber(o.arrangements.active, hidden('active', o.arrangements.suppressed))}</span>
        <span className="figure__note">{formatText(T.newThisYear, { count: formatNumber(o.arrangements.new, '—') })}</span>
      </li>
      <li className="figure">
        <span className="figure__label">{K.cost}</span>
        <span className="figure__value">{formatPercent(o.budgetUsedRatio)}</span>
        <span className="figure__note">
          {formatText(K.costOfBudget, { cost: formatMoney(o.costCents), budget: formatMoney(o.budgetCents, K.noBudget) })}
        </span>
      </li>
      <li className="figure">
        <span className="figure__label">{K.waiting}</span>
        <span className="figure__value">
          {o.averageWaitingDays === null
            ? hidden('averageWaitingDays', o.suppressed)
            : formatText(K.waitingDays, { days: formatNumber(o.averageWaitingDays) })}
        </span>
        <span className="figure__note">{K.waitingNote}</span>
      </li>
      <li className="figure">
        <span className="figure__label">{K.reached}</span>
        <span className="figure__value">{formatNumber(o.uniqueResidents, hidden('uniqueResidents', o.suppressed))}</span>
        <span className="figure__note">{formatText(K.perThousand, { count: formatNumber(o.residentsPerThousandInhabitants) })}</span>
      </li>
    </ul>
  );
}
