import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
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
      <PageHeading title="Verbetertrajecten" />
      <PageHelp>
        <Paragraph>
          Een verbetertraject gaat in vijf stappen: een onderwerp kiezen, wensen verzamelen, een doel stellen, een plan uitvoeren en de resultaten
          toetsen.
        </Paragraph>
        <Paragraph>
          Bij elk traject ziet u welke stappen klaar zijn en in welke stap het nu staat. Een stap overslaan of teruggaan kan niet.
        </Paragraph>
        <Paragraph>In stap 5 toetst u de resultaten zo vaak als nodig; elke toetsing krijgt een datum.</Paragraph>
      </PageHelp>
      <OpgavenNav current="/verbetertrajecten" />
      <QueryState query={query} what="De verbetertrajecten">
        {(data) => {
          const tracks = data.improvementTracks.edges.map((e) => e.node);
          return (
            <>
              {tracks.length === 0 && <Paragraph>Er zijn nog geen verbetertrajecten.</Paragraph>}
              {tracks.map((t) => (
                <TrackCard key={t.id} t={t} canEdit={viewer.role === 'REGISSEUR'} />
              ))}
              <Pager
                label="verbetertrajecten"
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
