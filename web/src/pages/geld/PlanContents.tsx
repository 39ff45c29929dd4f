import { PLAN_CONTENTS_TEXTS as T } from '@regiekamer/texts';
import {
  Heading2,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { TableScroll } from '../../components/TableScroll';
import { formatMoney, formatNumber } from '../../lib/format';
import type { PlanNode } from './AnnualPlanPage';

/** The goals and the budget of a plan, as two narrow tables. */
export function PlanContents({ plan }: { plan: PlanNode }) {
  return (
    <>
      <Heading2>{T.goals}</Heading2>
      <TableScroll label={T.goalsCaption}>
        <Table className="data-table cards-on-phone">
          <TableCaption className="visually-hidden">{T.goalsCaption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{T.goal}</TableHeaderCell>
              <TableHeaderCell scope="col">{T.indicator}</TableHeaderCell>
              <TableHeaderCell scope="col" className="numeric">
                {T.target}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.goals.map((g, i) => (
              <TableRow key={i}>
                <TableHeaderCell scope="row" className="wrap">
                  {g.title}
                </TableHeaderCell>
                <TableCell data-label={T.indicator} className="wrap">
                  {g.indicator}
                </TableCell>
                <TableCell data-label={T.target} className="numeric">
                  {formatNumber(g.target)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
      <Heading2>{T.budget}</Heading2>
      <TableScroll label={T.budgetCaption}>
        <Table className="data-table data-table--compact cards-on-phone">
          <TableCaption className="visually-hidden">{T.budgetCaption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{T.line}</TableHeaderCell>
              <TableHeaderCell scope="col" className="numeric">
                {T.amount}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.budgetLines.map((l, i) => (
              <TableRow key={i}>
                <TableHeaderCell scope="row" className="wrap">
                  {l.title}
                </TableHeaderCell>
                <TableCell data-label={T.amount} className="numeric">
                  {formatMoney(l.amountCents)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow className="total-row">
              <TableHeaderCell scope="row">{T.total}</TableHeaderCell>
              <TableCell data-label={T.amount} className="numeric">
                {formatMoney(plan.budgetCents)}
              </TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      </TableScroll>
    </>
  );
}
