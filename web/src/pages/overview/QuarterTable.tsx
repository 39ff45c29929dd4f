import { OVERVIEW_QUARTER_TABLE_TEXTS as T } from '@regiekamer/texts';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import type { OverviewDetailsQuery } from '../../gql/graphql';
import { formatMoney, formatNumber, formatPercent } from '../../lib/format';
import { quarterLabel } from './quarter';
import { cell } from './suppressed';

type Quarter = OverviewDetailsQuery['overview']['quarters'][number];

/** The period's figures per quarter: a card per quarter on a phone. */
export function QuarterTable({ quarters }: { quarters: Quarter[] }) {
  return (
    <ResponsiveTable
      label={T.label}
      caption={T.caption}
      columns={[
        { key: 'quarter', header: T.quarter, rowHeader: true },
        { key: 'active', header: T.active, numeric: true },
        { key: 'cost', header: T.cost, numeric: true, nowrap: true },
        { key: 'budgetUsed', header: T.budgetUsed, numeric: true },
        { key: 'networkPlan', header: T.networkPlan, numeric: true },
        { key: 'achieved', header: T.achieved, numeric: true },
      ]}
      rows={quarters.map((q) => ({
        key: q.periodStart,
        cells: {
          quarter: quarterLabel(q.periodStart),
          active: cell(formatNumber(q.arrangements.active), q.arrangements.active, 'active', q.arrangements.suppressed),
          cost: cell(formatMoney(q.costCents), q.costCents, 'costCents', q.suppressed),
          budgetUsed: q.costCents != null && q.budgetCents ? formatPercent(q.costCents / q.budgetCents) : '—',
          networkPlan: cell(formatNumber(q.withNetworkPlan), q.withNetworkPlan, 'withNetworkPlan', q.suppressed),
          achieved: cell(formatNumber(q.goalAttainment.achieved), q.goalAttainment.achieved, 'achieved', q.goalAttainment.suppressed),
        },
      }))}
    />
  );
}
