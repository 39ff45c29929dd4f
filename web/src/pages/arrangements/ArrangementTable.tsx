import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { TableScroll } from '../../components/TableScroll';
import type { ArrangementsQuery } from '../../gql/graphql';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { ARRANGEMENT_FORM_LABELS, ARRANGEMENT_STATUS_LABELS, PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';

type Edge = ArrangementsQuery['arrangements']['edges'][number];

/**
 * One page of arrangements; the representative's are named by client key, everyone else's by provider. The regisseur's
 * list keeps to the columns that compare providers, so that the start date stays in view at 1280 px.
 */
export function ArrangementTable({ edges, own, filtered, loading }: { edges: Edge[]; own: boolean; filtered: boolean; loading: boolean }) {
  return (
    <TableScroll label="Arrangementen">
      <Table className="data-table">
        <TableCaption>
          Arrangementen{filtered ? ' die passen bij uw zoekopdracht' : ''}
          {loading && <span className="visually-hidden"> (bijwerken)</span>}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{own ? 'Cliëntsleutel' : 'Aanbieder'}</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Productcategorie</TableHeaderCell>
            {own && <TableHeaderCell scope="col">Vorm</TableHeaderCell>}
            {own && (
              <TableHeaderCell scope="col" className="numeric">
                Uren per week
              </TableHeaderCell>
            )}
            <TableHeaderCell scope="col" className="numeric">
              Gepland
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Gerealiseerd
            </TableHeaderCell>
            {own && <TableHeaderCell scope="col">Aangevraagd op</TableHeaderCell>}
            <TableHeaderCell scope="col">Start</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {edges.length === 0 ? (
            <TableRow>
              <TableCell colSpan={own ? 9 : 6}>Geen arrangementen gevonden.</TableCell>
            </TableRow>
          ) : (
            edges.map(({ node }) => (
              <TableRow key={node.id}>
                <TableHeaderCell scope="row">
                  <Link to={`/arrangementen/${encodeURIComponent(node.id)}`}>{node.clientKey ?? node.provider.name}</Link>
                </TableHeaderCell>
                <TableCell>{ARRANGEMENT_STATUS_LABELS[node.status]}</TableCell>
                <TableCell>{PRODUCT_CATEGORY_LABELS[node.productCategory]}</TableCell>
                {own && <TableCell>{ARRANGEMENT_FORM_LABELS[node.form]}</TableCell>}
                {own && <TableCell className="numeric">{formatNumber(node.hoursPerWeek)}</TableCell>}
                <TableCell className="numeric">{formatMoney(node.plannedCostCents)}</TableCell>
                <TableCell className="numeric">{formatMoney(node.realisedCostCents)}</TableCell>
                {own && <TableCell>{formatDate(node.requestedOn)}</TableCell>}
                <TableCell>{formatDate(node.startsOn)}</TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
