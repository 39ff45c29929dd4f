import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import type { ArrangementsQuery } from '../../gql/graphql';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { ARRANGEMENT_FORM_LABELS, ARRANGEMENT_STATUS_LABELS, PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';

type Edge = ArrangementsQuery['arrangements']['edges'][number];

const columns = (own: boolean): Column[] => [
  { key: 'name', header: own ? 'Cliëntsleutel' : 'Aanbieder', rowHeader: true },
  { key: 'status', header: 'Status', nowrap: true },
  { key: 'category', header: 'Productcategorie' },
  ...(own ? [{ key: 'form', header: 'Vorm' }] : []),
  ...(own ? [{ key: 'hours', header: 'Uren per week', numeric: true }] : []),
  { key: 'planned', header: 'Gepland', numeric: true },
  { key: 'realised', header: 'Gerealiseerd', numeric: true },
  ...(own ? [{ key: 'requested', header: 'Aangevraagd op' }] : []),
  { key: 'start', header: 'Start' },
];

/**
 * One page of arrangements; the representative's are named by client key, everyone else's by provider. The regisseur's
 * list keeps to the columns that compare providers, so that the start date stays in view at 1280 px; on a phone each
 * arrangement is a card.
 */
export function ArrangementTable({ edges, own, filtered, loading }: { edges: Edge[]; own: boolean; filtered: boolean; loading: boolean }) {
  return (
    <ResponsiveTable
      label="Arrangementen"
      caption={
        <>
          Arrangementen{filtered ? ' die passen bij uw zoekopdracht' : ''}
          {loading && <span className="visually-hidden"> (bijwerken)</span>}
        </>
      }
      empty="Geen arrangementen gevonden."
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
