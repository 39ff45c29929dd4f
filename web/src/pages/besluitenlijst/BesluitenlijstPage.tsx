import { useQuery } from '@apollo/client/react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { BESLUITENLIJST_PAGE_TEXTS as W, BESLUITENLIJST_TEXTS as T, formatText } from '@regiekamer/texts';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { Pager, useCursorPager } from '../../components/Pager';
import { QueryState } from '../../components/States';
import { ListExport } from '../../components/ListExport';
import { formatDate, todayInAmsterdam } from '../../lib/format';
import { useLocation } from '../../lib/router';
import { DECISION_LIST } from './besluitenlijst.documents';
import { csvAddress, fromSearch, toFilter, toSearch } from './besluitenlijst-filter';
import { DecisionListFilters } from './DecisionListFilters';
import { DecisionListTable } from './DecisionListTable';
import { ArchiveDownload } from './ArchiveDownload';
import './besluitenlijst.css';

// At most what the API gives at once: a year's decisions usually fit on one printed page of the list.
const PAGE_SIZE = 100;

/** /besluitenlijst: every decision of a period, filtered; downloadable as CSV and printable for the gemeenteraad. */
export function BesluitenlijstPage() {
  const { search } = useLocation();
  const filters = fromSearch(search, todayInAmsterdam());
  const key = toSearch(filters);
  return (
    <div className="besluitenlijst">
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.intro}</Paragraph>
      </PageHelp>
      <div className="print-only besluitenlijst-print-heading">
        <p className="besluitenlijst-print-heading__title">{T.printHeading}</p>
        <p>{formatText(T.printPeriod, { from: formatDate(filters.from), to: formatDate(filters.to) })}</p>
        <p>{formatText(T.printMade, { date: formatDate(todayInAmsterdam()) })}</p>
      </div>
      <DecisionListFilters key={`filters-${key}`} current={filters} />
      {filters.to < filters.from ? (
        <Alert type="error" role="alert">
          <Paragraph>{T.badPeriod}</Paragraph>
        </Alert>
      ) : (
        <>
          <DecisionListResults key={`results-${key}`} filters={filters} />
          <ArchiveDownload from={filters.from} to={filters.to} />
        </>
      )}
    </div>
  );
}

function DecisionListResults({ filters }: { filters: ReturnType<typeof fromSearch> }) {
  const pager = useCursorPager();
  const query = useQuery(DECISION_LIST, { variables: { filter: toFilter(filters), first: PAGE_SIZE, after: pager.after } });
  return (
    <>
      <ListExport csvUrl={csvAddress(filters)} filename={`besluitenlijst-${filters.from}-${filters.to}.csv`} />
      <QueryState query={query} what={W.what}>
        {(data) => (
          <>
            <Paragraph aria-live="polite">{formatText(T.count, { count: data.decisionList.totalCount })}</Paragraph>
            <DecisionListTable decisions={data.decisionList.edges.map((e) => e.node)} />
            <div className="no-print">
              <Pager
                label={W.pagerLabel}
                page={pager.page}
                pageSize={PAGE_SIZE}
                shown={data.decisionList.edges.length}
                totalCount={data.decisionList.totalCount}
                hasNextPage={data.decisionList.pageInfo.hasNextPage}
                endCursor={data.decisionList.pageInfo.endCursor}
                onNext={pager.next}
                onPrevious={pager.previous}
              />
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
