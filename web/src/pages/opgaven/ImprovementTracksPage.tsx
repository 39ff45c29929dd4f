import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { IMPROVEMENT_TRACKS_PAGE_TEXTS as T } from '@regiekamer/texts';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { Pager, useCursorPager } from '../../components/Pager';
import { QueryState } from '../../components/States';
import { useViewer } from '../../lib/session';
import { OpgavenNav } from './OpgavenNav';
import { TrackCard } from './TrackCard';
import { TrackStartForm } from './TrackStartForm';
import { IMPROVEMENT_TRACKS } from './tracks.documents';
import './opgaven.css';

const PAGE_SIZE = 20;

/** The 5-step improvement tracks: where each stands, and (for the regisseur) the next step. */
export function ImprovementTracksPage() {
  const viewer = useViewer();
  const pager = useCursorPager();
  const query = useQuery(IMPROVEMENT_TRACKS, { variables: { first: PAGE_SIZE, after: pager.after } });
  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.helpSteps}</Paragraph>
        <Paragraph>{T.helpProgress}</Paragraph>
        <Paragraph>{T.helpEvaluate}</Paragraph>
      </PageHelp>
      <OpgavenNav current="/verbetertrajecten" />
      <QueryState query={query} what={T.what}>
        {(data) => {
          const tracks = data.improvementTracks.edges.map((e) => e.node);
          return (
            <>
              {tracks.length === 0 && <Paragraph>{T.none}</Paragraph>}
              {tracks.map((t) => (
                <TrackCard key={t.id} t={t} canEdit={viewer.role === 'REGISSEUR'} />
              ))}
              <Pager
                label={T.pagerLabel}
                page={pager.page}
                pageSize={PAGE_SIZE}
                shown={tracks.length}
                totalCount={data.improvementTracks.totalCount}
                hasNextPage={data.improvementTracks.pageInfo.hasNextPage}
                endCursor={data.improvementTracks.pageInfo.endCursor}
                onNext={pager.next}
                onPrevious={pager.previous}
              />
            </>
          );
        }}
      </QueryState>
      {viewer.role === 'REGISSEUR' && <TrackStartForm />}
    </>
  );
}
