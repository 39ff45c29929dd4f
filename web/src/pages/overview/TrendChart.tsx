import { MONTH_SHORT_TEXTS, OVERVIEW_TREND_CHART_TEXTS as T } from '@regiekamer/texts';
import { LineChart } from '../../components/charts/LineChart';
import type { OverviewQuery } from '../../gql/graphql';
import { formatEuroAxis } from '../../lib/chart-scale';
import { formatMonth, todayInAmsterdam } from '../../lib/format';
import { costLine } from './running-month';

type Overview = OverviewQuery['overview'];

// Integer keys keep their order: January first.
const MONTHS: readonly string[] = Object.values(MONTH_SHORT_TEXTS);

/**
 * Cost per period, on an axis in round euros; a period without figures says "Geen gegevens" instead of a row of € 0.
 * The running month (and any after it) is left out of the line: its reports come after it ends, so it would read as
 * € 0. On a narrow chart the months of one year are named short (`jan`), as on the home page.
 * The chart is decoration for sighted users; the table beside it carries the same figures (and the active count).
 */
export function TrendChart({ series }: { series: Overview['series'] }) {
  const oneYear = series.every((s) => s.periodStart.slice(0, 4) === series[0]?.periodStart.slice(0, 4));
  return (
    <LineChart
      categories={series.map((s) => formatMonth(s.periodStart))}
      shortCategories={oneYear ? series.map((s) => MONTHS[Number(s.periodStart.slice(5, 7)) - 1] ?? '') : undefined}
      series={[{ name: T.cost, values: costLine(series, todayInAmsterdam()) }]}
      formatValue={formatEuroAxis}
      emptyText={T.empty}
    />
  );
}
