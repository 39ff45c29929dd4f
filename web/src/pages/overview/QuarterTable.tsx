import { OVERVIEW_QUARTER_TABLE_TEXTS as T } from '@regiekamer/texts';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { TableScroll } from '../../components/TableScroll';
import type { OverviewDetailsQuery } from '../../gql/graphql';
import { formatMoney, formatNumber, formatPercent } from '../../lib/format';
import { quarterLabel } from './quarter';
import { cell } from './suppressed';

type Quarter = OverviewDetailsQuery['overview']['quarters'][number];

export function QuarterTable({ quarters }: { quarters: Quarter[] }) {
  return (
    <TableScroll label={T.label}>
      <Table className="data-table">
        <TableCaption>{T.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{T.quarter}</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.active}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.cost}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.budgetUsed}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.networkPlan}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.achieved}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {quarters.map((q) => (
            <TableRow key={q.periodStart}>
              <TableHeaderCell scope="row">{quarterLabel(q.periodStart)}</TableHeaderCell>
              <TableCell className="numeric">
                {cell(formatNumber(q.arrangements.active), q.arrangements.active, 'active', q.arrangements.suppressed)}
              </TableCell>
              <TableCell className="numeric">{cell(formatMoney(q.costCents), q.costCents, 'costCents', q.suppressed)}</TableCell>
              <TableCell className="numeric">{q.costCents != null && q.budgetCents ? formatPercent(q.costCents / q.budgetCents) : '—'}</TableCell>
              <TableCell className="numeric">{cell(formatNumber(q.withNetworkPlan), q.withNetworkPlan, 'withNetworkPlan', q.suppressed)}</TableCell>
              <TableCell className="numeric">
                {cell(formatNumber(q.goalAttainment.achieved), q.goalAttainment.achieved, 'achieved', q.goalAttainment.suppressed)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
