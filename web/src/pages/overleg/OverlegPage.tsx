import { useQuery } from '@apollo/client/react';
import { OVERLEG_PAGE_TEXTS as T } from '@regiekamer/texts';
import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { Pager, useCursorPager } from '../../components/Pager';
import { QueryState } from '../../components/States';
import type { OverlegKind } from '../../gql/graphql';
import { Link, useLocation } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { OVERLEGGEN } from './overleg.documents';
import { OverlegCard } from './OverlegCard';
import { OverlegKindFilter } from './OverlegKindFilter';

const PAGE_SIZE = 10;

export function OverlegPage() {
  const viewer = useViewer();
  const { search } = useLocation();
  const kind = (search.get('soort') ?? '') as OverlegKind | '';
  const pager = useCursorPager();
  const query = useQuery(OVERLEGGEN, { variables: { first: PAGE_SIZE, after: pager.after, filter: kind ? { kind } : null } });
  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.helpWho}</Paragraph>
        <Paragraph>{T.helpWhat}</Paragraph>
        <Paragraph>{T.helpLate}</Paragraph>
      </PageHelp>
      {viewer.role === 'REGISSEUR' && (
        <Paragraph>
          <Link to="/overleg/nieuw" className="utrecht-button-link utrecht-button-link--primary-action">
            {T.new}
          </Link>
        </Paragraph>
      )}
      <OverlegKindFilter kind={kind} onChoose={pager.reset} />
      <QueryState query={query} what={T.what}>
        {(data) => (
          <>
            {data.overleggen.edges.length === 0 && <Paragraph>{T.empty}</Paragraph>}
            {data.overleggen.edges.map(({ node }) => (
              <OverlegCard key={node.id} o={node} link onChanged={() => query.refetch()} />
            ))}
            <Pager
              label={T.pager}
              page={pager.page}
              pageSize={PAGE_SIZE}
              shown={data.overleggen.edges.length}
              totalCount={data.overleggen.totalCount}
              hasNextPage={data.overleggen.pageInfo.hasNextPage}
              endCursor={data.overleggen.pageInfo.endCursor}
              onNext={pager.next}
              onPrevious={pager.previous}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
