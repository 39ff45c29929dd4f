import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { OverviewQuery } from '../../gql/graphql';
import { formatMoney, formatNumber, formatPercent } from '../../lib/format';
import { TableScroll } from '../../components/TableScroll';

import { shown } from './figures-shown';

type Overview = OverviewQuery['overview'];

export function ProviderTable({ o }: { o: Overview }) {
  return (
    <TableScroll label="Cijfers per aanbieder in de periode">
      <Table className="data-table">
        <TableCaption>Cijfers per aanbieder in de periode</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Actieve arrangementen
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Nieuw
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Kosten
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Deel van budget
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Uren
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Wachttijd (dagen)
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {o.byProvider.map((p) => (
            <TableRow key={p.provider.id}>
              <TableHeaderCell scope="row">{p.provider.name}</TableHeaderCell>
              <TableCell className="numeric">
                {shown(formatNumber(p.arrangements.active), p.arrangements.active, 'active', p.arrangements.suppressed)}
              </TableCell>
              <TableCell className="numeric">
                {shown(formatNumber(p.arrangements.new), p.arrangements.new, 'new', p.arrangements.suppressed)}
              </TableCell>
              <TableCell className="numeric">{formatMoney(p.costCents)}</TableCell>
              <TableCell className="numeric">{formatPercent(p.budgetUsedRatio)}</TableCell>
              <TableCell className="numeric">{formatNumber(p.hoursDelivered)}</TableCell>
              <TableCell className="numeric">{formatNumber(p.averageWaitingDays)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
