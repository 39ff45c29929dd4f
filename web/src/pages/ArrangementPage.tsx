import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { Notice } from '../components/Form';
import { PageHeading } from '../components/PageHeading';
import { Pager, useCursorPager } from '../components/Pager';
import { QueryState } from '../components/States';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../lib/format';
import { Link, useLocation } from '../lib/router';
import { ARRANGEMENT } from './arrangement-documents';
import { EditSection } from './arrangement/EditSection';
import { EndSection } from './arrangement/EndSection';
import { ReportSection } from './arrangement/ReportSection';
import { Summary } from './arrangement/Summary';
import { TableScroll } from '../components/TableScroll';

const REPORTS_PAGE = 10;

export function ArrangementPage({ id }: { id: string }) {
  const { search } = useLocation();
  const pager = useCursorPager();
  const query = useQuery(ARRANGEMENT, { variables: { id, reportsFirst: REPORTS_PAGE, reportsAfter: pager.after } });
  const arrangement = query.data?.node?.__typename === 'Arrangement' ? query.data.node : null;
  const title = arrangement ? `Arrangement ${arrangement.clientKey ?? ''}`.trim() : 'Arrangement';

  return (
    <>
      <PageHeading title={title} />
      <Paragraph>
        <Link to="/arrangementen">Terug naar mijn arrangementen</Link>
      </Paragraph>
      <QueryState query={query} what="Het arrangement">
        {() =>
          !arrangement ? (
            <Alert type="warning">
              <Paragraph>Dit arrangement bestaat niet of hoort niet bij uw organisatie.</Paragraph>
            </Alert>
          ) : (
            <>
              {search.get('aangemaakt') && <Notice>Het arrangement is aangemaakt.</Notice>}
              <Summary a={arrangement} />
              <EditSection a={arrangement} refetch={() => query.refetch()} />
              {arrangement.status !== 'REQUESTED' && arrangement.status !== 'ENDED' && <ReportSection a={arrangement} />}
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
                      {arrangement.reports.edges.length === 0 ? (
                        <TableRow>
                          <TableCell colSpan={5}>Nog geen rapportages.</TableCell>
                        </TableRow>
                      ) : (
                        arrangement.reports.edges.map(({ node: r }) => (
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
                  shown={arrangement.reports.edges.length}
                  totalCount={arrangement.reports.totalCount}
                  hasNextPage={arrangement.reports.pageInfo.hasNextPage}
                  endCursor={arrangement.reports.pageInfo.endCursor}
                  onNext={pager.next}
                  onPrevious={pager.previous}
                />
              </section>
              {arrangement.status !== 'ENDED' && <EndSection a={arrangement} refetch={() => query.refetch()} />}
            </>
          )
        }
      </QueryState>
    </>
  );
}
