import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { TableScroll } from '../../components/TableScroll';
import type { OverviewDetailsQuery } from '../../gql/graphql';
import { formatMoney, formatNumber } from '../../lib/format';
import { PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import { cell } from './suppressed';

type Row = OverviewDetailsQuery['overview']['byProductCategory'][number];

export function CategoryTable({ rows }: { rows: Row[] }) {
  return (
    <TableScroll label="Cijfers per productcategorie">
      <Table className="data-table">
        <TableCaption>Cijfers per productcategorie</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Productcategorie</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Actief
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Kosten
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Wachttijd (dagen)
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Met netwerkplan
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>Geen gegevens in deze periode.</TableCell>
            </TableRow>
          )}
          {rows.map((r) => (
            <TableRow key={r.productCategory}>
              <TableHeaderCell scope="row">{PRODUCT_CATEGORY_LABELS[r.productCategory]}</TableHeaderCell>
              <TableCell className="numeric">
                {cell(formatNumber(r.arrangements.active), r.arrangements.active, 'active', r.arrangements.suppressed)}
              </TableCell>
              <TableCell className="numeric">{cell(formatMoney(r.costCents), r.costCents, 'costCents', r.suppressed)}</TableCell>
              <TableCell className="numeric">
                {cell(formatNumber(r.averageWaitingDays), r.averageWaitingDays, 'averageWaitingDays', r.suppressed)}
              </TableCell>
              <TableCell className="numeric">{cell(formatNumber(r.withNetworkPlan), r.withNetworkPlan, 'withNetworkPlan', r.suppressed)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
