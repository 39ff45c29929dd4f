import { OVERVIEW_TREND_TABLE_TEXTS as T } from '@regiekamer/texts';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { OverviewQuery } from '../../gql/graphql';
import { formatMoney, formatMonth, formatNumber } from '../../lib/format';
import { TableScroll } from '../../components/TableScroll';

import { shown } from './figures-shown';

type Overview = OverviewQuery['overview'];

export function TrendTable({ series }: { series: Overview['series'] }) {
  return (
    <TableScroll label={T.caption}>
      <Table className="data-table">
        <TableCaption>{T.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{T.month}</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.active}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.cost}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.waiting}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {series.length === 0 ? (
            <TableRow>
              <TableCell colSpan={4}>{T.empty}</TableCell>
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
