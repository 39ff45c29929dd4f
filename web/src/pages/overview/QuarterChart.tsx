import { LineChart } from '../../components/charts/LineChart';
import type { OverviewDetailsQuery } from '../../gql/graphql';
import { formatEuroAxis } from '../../lib/chart-scale';
import { quarterLabel } from './quarter';

type Quarter = OverviewDetailsQuery['overview']['quarters'][number];

/** Cost against budget per quarter. Decoration for sighted users: the table beside it has the same figures for everyone. */
export function QuarterChart({ quarters }: { quarters: Quarter[] }) {
  const euros = (cents: number | null | undefined) => (cents == null ? null : cents / 100);
  return (
    <LineChart
      categories={quarters.map((q) => quarterLabel(q.periodStart).replace(' kwartaal ', 'e kw. ').replace('ee kw.', 'e kw.'))}
      series={[
        { name: 'Kosten', values: quarters.map((q) => euros(q.costCents)) },
        { name: 'Budget', values: quarters.map((q) => euros(q.budgetCents)), style: 'dashed' },
      ]}
      formatValue={formatEuroAxis}
      emptyText="Geen gegevens: over deze kwartalen zijn (nog) geen kosten gemeld."
    />
  );
}
