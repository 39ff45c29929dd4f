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
      label="Cijfers per productcategorie"
      caption="Cijfers per productcategorie"
      empty="Geen gegevens in deze periode."
      columns={[
        { key: 'category', header: 'Productcategorie', rowHeader: true },
        { key: 'active', header: 'Actief', numeric: true },
        { key: 'cost', header: 'Kosten', numeric: true },
        { key: 'waiting', header: 'Wachttijd (dagen)', numeric: true },
        { key: 'networkPlan', header: 'Met netwerkplan', numeric: true },
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
