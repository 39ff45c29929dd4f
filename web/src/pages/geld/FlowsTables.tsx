import { Table, TableBody, TableCaption, TableCell, TableFooter, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { FLOWS_TABLES_TEXTS as T } from '@regiekamer/texts';
import { TableScroll } from '../../components/TableScroll';
import type { MoneyFundingFlowsQuery } from '../../gql/graphql';
import { formatMoney } from '../../lib/format';

type Flows = MoneyFundingFlowsQuery['fundingFlows'];

const Num = ({ label, cents }: { label: string; cents: number }) => (
  <TableCell data-label={label} className="numeric">
    {formatMoney(cents)}
  </TableCell>
);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** One row per pair that pays and receives, with the totals under it. At phone width each row is a card. */
export function FlowsTable({ flows }: { flows: Flows['flows'] }) {
  return (
    <TableScroll label={T.flowsLabel}>
      <Table className="data-table cards-on-phone">
        <TableCaption className="visually-hidden">{T.flowsCaption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{T.paysReceives}</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.agreed}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.paid}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {flows.map((f) => (
            <TableRow key={`${f.from.id}-${f.to.id}`}>
              <TableHeaderCell scope="row" className="wrap">
                {f.from.name} → {f.to.name}
              </TableHeaderCell>
              <Num label={T.agreed} cents={f.agreedCents} />
              <Num label={T.paid} cents={f.paidCents} />
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow className="total-row">
            <TableHeaderCell scope="row">{T.total}</TableHeaderCell>
            <Num label={T.agreed} cents={sum(flows.map((f) => f.agreedCents))} />
            <Num label={T.paid} cents={sum(flows.map((f) => f.paidCents))} />
          </TableRow>
        </TableFooter>
      </Table>
    </TableScroll>
  );
}

/** Per provider: agreed to receive and to pay, and the balances (agreed and paid). */
export function PositionsTable({ positions }: { positions: Flows['positions'] }) {
  return (
    <TableScroll label={T.positionsLabel}>
      <Table className="data-table cards-on-phone">
        <TableCaption className="visually-hidden">{T.positionsCaption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{T.provider}</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.receivesAgreed}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.paysAgreed}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.balanceAgreed}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.balancePaid}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {positions.map((p) => (
            <TableRow key={p.provider.id}>
              <TableHeaderCell scope="row" className="wrap">
                {p.provider.name}
              </TableHeaderCell>
              <Num label={T.receivesAgreed} cents={p.agreedReceivedCents} />
              <Num label={T.paysAgreed} cents={p.agreedPaidCents} />
              <Num label={T.balanceAgreed} cents={p.agreedNetCents} />
              <Num label={T.balancePaid} cents={p.netCents} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
