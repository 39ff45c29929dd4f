import { OVERVIEW_QUARTER_CHART_TEXTS as T } from '@regiekamer/texts';
import { LineChart } from '../../components/charts/LineChart';
import type { OverviewDetailsQuery } from '../../gql/graphql';
import { formatEuroAxis } from '../../lib/chart-scale';
import { quarterShortLabel } from './quarter';

type Quarter = OverviewDetailsQuery['overview']['quarters'][number];

/** Cost against budget per quarter. Decoration for sighted users: the table beside it has the same figures for everyone. */
export function QuarterChart({ quarters }: { quarters: Quarter[] }) {
  const euros = (cents: number | null | undefined) => (cents == null ? null : cents / 100);
  return (
    <LineChart
      categories={quarters.map((q) => quarterShortLabel(q.periodStart))}
      series={[
        { name: T.cost, values: quarters.map((q) => euros(q.costCents)) },
        { name: T.budget, values: quarters.map((q) => euros(q.budgetCents)), style: 'dashed' },
      ]}
      formatValue={formatEuroAxis}
      emptyText={T.empty}
    />
  );
}
