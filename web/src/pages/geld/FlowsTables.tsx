import { Table, TableBody, TableCaption, TableCell, TableFooter, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
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
    <TableScroll label="Geld per paar aanbieders">
      <Table className="data-table cards-on-phone">
        <TableCaption className="visually-hidden">Geld per paar aanbieders: wie betaalt wie</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Betaalt → ontvangt</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Afgesproken
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Betaald
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {flows.map((f) => (
            <TableRow key={`${f.from.id}-${f.to.id}`}>
              <TableHeaderCell scope="row" className="wrap">
                {f.from.name} → {f.to.name}
              </TableHeaderCell>
              <Num label="Afgesproken" cents={f.agreedCents} />
              <Num label="Betaald" cents={f.paidCents} />
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow className="total-row">
            <TableHeaderCell scope="row">Totaal</TableHeaderCell>
            <Num label="Afgesproken" cents={sum(flows.map((f) => f.agreedCents))} />
            <Num label="Betaald" cents={sum(flows.map((f) => f.paidCents))} />
          </TableRow>
        </TableFooter>
      </Table>
    </TableScroll>
  );
}

/** Per provider: agreed to receive and to pay, and the balances (agreed and paid). */
export function PositionsTable({ positions }: { positions: Flows['positions'] }) {
  return (
    <TableScroll label="Saldo per aanbieder">
      <Table className="data-table cards-on-phone">
        <TableCaption className="visually-hidden">Saldo per aanbieder: ontvangen min betaald</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Ontvangt (afgesproken)
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Betaalt (afgesproken)
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Saldo afgesproken
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Saldo betaald
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {positions.map((p) => (
            <TableRow key={p.provider.id}>
              <TableHeaderCell scope="row" className="wrap">
                {p.provider.name}
              </TableHeaderCell>
              <Num label="Ontvangt (afgesproken)" cents={p.agreedReceivedCents} />
              <Num label="Betaalt (afgesproken)" cents={p.agreedPaidCents} />
              <Num label="Saldo afgesproken" cents={p.agreedNetCents} />
              <Num label="Saldo betaald" cents={p.netCents} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
