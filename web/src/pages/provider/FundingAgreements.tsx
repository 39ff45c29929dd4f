import { useQuery } from '@apollo/client/react';
import { FUNDING_STATUS_TEXTS, PROVIDER_FUNDING_AGREEMENTS_TEXTS as T } from '@regiekamer/texts';
import { Heading2, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { QueryState } from '../../components/States';
import { TableScroll } from '../../components/TableScroll';
import type { FundingAgreementStatus } from '../../gql/graphql';
import { formatDate, formatMoney } from '../../lib/format';
import { PROVIDER_FUNDING } from './provider.documents';

const STATUS: Record<FundingAgreementStatus, string> = FUNDING_STATUS_TEXTS;

/** The funding agreements in which this provider pays or receives (the regisseur and admin see them all). */
export function FundingAgreements({ providerId }: { providerId: string }) {
  const query = useQuery(PROVIDER_FUNDING, { variables: { providerId } });
  return (
    <section aria-labelledby="financiering" className="section">
      <Heading2 id="financiering">{T.heading}</Heading2>
      <QueryState query={query} what={T.what}>
        {({ fundingAgreements: { edges } }) => (
          <TableScroll label={T.caption}>
            <Table className="data-table">
              <TableCaption>{T.caption}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{T.fromTo}</TableHeaderCell>
                  <TableHeaderCell scope="col">{T.status}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="numeric">
                    {T.amount}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">{T.period}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {edges.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={4}>{T.empty}</TableCell>
                  </TableRow>
                )}
                {edges.map(({ node: f }) => (
                  <TableRow key={f.id}>
                    <TableHeaderCell scope="row">
                      {f.from.name} → {f.to.name}
                      <br />
                      {f.purpose}
                    </TableHeaderCell>
                    <TableCell>{STATUS[f.status]}</TableCell>
                    <TableCell className="numeric">{formatMoney(f.amountCents)}</TableCell>
                    <TableCell>
                      {formatDate(f.periodStart)} – {formatDate(f.periodEnd)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        )}
      </QueryState>
    </section>
  );
}
