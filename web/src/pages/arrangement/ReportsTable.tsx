import { Heading2, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Pager, type useCursorPager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import type { ArrangementQuery } from '../../gql/graphql';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../lib/format';

type Reports = Extract<NonNullable<ArrangementQuery['node']>, { __typename: 'Arrangement' }>['reports'];

export const REPORTS_PAGE = 10;

/** The arrangement's monthly reports, newest page by page. */
export function ReportsTable({ reports, pager }: { reports: Reports; pager: ReturnType<typeof useCursorPager> }) {
  return (
    <section aria-labelledby="rapportages" className="section">
      <Heading2 id="rapportages">Rapportages</Heading2>
      <TableScroll label="Maandrapportages van dit arrangement">
        <Table className="data-table">
          <TableCaption>Maandrapportages van dit arrangement</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Periode</TableHeaderCell>
              <TableHeaderCell scope="col" className="numeric">
                Uren geleverd
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="numeric">
                Kosten
              </TableHeaderCell>
              <TableHeaderCell scope="col">Opmerkingen</TableHeaderCell>
              <TableHeaderCell scope="col">Gemeld op</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {reports.edges.length === 0 ? (
              <TableRow>
                <TableCell colSpan={5}>Nog geen rapportages.</TableCell>
              </TableRow>
            ) : (
              reports.edges.map(({ node: r }) => (
                <TableRow key={r.id}>
                  <TableHeaderCell scope="row">
                    {formatDate(r.periodStart)} tot en met {formatDate(r.periodEnd)}
                  </TableHeaderCell>
                  <TableCell className="numeric">{formatNumber(r.hoursDelivered)}</TableCell>
                  <TableCell className="numeric">{formatMoney(r.costCents)}</TableCell>
                  <TableCell>{r.remarks ?? '—'}</TableCell>
                  <TableCell>{formatDateTime(r.createdAt)}</TableCell>
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </TableScroll>
      <Pager
        label="rapportages"
        page={pager.page}
        pageSize={REPORTS_PAGE}
        shown={reports.edges.length}
        totalCount={reports.totalCount}
        hasNextPage={reports.pageInfo.hasNextPage}
        endCursor={reports.pageInfo.endCursor}
        onNext={pager.next}
        onPrevious={pager.previous}
      />
    </section>
  );
}
