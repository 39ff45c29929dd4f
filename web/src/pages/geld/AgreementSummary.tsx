import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { AGREEMENT_SUMMARY_TEXTS as T, formatText } from '@regiekamer/texts';
import { TableScroll } from '../../components/TableScroll';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import type { AgreementNode } from './FundingAgreementPage';

function Item({ k, children }: { k: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{k}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

export function AgreementSummary({ a }: { a: AgreementNode }) {
  const agreed = a.status === 'AGREED' || a.status === 'ENDED';
  return (
    <DataList className="summary-list">
      <Item k={T.pays}>{a.from.name}</Item>
      <Item k={T.receives}>{a.to.name}</Item>
      <Item k={T.purpose}>
        <span className="preserve wrap">{a.purpose}</span>
      </Item>
      <Item k={T.period}>
        {formatText(T.periodValue, { start: formatDate(a.periodStart), end: formatDate(a.periodEnd) })}
        {a.endedOn ? formatText(T.endedOn, { date: formatDate(a.endedOn) }) : ''}
      </Item>
      {a.closingReason && (
        <Item k={T.reason}>
          <span className="preserve wrap">{a.closingReason}</span>
        </Item>
      )}
      <Item k={agreed ? T.agreedAmount : T.proposedAmount}>{formatMoney(a.amountCents)}</Item>
      {agreed && (
        <Item k={T.paid}>
          {formatText(T.paidValue, { paid: formatMoney(a.paidCents), rest: formatMoney(a.amountCents - a.paidCents) })}
        </Item>
      )}
      <Item k={T.convenant}>{a.convenant.title}</Item>
      <Item k={T.proposed}>
        {a.proposedBy.name}, {formatDateTime(a.createdAt)}
      </Item>
      {/* A declined or withdrawn proposal was never agreed: its reason above says why; "not yet" would promise more. */}
      {(agreed || a.status === 'PROPOSED') && (
        <Item k={T.agreed}>{a.agreedAt ? `${a.agreedBy?.name ?? T.unknown}, ${formatDateTime(a.agreedAt)}` : T.notYet}</Item>
      )}
    </DataList>
  );
}

export function PaymentsTable({ a }: { a: AgreementNode }) {
  if (a.payments.length === 0) return <Paragraph>{T.noPayments}</Paragraph>;
  return (
    <TableScroll label={T.paymentsCaption}>
      <Table className="data-table data-table--compact">
        <TableCaption className="visually-hidden">{T.paymentsCaption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{T.paidOn}</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              {T.amount}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {a.payments.map((p) => (
            <TableRow key={p.createdAt + p.paidOn}>
              <TableCell>{formatDate(p.paidOn)}</TableCell>
              <TableCell className="numeric">{formatMoney(p.amountCents)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
