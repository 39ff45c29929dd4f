import { OVERVIEW_PROVIDER_TABLE_TEXTS as T } from '@regiekamer/texts';
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
      label={T.caption}
      caption={T.caption}
      columns={[
        { key: 'name', header: T.name, rowHeader: true },
        { key: 'active', header: T.active, numeric: true },
        { key: 'new', header: T.new, numeric: true },
        { key: 'cost', header: T.cost, numeric: true },
        { key: 'budget', header: T.budget, numeric: true },
        { key: 'allocation', header: T.allocation, numeric: true },
        { key: 'allocationUsed', header: T.allocationUsed, numeric: true },
        { key: 'hours', header: T.hours, numeric: true },
        { key: 'waiting', header: T.waiting, numeric: true },
        { key: 'waitingNow', header: T.waitingNow, numeric: true },
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
