import { ARRANGEMENT_TABLE_TEXTS as T } from '@regiekamer/texts';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import type { ArrangementsQuery } from '../../gql/graphql';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { ARRANGEMENT_FORM_LABELS, ARRANGEMENT_STATUS_LABELS, PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';

type Edge = ArrangementsQuery['arrangements']['edges'][number];

const columns = (own: boolean): Column[] => [
  { key: 'name', header: own ? T.clientKey : T.provider, rowHeader: true },
  { key: 'status', header: T.status, nowrap: true },
  { key: 'category', header: T.productCategory },
  ...(own ? [{ key: 'form', header: T.form }] : []),
  ...(own ? [{ key: 'hours', header: T.hoursPerWeek, numeric: true }] : []),
  { key: 'planned', header: T.planned, numeric: true },
  { key: 'realised', header: T.realised, numeric: true },
  ...(own ? [{ key: 'requested', header: T.requestedOn }] : []),
  { key: 'start', header: T.start },
];

/**
 * One page of arrangements; the representative's are named by client key, everyone else's by provider. The regisseur's
 * list keeps to the columns that compare providers, so that the start date stays in view at 1280 px; on a phone each
 * arrangement is a card.
 */
export function ArrangementTable({ edges, own, filtered, loading }: { edges: Edge[]; own: boolean; filtered: boolean; loading: boolean }) {
  return (
    <ResponsiveTable
      label={T.label}
      caption={
        <>
          {filtered ? T.captionFiltered : T.caption}
          {loading && <span className="visually-hidden"> {T.updating}</span>}
        </>
      }
      empty={T.empty}
      columns={columns(own)}
      rows={edges.map(({ node }) => ({
        key: node.id,
        cells: {
          name: <Link to={`/arrangementen/${encodeURIComponent(node.id)}`}>{node.clientKey ?? node.provider.name}</Link>,
          status: ARRANGEMENT_STATUS_LABELS[node.status],
          category: PRODUCT_CATEGORY_LABELS[node.productCategory],
          form: ARRANGEMENT_FORM_LABELS[node.form],
          hours: formatNumber(node.hoursPerWeek),
          planned: formatMoney(node.plannedCostCents),
          realised: formatMoney(node.realisedCostCents),
          requested: formatDate(node.requestedOn),
          start: formatDate(node.startsOn),
        },
      }))}
    />
  );
}
