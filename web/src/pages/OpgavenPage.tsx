import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { ErrorSummary, Notice, options, SelectField, TextAreaField, TextField, type FieldError } from '../components/Form';
import { PageHeading } from '../components/PageHeading';
import { Pager, useCursorPager } from '../components/Pager';
import { QueryState } from '../components/States';
import { TEXT_MAX } from '@regiekamer/texts';
import { checkLengths } from '../lib/checks';
import { graphql } from '../gql';
import type { OpgaveStatus, OpgavenQuery } from '../gql/graphql';
import { isStale, TECHNICAL_ERROR, toFieldErrors } from '../lib/errors';
import { formatNumber } from '../lib/format';
import { MEMBER_KIND_LABELS, OPGAVE_STATUS_LABELS, OPGAVE_STATUS_ORDER, OWNERSHIP_RUNGS, rungLabel } from '../lib/labels';
import { useViewer } from '../lib/session';
import { TableScroll } from '../components/TableScroll';

const PAGE_SIZE = 50;

export const OPGAVEN = graphql(`
  query Opgaven($first: Int!, $after: String) {
    opgaven(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          area
          description
          status
          ownershipRung
          version
          selection {
            selected
            votes
            rank
            minorityWisdom
            decision {
              id
              text
              outcome
              decidedOn
              votesFor
              votesAgainst
              votesAbstain
              minorityPosition
            }
          }
          ateliers {
            id
            title
            facilitatorHours
            hoursNorm
            overBudget
            followUpDecision
            actions {
              id
              title
              status
              dueOn
              overdue
            }
          }
          team {
            id
            procesbegeleider
            organisatiecoach
            members {
              kind
              name
              organisation
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

const OPGAVE_CREATE = graphql(`
  mutation OpgaveCreate($input: OpgaveInput!) {
    opgaveCreate(input: $input) {
      opgave {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const OPGAVE_UPDATE = graphql(`
  mutation OpgaveUpdate($id: ID!, $version: Int!, $input: OpgaveUpdateInput!) {
    opgaveUpdate(id: $id, version: $version, input: $input) {
      opgave {
        id
        status
        ownershipRung
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Opgave = OpgavenQuery['opgaven']['edges'][number]['node'];

const RUNG_OPTIONS = Object.entries(OWNERSHIP_RUNGS).map(([value, l]) => ({ value, label: `${value}. ${l}` }));

/** Every opgave on one board, by status and rung of the ladder of ownership: the digital podium. */
export function OpgavenPage() {
  const viewer = useViewer();
  const pager = useCursorPager();
  const query = useQuery(OPGAVEN, { variables: { first: PAGE_SIZE, after: pager.after } });
  return (
    <>
      <PageHeading title="Opgaven" />
      <Paragraph>
        Alle opgaven van de gemeente op één bord: per status, en per trede op de trap van eigenaarschap, met het opgaveteam dat eraan werkt.
      </Paragraph>
      <QueryState query={query} what="De opgaven">
        {(data) => {
          const opgaven = data.opgaven.edges.map((e) => e.node);
          return (
            <>
              <RungTable opgaven={opgaven} />
              <div className="board">
                {OPGAVE_STATUS_ORDER.map((status) => {
                  const column = opgaven.filter((o) => o.status === status).sort((a, b) => b.ownershipRung - a.ownershipRung);
                  return (
                    <section key={status} className="board__column" aria-labelledby={`kolom-${status}`}>
                      <Heading2 id={`kolom-${status}`} className="board__title">
                        {OPGAVE_STATUS_LABELS[status]} <span className="board__count">({column.length})</span>
                      </Heading2>
                      {column.length === 0 ? (
                        <Paragraph className="board__empty">Geen opgaven.</Paragraph>
                      ) : (
                        column.map((o) => <OpgaveCard key={o.id} o={o} canEdit={viewer.role === 'REGISSEUR'} />)
                      )}
                    </section>
                  );
                })}
              </div>
              <Pager
                label="opgaven"
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
      {viewer.role === 'REGISSEUR' && <NewOpgave onCreated={() => void query.refetch()} />}
    </>
  );
}

/** The same board as numbers: opgaven per status and rung. */
function RungTable({ opgaven }: { opgaven: Opgave[] }) {
  const rungs = [1, 2, 3, 4, 5];
  return (
    <TableScroll label="Aantal opgaven per status en trede van eigenaarschap">
      <Table className="data-table">
        <TableCaption>Aantal opgaven per status en trede van eigenaarschap</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Trede</TableHeaderCell>
            {OPGAVE_STATUS_ORDER.map((s) => (
              <TableHeaderCell key={s} scope="col" className="numeric">
                {OPGAVE_STATUS_LABELS[s]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rungs.map((r) => (
            <TableRow key={r}>
              <TableHeaderCell scope="row">{rungLabel(r)}</TableHeaderCell>
              {OPGAVE_STATUS_ORDER.map((s) => (
                <TableCell key={s} className="numeric">
                  {opgaven.filter((o) => o.status === s && o.ownershipRung === r).length}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function OpgaveCard({ o, canEdit }: { o: Opgave; canEdit: boolean }) {
  const residents = o.team?.members.filter((m) => m.kind === 'RESIDENT').length ?? 0;
  const professionals = (o.team?.members.length ?? 0) - residents;
  return (
    <article className="opgave-card" aria-labelledby={`opgave-${o.id}`}>
      <Heading3 id={`opgave-${o.id}`} className="opgave-card__title">
        {o.title}
      </Heading3>
      <Paragraph className="opgave-card__meta">
        {o.area} · <span className={`rung rung--${o.ownershipRung}`}>{rungLabel(o.ownershipRung)}</span>
      </Paragraph>
      {o.description && <Paragraph className="opgave-card__description">{o.description}</Paragraph>}
      {o.team ? (
        <details className="opgave-card__team">
          <summary>
            Opgaveteam: {residents} {residents === 1 ? 'inwoner' : 'inwoners'}, {professionals}{' '}
            {professionals === 1 ? 'professional' : 'professionals'}
          </summary>
          <Paragraph>
            Procesbegeleider: {o.team.procesbegeleider}
            {o.team.organisatiecoach ? `; organisatiecoach: ${o.team.organisatiecoach}` : ''}
          </Paragraph>
          <ul className="member-list">
            {o.team.members.map((m, i) => (
              <li key={i}>
                {m.name ?? 'Inwoner (naam afgeschermd)'} – {MEMBER_KIND_LABELS[m.kind]}
                {m.organisation ? `, ${m.organisation}` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <Paragraph className="opgave-card__team">Nog geen opgaveteam.</Paragraph>
      )}
      {o.selection && (
        <Paragraph className="opgave-card__selection">
          {o.selection.selected ? 'Gekozen' : 'Niet gekozen'} met {o.selection.votes} stemmen (plaats {o.selection.rank}).
          {o.selection.decision.minorityPosition && <> Standpunt van de minderheid: {o.selection.decision.minorityPosition}</>}
          {o.selection.minorityWisdom && <> Wijsheid van de minderheid: {o.selection.minorityWisdom}</>}
        </Paragraph>
      )}
      {o.ateliers.length > 0 && (
        <ul className="atelier-list" aria-label={`Ateliers van ${o.title}`}>
          {o.ateliers.map((a) => {
            const open = a.actions.filter((x) => x.status === 'OPEN');
            const late = open.filter((x) => x.overdue).length;
            return (
              <li key={a.id}>
                <strong>{a.title}</strong>: {formatNumber(a.facilitatorHours)} van {formatNumber(a.hoursNorm)} uur
                {a.overBudget && <span className="overdue"> (boven de norm)</span>}; {a.actions.length} acties, {open.length} open
                {late > 0 && <span className="overdue">, {late} te laat</span>}
              </li>
            );
          })}
        </ul>
      )}
      {canEdit && <OpgaveEdit o={o} />}
    </article>
  );
}

function OpgaveEdit({ o }: { o: Opgave }) {
  const formId = `wijzig-${o.id.replace(/[^A-Za-z0-9]/g, '')}`;
  const [status, setStatus] = useState<OpgaveStatus | ''>(o.status);
  const [rung, setRung] = useState(String(o.ownershipRung));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(OPGAVE_UPDATE);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    if (!status) return;
    try {
      const { data } = await update({ variables: { id: o.id, version: o.version, input: { status, ownershipRung: Number(rung) } } });
      const errs = data?.opgaveUpdate.userErrors ?? [];
      if (errs.length === 0) {
        setSaved(true);
        setErrors([]);
      } else if (isStale(errs)) {
        setErrors([
          {
            field: null,
            message:
              'Iemand anders heeft deze opgave intussen gewijzigd. Vernieuw de pagina, controleer de gegevens en pas uw wijziging opnieuw toe.',
          },
        ]);
      } else setErrors(toFieldErrors(errs, ['status', 'ownershipRung']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <details className="opgave-card__edit">
      <summary>Status of trede wijzigen</summary>
      <form noValidate onSubmit={(e) => void submit(e)} aria-label={`${o.title} wijzigen`}>
        <ErrorSummary formId={formId} errors={errors} />
        {saved && <Notice>Opgeslagen.</Notice>}
        <SelectField
          formId={formId}
          name="status"
          label="Status"
          value={status}
          onChange={setStatus}
          options={options(OPGAVE_STATUS_LABELS)}
          errors={errors}
        />
        <SelectField
          formId={formId}
          name="ownershipRung"
          label="Trede van eigenaarschap"
          value={rung}
          onChange={setRung}
          options={RUNG_OPTIONS}
          errors={errors}
        />
        <Button appearance="secondary-action-button" type="submit" busy={loading}>
          Opslaan
        </Button>
      </form>
    </details>
  );
}

function NewOpgave({ onCreated }: { onCreated: () => void }) {
  const formId = useId().replace(/:/g, '');
  const [values, setValues] = useState({ title: '', area: '', description: '', ownershipRung: '2' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const [create, { loading }] = useMutation(OPGAVE_CREATE);
  const set = (k: keyof typeof values) => (v: string) => setValues({ ...values, [k]: v });
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const found: FieldError[] = [];
    if (!values.title.trim()) found.push({ field: 'title', message: 'Vul de titel van de opgave in.' });
    if (!values.area.trim()) found.push({ field: 'area', message: 'Vul het dorp, de wijk of de kern in.' });
    found.push(
      ...checkLengths({
        title: [values.title.trim(), TEXT_MAX.opgaveTitle],
        area: [values.area.trim(), TEXT_MAX.opgaveArea],
        description: [values.description.trim(), TEXT_MAX.opgaveDescription],
      }),
    );
    setErrors(found);
    if (found.length > 0) return;
    try {
      const { data } = await create({
        variables: {
          input: {
            title: values.title.trim(),
            area: values.area.trim(),
            description: values.description.trim(),
            ownershipRung: Number(values.ownershipRung),
          },
        },
      });
      const errs = data?.opgaveCreate.userErrors ?? [];
      if (errs.length > 0) {
        setErrors(toFieldErrors(errs, ['title', 'area', 'description', 'ownershipRung']));
        return;
      }
      setValues({ title: '', area: '', description: '', ownershipRung: '2' });
      setDone(true);
      onCreated();
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <section className="section" aria-labelledby={`${formId}-title`}>
      <Heading2 id={`${formId}-title`}>Opgehaalde opgave vastleggen</Heading2>
      {done && <Notice>De opgave is vastgelegd.</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={errors} />
        <TextField
          formId={formId}
          name="title"
          label="Titel"
          value={values.title}
          maxLength={TEXT_MAX.opgaveTitle}
          onChange={set('title')}
          errors={errors}
        />
        <TextField
          formId={formId}
          name="area"
          label="Dorp, wijk of kern"
          value={values.area}
          maxLength={TEXT_MAX.opgaveArea}
          onChange={set('area')}
          errors={errors}
        />
        <TextAreaField
          formId={formId}
          name="description"
          label="Omschrijving"
          required={false}
          maxLength={TEXT_MAX.opgaveDescription}
          value={values.description}
          onChange={set('description')}
          errors={errors}
        />
        <SelectField
          formId={formId}
          name="ownershipRung"
          label="Trede van eigenaarschap"
          value={values.ownershipRung}
          onChange={set('ownershipRung')}
          options={RUNG_OPTIONS}
          errors={errors}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={loading}>
            Opgave vastleggen
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
