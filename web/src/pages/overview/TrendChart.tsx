import { OVERVIEW_TREND_CHART_TEXTS as T } from '@regiekamer/texts';
import { LineChart } from '../../components/charts/LineChart';
import type { OverviewQuery } from '../../gql/graphql';
import { formatEuroAxis } from '../../lib/chart-scale';
import { formatMonth } from '../../lib/format';

type Overview = OverviewQuery['overview'];

/**
 * Cost per period, on an axis in round euros; a period without figures says "Geen gegevens" instead of a row of € 0.
 * The chart is decoration for sighted users; the table beside it carries the same figures (and the active count).
 */
export function TrendChart({ series }: { series: Overview['series'] }) {
  return (
    <LineChart
      categories={series.map((s) => formatMonth(s.periodStart))}
      series={[{ name: T.cost, values: series.map((s) => (s.costCents == null ? null : s.costCents / 100)) }]}
      formatValue={formatEuroAxis}
      emptyText={T.empty}
    />
  );
}
