import { OVERVIEW_TREND_TABLE_TEXTS as T, RUNNING_MONTH_TEXTS } from '@regiekamer/texts';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { OverviewQuery } from '../../gql/graphql';
import { formatMoney, formatMonth, formatNumber, todayInAmsterdam } from '../../lib/format';
import { TableScroll } from '../../components/TableScroll';

import { shown } from './figures-shown';
import { monthState } from './running-month';

type Overview = OverviewQuery['overview'];

/** The figures per month; the month of today is marked as running (its reports come after it ends), as on the home page. */
export function TrendTable({ series }: { series: Overview['series'] }) {
  const today = todayInAmsterdam();
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
                <TableCell className="numeric">
                  {formatMoney(s.costCents)}
                  {monthState(s.periodStart, today) === 'running' ? RUNNING_MONTH_TEXTS.running : ''}
                </TableCell>
                <TableCell className="numeric">{formatNumber(s.averageWaitingDays)}</TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
