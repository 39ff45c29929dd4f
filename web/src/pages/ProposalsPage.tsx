import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { LIST_EXPORT_TEXTS, PROPOSALS_PAGE_TEXTS as T } from '@regiekamer/texts';
import { ListExport } from '../components/ListExport';
import { PageHeading } from '../components/PageHeading';
import { PageHelp } from '../components/PageHelp';
import { Pager, useCursorPager } from '../components/Pager';
import { QueryState } from '../components/States';
import { todayInAmsterdam } from '../lib/format';
import { Link, useLocation } from '../lib/router';
import { useViewer } from '../lib/session';
import { nextDeadline } from './proposals/next-deadline';
import { PROPOSALS } from './proposals/proposals.documents';
import { ProposalTable } from './proposals/ProposalTable';
import { SubmitProposal } from './proposals/SubmitProposal';

const PAGE_SIZE = 20;

export { nextDeadline };

export function ProposalsPage() {
  const viewer = useViewer();
  const { search } = useLocation();
  const onlyOverdue = search.get('te-laat') === '1';
  const pager = useCursorPager();
  const query = useQuery(PROPOSALS, { variables: { first: PAGE_SIZE, after: pager.after, filter: onlyOverdue ? { overdue: true } : null } });
  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.help}</Paragraph>
      </PageHelp>
      <Paragraph>{T.intro}</Paragraph>
      <Paragraph>
        {onlyOverdue ? (
          <Link to="/voorstellen" onClick={() => pager.reset()}>
            {T.showAll}
          </Link>
        ) : (
          <Link to="/voorstellen?te-laat=1" onClick={() => pager.reset()}>
            {T.showOverdue}
          </Link>
        )}
      </Paragraph>
      {/* Every proposal ever submitted, with its decision and the council's check; this page printed likewise. */}
      <ListExport
        csvUrl={`/export/proposals.csv?from=2000-01-01&to=${todayInAmsterdam()}&separator=semicolon`}
        filename={`voorstellen-${todayInAmsterdam()}.csv`}
        csvLabel={LIST_EXPORT_TEXTS.proposalsCsv}
      />
      <QueryState query={query} what={T.what}>
        {(data) => (
          <>
            <ProposalTable proposals={data.proposals.edges.map((e) => e.node)} caption={onlyOverdue ? T.captionOverdue : T.caption} />
            <Pager
              label={T.pagerLabel}
              page={pager.page}
              pageSize={PAGE_SIZE}
              shown={data.proposals.edges.length}
              totalCount={data.proposals.totalCount}
              hasNextPage={data.proposals.pageInfo.hasNextPage}
              endCursor={data.proposals.pageInfo.endCursor}
              onNext={pager.next}
              onPrevious={pager.previous}
            />
          </>
        )}
      </QueryState>
      {viewer.role === 'REGISSEUR' && <SubmitProposal />}
      {viewer.role === 'PROVIDER_REP' && (
        <Paragraph>
          <Link to="/voorstellen/nieuw">{T.urgent}</Link>
        </Paragraph>
      )}
    </>
  );
}

/** Kept here as well for pages that import it from this module. */
export { ProposalTable };
