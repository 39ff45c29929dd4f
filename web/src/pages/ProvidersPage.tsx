import { useQuery } from '@apollo/client/react';
import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { PageHeading } from '../components/PageHeading';
import { Pager, useCursorPager } from '../components/Pager';
import { QueryState } from '../components/States';
import { graphql } from '../gql';
import { PROVIDER_KIND_LABELS } from '../lib/labels';
import { useViewer } from '../lib/session';
import { TableScroll } from '../components/TableScroll';
import { PageHelp } from '../components/PageHelp';
import { Link } from '../lib/router';

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
      <PageHeading title="Aanbieders" />
      <PageHelp>
        <Paragraph>De zorg-, welzijns- en vrijwilligersorganisaties die samen de algemene voorziening uitvoeren.</Paragraph>
        <Paragraph>Kies een naam om de cijfers, arrangementen en vertegenwoordigers van die aanbieder te zien.</Paragraph>
      </PageHelp>
      <QueryState query={query} what="De aanbieders">
        {(data) => (
          <>
            <TableScroll label="Aanbieders">
              <Table className="data-table">
                <TableCaption>Aanbieders</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Naam</TableHeaderCell>
                    <TableHeaderCell scope="col">Soort</TableHeaderCell>
                    <TableHeaderCell scope="col">KvK-nummer</TableHeaderCell>
                    <TableHeaderCell scope="col">AGB-code</TableHeaderCell>
                    {withRepresentatives && <TableHeaderCell scope="col">Vertegenwoordigers</TableHeaderCell>}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.providers.edges.map(({ node }) => (
                    <TableRow key={node.id}>
                      <TableHeaderCell scope="row">
                        <Link to={`/aanbieders/${encodeURIComponent(node.id)}`}>{node.name}</Link>
                      </TableHeaderCell>
                      <TableCell>{PROVIDER_KIND_LABELS[node.kind]}</TableCell>
                      <TableCell>{node.kvkNumber}</TableCell>
                      <TableCell>{node.agbCode ?? '—'}</TableCell>
                      {withRepresentatives && (
                        <TableCell>
                          {(node.representatives ?? []).length === 0
                            ? '—'
                            : (node.representatives ?? []).map((r) => (
                                <span key={r.email} className="representative">
                                  {r.name} (
                                  <a className="utrecht-link" href={`mailto:${r.email}`}>
                                    {r.email}
                                  </a>
                                  )
                                </span>
                              ))}
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
            <Pager
              label="aanbieders"
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
    </>
  );
}
