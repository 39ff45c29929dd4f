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
import type { ReactNode } from 'react';
import { PageHeading } from '../components/PageHeading';
import { QueryState } from '../components/States';
import { graphql } from '../gql';
import { ARRANGEMENT_STATUS_LABELS, OPGAVE_STATUS_LABELS } from '../lib/labels';
import { Link } from '../lib/router';
import { useViewer } from '../lib/session';
import { ConvenantCard, CONVENANTS } from './ConvenantPage';
import { HOME_EXTRA_SECTIONS } from './home-sections';

const MY_COUNTS = graphql(`
  query MyArrangementCounts {
    requested: arrangements(first: 1, filter: { status: REQUESTED }) {
      totalCount
    }
    active: arrangements(first: 1, filter: { status: ACTIVE }) {
      totalCount
    }
    paused: arrangements(first: 1, filter: { status: PAUSED }) {
      totalCount
    }
    ended: arrangements(first: 1, filter: { status: ENDED }) {
      totalCount
    }
  }
`);

const OPGAVE_COUNTS = graphql(`
  query OpgaveCounts {
    collected: opgaven(first: 1, filter: { status: COLLECTED }) {
      totalCount
    }
    selected: opgaven(first: 1, filter: { status: SELECTED }) {
      totalCount
    }
    inProgress: opgaven(first: 1, filter: { status: IN_PROGRESS }) {
      totalCount
    }
    completed: opgaven(first: 1, filter: { status: COMPLETED }) {
      totalCount
    }
  }
`);

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}

export function HomePage() {
  const viewer = useViewer();
  const title =
    viewer.role === 'PROVIDER_REP'
      ? `Startpagina ${viewer.provider?.name ?? ''}`.trim()
      : viewer.role === 'ANALYST'
        ? 'Startpagina analist'
        : 'Hoe gaat het met de algemene voorziening?';
  const extra = HOME_EXTRA_SECTIONS.filter((s) => s.roles.includes(viewer.role));
  return (
    <>
      <PageHeading title={title} />
      {extra.map((s) => (
        <s.Component key={s.key} />
      ))}
      {viewer.role === 'PROVIDER_REP' && <MyArrangements />}
      {viewer.role !== 'ANALYST' && <ConvenantSummary />}
      {(viewer.role === 'REGISSEUR' || viewer.role === 'ANALYST' || viewer.role === 'ADMIN') && <OpgavenSummary />}
      {viewer.role === 'ANALYST' && (
        <Section id="analyse" title="Zelf analyseren">
          <Paragraph>
            Bevraag alles wat niet persoonlijk is in de{' '}
            <a className="utrecht-link" href="/graphiql">
              GraphiQL-verkenner
            </a>
            . De cijfers zijn beschermd tegen herleiding tot personen: aantallen zijn licht verstoord (dezelfde vraag geeft steeds hetzelfde
            antwoord), en van kleine groepen tonen we geen gemiddelden.
          </Paragraph>
        </Section>
      )}
    </>
  );
}

function MyArrangements() {
  const query = useQuery(MY_COUNTS);
  return (
    <Section id="mijn-arrangementen" title="Mijn arrangementen">
      <QueryState query={query} what="De aantallen">
        {(data) => (
          <Table className="data-table data-table--compact">
            <TableCaption>Arrangementen van uw organisatie per status</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col" className="numeric">
                  Aantal
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {(
                [
                  ['REQUESTED', data.requested.totalCount],
                  ['ACTIVE', data.active.totalCount],
                  ['PAUSED', data.paused.totalCount],
                  ['ENDED', data.ended.totalCount],
                ] as const
              ).map(([status, count]) => (
                <TableRow key={status}>
                  <TableHeaderCell scope="row">
                    <Link to={`/arrangementen?status=${status}`}>{ARRANGEMENT_STATUS_LABELS[status]}</Link>
                  </TableHeaderCell>
                  <TableCell className="numeric">{count}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </QueryState>
      <Paragraph>
        <Link to="/arrangementen">Alle arrangementen</Link> · <Link to="/arrangementen/nieuw">Nieuw arrangement</Link>
      </Paragraph>
    </Section>
  );
}

function ConvenantSummary() {
  const query = useQuery(CONVENANTS);
  return (
    <Section id="convenant" title="Convenant">
      <QueryState query={query} what="Het convenant">
        {(data) => {
          const current =
            data.convenants.edges.find((e) => e.node.status === 'IN_FORCE' || e.node.status === 'OPEN_FOR_SIGNING') ?? data.convenants.edges[0];
          return current ? <ConvenantCard c={current.node} headingLevel={3} /> : <Paragraph>Er is nog geen convenant.</Paragraph>;
        }}
      </QueryState>
      <Paragraph>
        <Link to="/convenant">Alle convenanten</Link>
      </Paragraph>
    </Section>
  );
}

function OpgavenSummary() {
  const query = useQuery(OPGAVE_COUNTS);
  return (
    <Section id="opgaven" title="Opgaven">
      <QueryState query={query} what="De opgaven">
        {(data) => (
          <Table className="data-table data-table--compact">
            <TableCaption>Opgaven per status</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col" className="numeric">
                  Aantal
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {(
                [
                  ['COLLECTED', data.collected.totalCount],
                  ['SELECTED', data.selected.totalCount],
                  ['IN_PROGRESS', data.inProgress.totalCount],
                  ['COMPLETED', data.completed.totalCount],
                ] as const
              ).map(([status, count]) => (
                <TableRow key={status}>
                  <TableHeaderCell scope="row">{OPGAVE_STATUS_LABELS[status]}</TableHeaderCell>
                  <TableCell className="numeric">{count}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </QueryState>
      <Paragraph>
        <Link to="/opgaven">Naar het opgavenbord</Link>
      </Paragraph>
    </Section>
  );
}
