import { OVERVIEW_CATEGORY_TABLE_TEXTS as T } from '@regiekamer/texts';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import type { OverviewDetailsQuery } from '../../gql/graphql';
import { formatMoney, formatNumber } from '../../lib/format';
import { PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import { cell } from './suppressed';

type Row = OverviewDetailsQuery['overview']['byProductCategory'][number];

/** The period's figures per product category: a card per category on a phone. */
export function CategoryTable({ rows }: { rows: Row[] }) {
  return (
    <ResponsiveTable
      label={T.caption}
      caption={T.caption}
      empty={T.empty}
      columns={[
        { key: 'category', header: T.category, rowHeader: true },
        { key: 'active', header: T.active, numeric: true },
        { key: 'cost', header: T.cost, numeric: true },
        { key: 'waiting', header: T.waiting, numeric: true },
        { key: 'networkPlan', header: T.networkPlan, numeric: true },
      ]}
      rows={rows.map((r) => ({
        key: r.productCategory,
        cells: {
          category: PRODUCT_CATEGORY_LABELS[r.productCategory],
          active: cell(formatNumber(r.arrangements.active), r.arrangements.active, 'active', r.arrangements.suppressed),
          cost: cell(formatMoney(r.costCents), r.costCents, 'costCents', r.suppressed),
          waiting: cell(formatNumber(r.averageWaitingDays), r.averageWaitingDays, 'averageWaitingDays', r.suppressed),
          networkPlan: cell(formatNumber(r.withNetworkPlan), r.withNetworkPlan, 'withNetworkPlan', r.suppressed),
        },
      }))}
    />
  );
}
