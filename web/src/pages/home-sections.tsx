import { useQuery } from '@apollo/client/react';
import {
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
import type { ComponentType } from 'react';
import { QueryState } from '../components/States';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { formatDate } from '../lib/format';
import { Link } from '../lib/router';
import { OverviewFigures } from './OverviewFigures';
import { defaultPeriod } from './OverviewPage';
import { PROPOSALS } from './proposal-documents';
import { ProposalTable } from './ProposalsPage';
import { TableScroll } from '../components/TableScroll';

/**
 * Sections at the top of the home page that depend on the monitoring and participation parts of the API.
 * Each is registered here once its fields are in packages/schema/schema.graphql.
 */
export interface HomeSection {
  key: string;
  roles: Role[];
  Component: ComponentType;
}

const OPEN_ACTIONS = graphql(`
  query OpenActions {
    actions(first: 10, filter: { status: OPEN }) {
      totalCount
      edges {
        node {
          id
          title
          dueOn
          overdue
          ownerName
          owner {
            id
            name
          }
          sourceKind
        }
      }
    }
  }
`);

function Figures() {
  const { from, to } = defaultPeriod();
  return (
    <section className="section" aria-labelledby="cijfers">
      <Heading2 id="cijfers">Cijfers dit jaar</Heading2>
      <OverviewFigures from={from} to={to} providerId={null} headingLevel={3} />
      <Paragraph>
        <Link to="/overzicht">Naar het overzicht met filters en downloads</Link>
      </Paragraph>
    </section>
  );
}

function OverdueProposals() {
  const query = useQuery(PROPOSALS, { variables: { first: 10, after: null, filter: { overdue: true } } });
  return (
    <section className="section" aria-labelledby="voorstellen-te-laat">
      <Heading2 id="voorstellen-te-laat">Voorstellen die vandaag te laat zijn</Heading2>
      <QueryState query={query} what="De voorstellen">
        {(data) => <ProposalTable proposals={data.proposals.edges.map((e) => e.node)} caption={`Te laat: ${data.proposals.totalCount}`} />}
      </QueryState>
      <Paragraph>
        <Link to="/voorstellen">Alle voorstellen in hun cyclus van zes weken</Link>
      </Paragraph>
    </section>
  );
}

const SOURCE_LABELS: Record<string, string> = { OVERLEG: 'Overleg', ATELIER: 'Atelier', DECISION: 'Besluit', IMPROVEMENT_TRACK: '5-stappenplan' };

function OpenActions() {
  const query = useQuery(OPEN_ACTIONS);
  return (
    <section className="section" aria-labelledby="open-acties">
      <Heading2 id="open-acties">Open acties</Heading2>
      <QueryState query={query} what="De acties">
        {(data) => (
          <TableScroll label="Open acties">
            <Table className="data-table">
              <TableCaption>
                Open acties ({data.actions.totalCount}), de eerste {data.actions.edges.length}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Actie</TableHeaderCell>
                  <TableHeaderCell scope="col">Uit</TableHeaderCell>
                  <TableHeaderCell scope="col">Eigenaar</TableHeaderCell>
                  <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.actions.edges.length === 0 ? (
                  <TableRow>
                    <TableCell colSpan={4}>Geen open acties.</TableCell>
                  </TableRow>
                ) : (
                  data.actions.edges.map(({ node: a }) => (
                    <TableRow key={a.id}>
                      <TableHeaderCell scope="row">{a.title}</TableHeaderCell>
                      <TableCell>{SOURCE_LABELS[a.sourceKind] ?? a.sourceKind}</TableCell>
                      <TableCell>{a.owner?.name ?? a.ownerName ?? '—'}</TableCell>
                      <TableCell>
                        {formatDate(a.dueOn)}
                        {a.overdue && <span className="overdue"> – te laat</span>}
                      </TableCell>
                    </TableRow>
                  ))
                )}
              </TableBody>
            </Table>
          </TableScroll>
        )}
      </QueryState>
      <Paragraph>
        <Link to="/overleg">Naar het overleg</Link>
      </Paragraph>
    </section>
  );
}

export const HOME_EXTRA_SECTIONS: HomeSection[] = [
  { key: 'figures', roles: ['REGISSEUR', 'ANALYST'], Component: Figures },
  { key: 'proposals', roles: ['REGISSEUR'], Component: OverdueProposals },
  { key: 'actions', roles: ['REGISSEUR'], Component: OpenActions },
];
