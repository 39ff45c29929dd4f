import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { OPGAVEN_PAGE_TEXTS as T } from '@regiekamer/texts';
import { lazy, Suspense } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { Pager, useCursorPager } from '../../components/Pager';
import { QueryState } from '../../components/States';
import { useViewer } from '../../lib/session';
import { Board } from './Board';
import { NewOpgaveForm } from './NewOpgaveForm';
import { OpgavenNav } from './OpgavenNav';
import { OPGAVEN } from './opgaven.documents';
import { RungCards } from './RungCards';
import { RungTable } from './RungTable';
import './opgaven.css';

const PAGE_SIZE = 50;
// Its own chunk, shared with the participant's ballot page: loaded where it is shown, never with the shell.
const SelectionRoundSection = lazy(async () => ({ default: (await import('./SelectionRoundSection')).SelectionRoundSection }));

/** Every opgave on one board, by status and rung of the ladder of ownership; each opens its own page. */
export function OpgavenPage() {
  const viewer = useViewer();
  const pager = useCursorPager();
  const query = useQuery(OPGAVEN, { variables: { first: PAGE_SIZE, after: pager.after } });
  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.helpWhat}</Paragraph>
        <Paragraph>{T.helpBoard}</Paragraph>
        <Paragraph>{T.helpOpen}</Paragraph>
      </PageHelp>
      <OpgavenNav current="/opgaven" />
      <QueryState query={query} what={T.what}>
        {(data) => {
          const opgaven = data.opgaven.edges.map((e) => e.node);
          return (
            <>
              <RungTable opgaven={opgaven} />
              <RungCards opgaven={opgaven} />
              <Board opgaven={opgaven} />
              <Pager
                label={T.pagerLabel}
                page={pager.page}
                pageSize={PAGE_SIZE}
                shown={opgaven.length}
                totalCount={data.opgaven.totalCount}
                hasNextPage={data.opgaven.pageInfo.hasNextPage}
                endCursor={data.opgaven.pageInfo.endCursor}
                onNext={pager.next}
                onPrevious={pager.previous}
              />
            </>
          );
        }}
      </QueryState>
      {viewer.role === 'REGISSEUR' && <NewOpgaveForm />}
      <Suspense fallback={null}>
        <SelectionRoundSection />
      </Suspense>
    </>
  );
}
