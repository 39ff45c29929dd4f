import { ResponsiveTable } from '../../components/ResponsiveTable';
import type { OverviewQuery } from '../../gql/graphql';
import { formatMoney, formatNumber, formatPercent } from '../../lib/format';
import { shown } from './figures-shown';
import { AllocationBar } from './AllocationBar';

type Overview = OverviewQuery['overview'];

/** The period's figures per provider: a card per provider on a phone. */
export function ProviderTable({ o }: { o: Overview }) {
  return (
    <ResponsiveTable
      label="Cijfers per aanbieder in de periode"
      caption="Cijfers per aanbieder in de periode"
      columns={[
        { key: 'name', header: 'Aanbieder', rowHeader: true },
        { key: 'active', header: 'Actieve arrangementen', numeric: true },
        { key: 'new', header: 'Nieuw', numeric: true },
        { key: 'cost', header: 'Kosten', numeric: true },
        { key: 'budget', header: 'Deel van budget', numeric: true },
        { key: 'allocation', header: 'Toegekend budget', numeric: true },
        { key: 'allocationUsed', header: 'Kosten tegen toegekend', numeric: true },
        { key: 'hours', header: 'Uren', numeric: true },
        { key: 'waiting', header: 'Wachttijd (dagen)', numeric: true },
        { key: 'waitingNow', header: 'Wachtend nu', numeric: true },
      ]}
      rows={o.byProvider.map((p) => ({
        key: p.provider.id,
        cells: {
          name: p.provider.name,
          active: shown(formatNumber(p.arrangements.active), p.arrangements.active, 'active', p.arrangements.suppressed),
          new: shown(formatNumber(p.arrangements.new), p.arrangements.new, 'new', p.arrangements.suppressed),
          cost: formatMoney(p.costCents),
          budget: formatPercent(p.budgetUsedRatio),
          allocation: formatMoney(p.allocationCents),
          allocationUsed: <AllocationBar ratio={p.allocationUsedRatio} />,
          hours: formatNumber(p.hoursDelivered),
          waiting: formatNumber(p.averageWaitingDays),
          waitingNow: formatNumber(p.waitingNow?.count),
        },
      }))}
    />
  );
}
