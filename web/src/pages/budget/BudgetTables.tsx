import { BUDGET_TEXTS as T } from '@regiekamer/texts';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDate, formatMoney } from '../../lib/format';
import { PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import type { Allocation, Reallocation } from './types';

/** The allocations: a card per allocation on a phone. */
export function AllocationTable({ allocations }: { allocations: readonly Allocation[] }) {
  return (
    <ResponsiveTable
      label={T.tableCaption}
      caption={T.tableCaption}
      empty={T.noAllocations}
      columns={[
        { key: 'provider', header: T.columnProvider, rowHeader: true },
        { key: 'category', header: T.columnCategory },
        { key: 'amount', header: T.columnAmount, numeric: true, nowrap: true },
      ]}
      rows={allocations.map((a) => ({
        key: a.id,
        cells: { provider: a.provider.name, category: PRODUCT_CATEGORY_LABELS[a.productCategory], amount: formatMoney(a.amountCents) },
      }))}
    />
  );
}

const side = (provider: { name: string }, allocation: { productCategory: Allocation['productCategory'] } | null | undefined) =>
  allocation ? `${provider.name}, ${PRODUCT_CATEGORY_LABELS[allocation.productCategory]}` : `${provider.name} (${T.hidden})`;

/** The history of reallocations, each with the decision it comes from. */
export function ReallocationTable({ reallocations }: { reallocations: readonly Reallocation[] }) {
  return (
    <ResponsiveTable
      label={T.historyCaption}
      caption={T.historyCaption}
      empty={T.noHistory}
      columns={[
        { key: 'when', header: T.historyWhen, rowHeader: true, nowrap: true },
        { key: 'from', header: T.historyFrom },
        { key: 'to', header: T.historyTo },
        { key: 'amount', header: T.historyAmount, numeric: true, nowrap: true },
        { key: 'decision', header: T.historyDecision, prose: true },
      ]}
      rows={reallocations.map((r, i) => ({
        key: String(i),
        cells: {
          when: formatDate(r.createdAt.slice(0, 10)),
          from: side(r.fromProvider, r.from),
          to: side(r.toProvider, r.to),
          amount: formatMoney(r.amountCents),
          decision: r.decision ? `${formatDate(r.decision.decidedOn)}: ${r.decision.text}` : '—',
        },
      }))}
    />
  );
}
