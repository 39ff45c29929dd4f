import { useQuery } from '@apollo/client/react';
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
    <QueryState query={query} what="De cijfers">
      {({ overview: o }) => (
        <>
          <Paragraph>
            Periode {formatDate(o.period.from)} tot en met {formatDate(o.period.to)}.
          </Paragraph>
          {analyst && <SuppressionLegend />}
          <ul className="figures" aria-label="Kerncijfers">
            <li className="figure">
              <span className="figure__label">Actieve arrangementen</span>
              <span className="figure__value">
                {shown(formatNumber(o.arrangements.active), o.arrangements.active, 'active', o.arrangements.suppressed)}
              </span>
              <span className="figure__note">
                {shown(formatNumber(o.arrangements.new), o.arrangements.new, 'new', o.arrangements.suppressed)} nieuw,{' '}
                {shown(formatNumber(o.arrangements.ended), o.arrangements.ended, 'ended', o.arrangements.suppressed)} beëindigd
              </span>
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
              <span className="figure__value">{o.averageWaitingDays === null ? '—' : `${formatNumber(o.averageWaitingDays)} dagen`}</span>
              <span className="figure__note">van aanvraag tot start</span>
            </li>
            <li className="figure">
              <span className="figure__label">Bereikte inwoners</span>
              <span className="figure__value">{shown(formatNumber(o.uniqueResidents), o.uniqueResidents, 'uniqueResidents', o.suppressed)}</span>
              <span className="figure__note">{formatNumber(o.residentsPerThousandInhabitants)} per 1.000 inwoners</span>
            </li>
          </ul>
          <section aria-labelledby="trend" className="section">
            <H id="trend">Verloop per maand</H>
            <div className="chart-and-table">
              <TrendChart series={o.series} />
              <TrendTable series={o.series} />
            </div>
          </section>
          <WaitingNowFigures o={o} H={H} />
          <section aria-labelledby="per-aanbieder" className="section">
            <H id="per-aanbieder">Per aanbieder</H>
            <ProviderTable o={o} />
          </section>
        </>
      )}
    </QueryState>
  );
}
