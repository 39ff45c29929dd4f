import { StatusBadge, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { AGREEMENTS_TABLE_TEXTS as T } from '@regiekamer/texts';
import { TableScroll } from '../../components/TableScroll';
import type { MoneyFundingAgreementsQuery } from '../../gql/graphql';
import { formatDate, formatMoney } from '../../lib/format';
import { FUNDING_STATUS_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';

type Agreement = MoneyFundingAgreementsQuery['fundingAgreements']['edges'][number]['node'];

export const agreementPath = (id: string) => `/financiering/${encodeURIComponent(id)}`;

/** Narrow: who pays whom (the link), the amount, what is paid, the status. At phone width each row is a card. */
export function AgreementsTable({ agreements }: { agreements: Agreement[] }) {
  return (
    <TableScroll label={T.caption}>
      <Table className="data-table cards-on-phone">
        <TableCaption>{T.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{T.fromTo}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.period}</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.amount}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.paid}
            </TableHeaderCell>
            <TableHeaderCell scope="col">{T.status}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {agreements.map((a) => (
            <TableRow key={a.id}>
              <TableHeaderCell scope="row" className="wrap">
                <Link to={agreementPath(a.id)}>
                  {a.from.name} → {a.to.name}
                </Link>
                <span className="muted block">{a.purpose}</span>
              </TableHeaderCell>
              <TableCell data-label={T.period}>
                {formatDate(a.periodStart)} – {formatDate(a.periodEnd)}
              </TableCell>
              <TableCell data-label={T.amount} className="numeric">
                {formatMoney(a.amountCents)}
              </TableCell>
              <TableCell data-label={T.paid} className="numeric">
                {formatMoney(a.paidCents)}
              </TableCell>
              <TableCell data-label={T.status}>
                <StatusBadge status={a.status.toLowerCase()}>{FUNDING_STATUS_LABELS[a.status]}</StatusBadge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
