import { useQuery } from '@apollo/client/react';
import { PROVIDERS_PAGE_TEXTS as T } from '@regiekamer/texts';
import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../components/PageHeading';
import { Pager, useCursorPager } from '../components/Pager';
import { QueryState } from '../components/States';
import { graphql } from '../gql';
import { useViewer } from '../lib/session';
import { PageHelp } from '../components/PageHelp';
import { ProviderTable } from './provider/ProviderTable';
import { ProviderCreateForm } from './provider/ProviderAdmin';

const PAGE_SIZE = 25;

const PROVIDERS = graphql(`
  query Providers($first: Int!, $after: String, $withRepresentatives: Boolean!) {
    providers(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          name
          kind
          kvkNumber
          agbCode
          active
          representatives @include(if: $withRepresentatives) {
            name
            email
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function ProvidersPage() {
  const viewer = useViewer();
  const withRepresentatives = viewer.role === 'REGISSEUR' || viewer.role === 'ADMIN';
  const pager = useCursorPager();
  const query = useQuery(PROVIDERS, { variables: { first: PAGE_SIZE, after: pager.after, withRepresentatives } });
  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.helpWhat}</Paragraph>
        <Paragraph>{T.helpChoose}</Paragraph>
      </PageHelp>
      <QueryState query={query} what={T.what}>
        {(data) => (
          <>
            <ProviderTable providers={data.providers.edges.map((e) => e.node)} withRepresentatives={withRepresentatives} />
            <Pager
              label={T.pagerLabel}
              page={pager.page}
              pageSize={PAGE_SIZE}
              shown={data.providers.edges.length}
              totalCount={data.providers.totalCount}
              hasNextPage={data.providers.pageInfo.hasNextPage}
              endCursor={data.providers.pageInfo.endCursor}
              onNext={pager.next}
              onPrevious={pager.previous}
            />
          </>
        )}
      </QueryState>
      {withRepresentatives && <ProviderCreateForm onCreated={() => void query.refetch()} />}
    </>
  );
}
