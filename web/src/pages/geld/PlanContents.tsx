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
      <Heading2>Doelen</Heading2>
      <TableScroll label="Doelen van het jaarplan">
        <Table className="data-table cards-on-phone">
          <TableCaption className="visually-hidden">Doelen van het jaarplan</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Doel</TableHeaderCell>
              <TableHeaderCell scope="col">Gemeten als</TableHeaderCell>
              <TableHeaderCell scope="col" className="numeric">
                Streefwaarde
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.goals.map((g, i) => (
              <TableRow key={i}>
                <TableHeaderCell scope="row" className="wrap">
                  {g.title}
                </TableHeaderCell>
                <TableCell data-label="Gemeten als" className="wrap">
                  {g.indicator}
                </TableCell>
                <TableCell data-label="Streefwaarde" className="numeric">
                  {formatNumber(g.target)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
      <Heading2>Begroting</Heading2>
      <TableScroll label="Begroting van het jaarplan">
        <Table className="data-table data-table--compact cards-on-phone">
          <TableCaption className="visually-hidden">Begroting van het jaarplan</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Regel</TableHeaderCell>
              <TableHeaderCell scope="col" className="numeric">
                Bedrag
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.budgetLines.map((l, i) => (
              <TableRow key={i}>
                <TableHeaderCell scope="row" className="wrap">
                  {l.title}
                </TableHeaderCell>
                <TableCell data-label="Bedrag" className="numeric">
                  {formatMoney(l.amountCents)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow className="total-row">
              <TableHeaderCell scope="row">Totaal</TableHeaderCell>
              <TableCell data-label="Bedrag" className="numeric">
                {formatMoney(plan.budgetCents)}
              </TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      </TableScroll>
    </>
  );
}
