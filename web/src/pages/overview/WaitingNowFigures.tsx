import { WAITING_TEXTS as T } from '@regiekamer/texts';
import { Paragraph } from '@utrecht/component-library-react';
import type { ComponentType, ReactNode } from 'react';
import type { OverviewQuery } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';
import { shown } from './figures-shown';

type Overview = OverviewQuery['overview'];

/** "Wachtend nu": who waits today (count, median, longest), next to the average waiting time of those who started. */
export function WaitingNowFigures({ o, H }: { o: Overview; H: ComponentType<{ id: string; children: ReactNode }> }) {
  const w = o.waitingNow;
  return (
    <section aria-labelledby="wachtend-nu" className="section">
      <H id="wachtend-nu">{T.overviewTitle}</H>
      <Paragraph>{T.overviewHelp}</Paragraph>
      <ul className="figures" aria-label={T.overviewTitle}>
        <li className="figure">
          <span className="figure__label">{T.overviewCount}</span>
          <span className="figure__value">{formatNumber(w?.count)}</span>
        </li>
        <li className="figure">
          <span className="figure__label">{T.overviewMedian}</span>
          <span className="figure__value">{shown(formatNumber(w?.medianDaysWaited), w?.medianDaysWaited ?? null, 'medianDaysWaited', w?.suppressed ?? [])}</span>
        </li>
        <li className="figure">
          <span className="figure__label">{T.overviewLongest}</span>
          <span className="figure__value">{shown(formatNumber(w?.longestDaysWaited), w?.longestDaysWaited ?? null, 'longestDaysWaited', w?.suppressed ?? [])}</span>
        </li>
        <li className="figure">
          <span className="figure__label">{T.overviewStarted}</span>
          <span className="figure__value">{shown(formatNumber(o.averageWaitingDays), o.averageWaitingDays, 'averageWaitingDays', o.suppressed)}</span>
        </li>
      </ul>
    </section>
  );
}
