import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { OverviewQuery } from '../../gql/graphql';
import { formatMoney, formatMonth, formatNumber } from '../../lib/format';
import { TableScroll } from '../../components/TableScroll';

import { shown } from './figures-shown';

type Overview = OverviewQuery['overview'];

export function TrendTable({ series }: { series: Overview['series'] }) {
  return (
    <TableScroll label="Per maand: actieve arrangementen, kosten en wachttijd">
      <Table className="data-table">
        <TableCaption>Per maand: actieve arrangementen, kosten en wachttijd</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Maand</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Actief
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Kosten
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Wachttijd (dagen)
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {series.length === 0 ? (
            <TableRow>
              <TableCell colSpan={4}>Geen gegevens in deze periode.</TableCell>
            </TableRow>
          ) : (
            series.map((s) => (
              <TableRow key={s.periodStart}>
                <TableHeaderCell scope="row">{formatMonth(s.periodStart)}</TableHeaderCell>
                <TableCell className="numeric">
                  {shown(formatNumber(s.arrangements.active), s.arrangements.active, 'active', s.arrangements.suppressed)}
                </TableCell>
                <TableCell className="numeric">{formatMoney(s.costCents)}</TableCell>
                <TableCell className="numeric">{formatNumber(s.averageWaitingDays)}</TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
