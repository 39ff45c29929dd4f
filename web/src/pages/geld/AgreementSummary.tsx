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
    <DataList className="summary-list summary-list--stack-on-phone">
      <Item k="Betaalt">{a.from.name}</Item>
      <Item k="Ontvangt">{a.to.name}</Item>
      <Item k="Doel">
        <span className="preserve wrap">{a.purpose}</span>
      </Item>
      <Item k="Periode">
        {formatDate(a.periodStart)} tot en met {formatDate(a.periodEnd)}
        {a.endedOn ? `, beëindigd per ${formatDate(a.endedOn)}` : ''}
      </Item>
      {a.closingReason && (
        <Item k="Reden">
          <span className="preserve wrap">{a.closingReason}</span>
        </Item>
      )}
      <Item k={agreed ? 'Afgesproken bedrag' : 'Voorgesteld bedrag'}>{formatMoney(a.amountCents)}</Item>
      {agreed && (
        <Item k="Betaald">
          {formatMoney(a.paidCents)} (nog te betalen: {formatMoney(a.amountCents - a.paidCents)})
        </Item>
      )}
      <Item k="Convenant">{a.convenant.title}</Item>
      <Item k="Voorgesteld">
        {a.proposedBy.name}, {formatDateTime(a.createdAt)}
      </Item>
      {/* A declined or withdrawn proposal was never agreed: its reason above says why; "not yet" would promise more. */}
      {(agreed || a.status === 'PROPOSED') && (
        <Item k="Ingestemd">{a.agreedAt ? `${a.agreedBy?.name ?? 'Onbekend'}, ${formatDateTime(a.agreedAt)}` : 'Nog niet'}</Item>
      )}
    </DataList>
  );
}

export function PaymentsTable({ a }: { a: AgreementNode }) {
  if (a.payments.length === 0) return <Paragraph>Er is nog niets betaald.</Paragraph>;
  return (
    <TableScroll label="Betalingen op deze afspraak">
      <Table className="data-table data-table--compact">
        <TableCaption className="visually-hidden">Betalingen op deze afspraak</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Betaald op</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Bedrag
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
