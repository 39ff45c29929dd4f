import { useQuery } from '@apollo/client/react';
import { formatText, OVERVIEW_FIGURES_TEXTS as T, KEY_FIGURE_TEXTS as K } from '@regiekamer/texts';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { QueryState } from '../components/States';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../lib/format';
import { OVERVIEW } from './overview-documents';
import { shown } from './overview/figures-shown';
import { ProviderTable } from './overview/ProviderTable';
import { WaitingNowFigures } from './overview/WaitingNowFigures';
import { TrendChart } from './overview/TrendChart';
import { TrendTable } from './overview/TrendTable';
import { SuppressionLegend } from './overview/suppressed';
import { useViewer } from '../lib/session';

export function OverviewFigures({
  from,
  to,
  providerId,
  headingLevel = 2,
}: {
  from: string;
  to: string;
  providerId: string | null;
  headingLevel?: 2 | 3;
}) {
  const query = useQuery(OVERVIEW, { variables: { period: { from, to }, providerId, interval: 'MONTH' } });
  const H = headingLevel === 2 ? Heading2 : Heading3;
  // Only analysts get figures left out (disclosure control); the legend explains the mark.
  const analyst = useViewer().role === 'ANALYST';
  return (
    <QueryState query={query} what={T.what}>
      {({ overview: o }) => (
        <>
          <Paragraph>{formatText(T.period, { from: formatDate(o.period.from), to: formatDate(o.period.to) })}</Paragraph>
          {analyst && <SuppressionLegend />}
          <ul className="figures" aria-label={T.label}>
            <li className="figure">
              <span className="figure__label">{K.active}</span>
              <span className="figure__value">
                {shown(formatNumber(o.arrangements.active), o.arrangements.active, 'active', o.arrangements.suppressed)}
              </span>
              <span className="figure__note">
                {formatText(T.newEnded, {
                  new: shown(formatNumber(o.arrangements.new), o.arrangements.new, 'new', o.arrangements.suppressed),
                  ended: shown(formatNumber(o.arrangements.ended), o.arrangements.ended, 'ended', o.arrangements.suppressed),
                })}
              </span>
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
                {o.averageWaitingDays === null ? '—' : formatText(K.waitingDays, { days: formatNumber(o.averageWaitingDays) })}
              </span>
              <span className="figure__note">{K.waitingNote}</span>
            </li>
            <li className="figure">
              <span className="figure__label">{K.reached}</span>
              <span className="figure__value">{shown(formatNumber(o.uniqueResidents), o.uniqueResidents, 'uniqueResidents', o.suppressed)}</span>
              <span className="figure__note">{formatText(K.perThousand, { count: formatNumber(o.residentsPerThousandInhabitants) })}</span>
            </li>
          </ul>
          <section aria-labelledby="trend" className="section">
            <H id="trend">{T.trend}</H>
            <div className="chart-and-table">
              <TrendChart series={o.series} />
              <TrendTable series={o.series} />
            </div>
          </section>
          <WaitingNowFigures o={o} H={H} />
          <section aria-labelledby="per-aanbieder" className="section">
            <H id="per-aanbieder">{T.perProvider}</H>
            <ProviderTable o={o} />
          </section>
        </>
      )}
    </QueryState>
  );
}
