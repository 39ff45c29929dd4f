import { formatMoney, formatNumber, formatPercent } from '../../lib/format';
import type { HomeFigures } from './year-figures';

/** Four figures of this year so far; what they mean is told in the page's help. */
export function KeyFigures({ o }: { o: HomeFigures['thisYear'] }) {
  const hidden = (field: string, list: readonly string[]) => (list.includes(field) ? 'afgeschermd' : '—');
  return (
    <ul className="figures" aria-label="Kerncijfers dit jaar">
      <li className="figure">
        <span className="figure__label">Actieve arrangementen</span>
        <span className="figure__value">{formatNumber(o.arrangements.active, hidden('active', o.arrangements.suppressed))}</span>
        <span className="figure__note">{formatNumber(o.arrangements.new, '—')} nieuw dit jaar</span>
      </li>
      <li className="figure">
        <span className="figure__label">Kosten tegen budget</span>
        <span className="figure__value">{formatPercent(o.budgetUsedRatio)}</span>
        <span className="figure__note">
          {formatMoney(o.costCents)} van {formatMoney(o.budgetCents, 'geen budget: er is geen convenant in werking')}
        </span>
      </li>
      <li className="figure">
        <span className="figure__label">Gemiddelde wachttijd</span>
        <span className="figure__value">
          {o.averageWaitingDays === null ? hidden('averageWaitingDays', o.suppressed) : `${formatNumber(o.averageWaitingDays)} dagen`}
        </span>
        <span className="figure__note">van aanvraag tot start</span>
      </li>
      <li className="figure">
        <span className="figure__label">Bereikte inwoners</span>
        <span className="figure__value">{formatNumber(o.uniqueResidents, hidden('uniqueResidents', o.suppressed))}</span>
        <span className="figure__note">{formatNumber(o.residentsPerThousandInhabitants)} per 1.000 inwoners</span>
      </li>
    </ul>
  );
}
