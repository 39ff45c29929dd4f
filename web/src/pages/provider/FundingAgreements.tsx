import { useQuery } from '@apollo/client/react';
import { Heading2, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { QueryState } from '../../components/States';
import { TableScroll } from '../../components/TableScroll';
import type { FundingAgreementStatus } from '../../gql/graphql';
import { formatDate, formatMoney } from '../../lib/format';
import { PROVIDER_FUNDING } from './provider.documents';

const STATUS: Record<FundingAgreementStatus, string> = {
  PROPOSED: 'Voorgesteld',
  AGREED: 'Afgesproken',
  ENDED: 'Beëindigd',
  DECLINED: 'Afgewezen',
  WITHDRAWN: 'Ingetrokken',
};

/** The funding agreements in which this provider pays or receives (the regisseur and admin see them all). */
export function FundingAgreements({ providerId }: { providerId: string }) {
  const query = useQuery(PROVIDER_FUNDING, { variables: { providerId } });
  return (
    <section aria-labelledby="financiering" className="section">
      <Heading2 id="financiering">Financieringsafspraken</Heading2>
      <QueryState query={query} what="De financieringsafspraken">
        {({ fundingAgreements: { edges } }) => (
          <TableScroll label="Financieringsafspraken van deze aanbieder">
            <Table className="data-table">
              <TableCaption>Financieringsafspraken van deze aanbieder</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Van → aan</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col" className="numeric">
                    Bedrag
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">Periode</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {edges.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={4}>Geen financieringsafspraken.</TableCell>
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
