import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { DecisionView } from '../components/DecisionView';
import { ErrorSummary, Notice, options, SelectField, TextField, type FieldError } from '../components/Form';
import { PageHeading } from '../components/PageHeading';
import { Pager, useCursorPager } from '../components/Pager';
import { QueryState } from '../components/States';
import { graphql } from '../gql';
import type { OverleggenQuery, OverlegKind } from '../gql/graphql';
import { TECHNICAL_ERROR, toFieldErrors } from '../lib/errors';
import { formatDate } from '../lib/format';
import { ACTION_STATUS_LABELS, MEMBER_KIND_LABELS, OVERLEG_KIND_LABELS } from '../lib/labels';
import { navigate, useLocation } from '../lib/router';
import { useViewer } from '../lib/session';
import { TableScroll } from '../components/TableScroll';

const PAGE_SIZE = 10;

const OVERLEGGEN = graphql(`
  query Overleggen($first: Int!, $after: String, $filter: OverlegFilter) {
    overleggen(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          title
          kind
          heldOn
          location
          minutes
          version
          participants {
            kind
            name
            organisation
          }
          agenda {
            position
            title
            addedBy {
              id
              name
            }
          }
          decisions {
            id
            kind
            text
            outcome
            decidedOn
            votesFor
            votesAgainst
            votesAbstain
            minorityPosition
            responsible
          }
          actions {
            id
            title
            status
            dueOn
            overdue
            ownerName
            owner {
              id
              name
            }
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

const AGENDA_ADD = graphql(`
  mutation OverlegAgendaItemAdd($input: OverlegAgendaItemAddInput!) {
    overlegAgendaItemAdd(input: $input) {
      overleg {
        id
        version
        agenda {
          position
          title
          addedBy {
            id
            name
          }
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Overleg = OverleggenQuery['overleggen']['edges'][number]['node'];

export function OverlegPage() {
  const { search } = useLocation();
  const kind = (search.get('soort') ?? '') as OverlegKind | '';
  const [choice, setChoice] = useState<OverlegKind | ''>(kind);
  const pager = useCursorPager();
  const query = useQuery(OVERLEGGEN, { variables: { first: PAGE_SIZE, after: pager.after, filter: kind ? { kind } : null } });
  return (
    <>
      <PageHeading title="Overleg" />
      <Paragraph>Het aanbiedersoverleg en de andere overleggen: agenda, besluiten met het standpunt van de minderheid, en de acties.</Paragraph>
      <form
        className="search-form"
        aria-label="Soort overleg kiezen"
        onSubmit={(e) => {
          e.preventDefault();
          pager.reset();
          navigate(choice ? `/overleg?soort=${choice}` : '/overleg', { replace: true });
        }}
      >
        <SelectField
          formId="overleg-filter"
          name="soort"
          label="Soort overleg"
          required={false}
          value={choice}
          onChange={setChoice}
          options={options(OVERLEG_KIND_LABELS)}
          emptyLabel="Alle soorten"
          errors={[]}
        />
        <Button appearance="secondary-action-button" type="submit">
          Toon
        </Button>
      </form>
      <QueryState query={query} what="De overleggen">
        {(data) => (
          <>
            {data.overleggen.edges.length === 0 && <Paragraph>Geen overleggen.</Paragraph>}
            {data.overleggen.edges.map(({ node }) => (
              <OverlegCard key={node.id} o={node} />
            ))}
            <Pager
              label="overleggen"
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

function OverlegCard({ o }: { o: Overleg }) {
  const viewer = useViewer();
  const id = `overleg-${o.id.replace(/[^A-Za-z0-9]/g, '')}`;
  const open = o.actions.filter((a) => a.status === 'OPEN');
  return (
    <section className="section card" aria-labelledby={id}>
      <Heading2 id={id}>{o.title}</Heading2>
      <Paragraph>
        {OVERLEG_KIND_LABELS[o.kind]} op {formatDate(o.heldOn)}
        {o.location ? `, ${o.location}` : ''}.
        {o.participants.length > 0 &&
          ` Deelnemers: ${o.participants.map((p) => `${p.name ?? MEMBER_KIND_LABELS[p.kind]}${p.organisation ? ` (${p.organisation})` : ''}`).join(', ')}.`}
      </Paragraph>
      <Heading3>Agenda</Heading3>
      {o.agenda.length === 0 ? (
        <Paragraph>Nog geen agendapunten.</Paragraph>
      ) : (
        <OrderedList>
          {[...o.agenda]
            .sort((a, b) => a.position - b.position)
            .map((item) => (
              <OrderedListItem key={item.position}>
                {item.title} <span className="muted">(ingebracht door {item.addedBy?.name ?? 'een vertegenwoordiger van een aanbieder'})</span>
              </OrderedListItem>
            ))}
        </OrderedList>
      )}
      {(viewer.role === 'REGISSEUR' || viewer.role === 'PROVIDER_REP') &&
        (o.minutes ? <Paragraph className="muted">Dit overleg is gehouden: de agenda is gesloten.</Paragraph> : <AgendaAdd o={o} />)}
      <Heading3>Besluiten</Heading3>
      {o.decisions.length === 0 ? <Paragraph>Nog geen besluiten.</Paragraph> : o.decisions.map((d) => <DecisionView key={d.id} d={d} />)}
      {o.minutes && (
        <>
          <Heading3>Verslag</Heading3>
          <Paragraph className="preserve">{o.minutes}</Paragraph>
        </>
      )}
      <Heading3>Acties</Heading3>
      {o.actions.length === 0 ? (
        <Paragraph>Geen acties.</Paragraph>
      ) : (
        <TableScroll label="Acties van dit overleg">
          <Table className="data-table">
            <TableCaption>Acties van dit overleg ({open.length} open)</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Actie</TableHeaderCell>
                <TableHeaderCell scope="col">Eigenaar</TableHeaderCell>
                <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {o.actions.map((a) => (
                <TableRow key={a.id}>
                  <TableHeaderCell scope="row">{a.title}</TableHeaderCell>
                  <TableCell>{a.owner?.name ?? a.ownerName ?? '—'}</TableCell>
                  <TableCell>{formatDate(a.dueOn)}</TableCell>
                  <TableCell>
                    {ACTION_STATUS_LABELS[a.status]}
                    {a.overdue && <span className="overdue"> – te laat</span>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

function AgendaAdd({ o }: { o: Overleg }) {
  const formId = `agenda-${o.id.replace(/[^A-Za-z0-9]/g, '')}`;
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const [add, { loading }] = useMutation(AGENDA_ADD);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    if (!title.trim()) {
      setErrors([{ field: 'title', message: 'Vul het agendapunt in.' }]);
      return;
    }
    try {
      const { data } = await add({ variables: { input: { overlegId: o.id, title: title.trim() } } });
      const errs = data?.overlegAgendaItemAdd.userErrors ?? [];
      if (errs.length > 0) {
        setErrors(toFieldErrors(errs, ['title']));
        return;
      }
      setErrors([]);
      setTitle('');
      setDone(true);
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <form className="form form--inline" noValidate onSubmit={(e) => void submit(e)} aria-label={`Agendapunt toevoegen aan ${o.title}`}>
      <ErrorSummary formId={formId} errors={errors} />
      {done && <Notice>Het agendapunt is toegevoegd.</Notice>}
      <TextField formId={formId} name="title" label="Agendapunt toevoegen" value={title} onChange={setTitle} errors={errors} />
      <Button appearance="secondary-action-button" type="submit" busy={loading}>
        Agendapunt toevoegen
      </Button>
    </form>
  );
}
