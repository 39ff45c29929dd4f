import { useMutation, useQuery } from '@apollo/client/react';
import { TEXT_MAX } from '@regiekamer/texts';
import { checkLength, checkLengths, checkNotFuture, present } from '../lib/checks';
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
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
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { DecisionView } from '../components/DecisionView';
import { ErrorSummary, Notice, options, SelectField, TextAreaField, DateField, TextField, type FieldError } from '../components/Form';
import { PageHeading } from '../components/PageHeading';
import { PageHelp } from '../components/PageHelp';
import { QueryState } from '../components/States';
import type { ClientCouncilVerdict, DecisionOutcome, Perspective, ProposalFieldsFragment } from '../gql/graphql';
import { isStale, TECHNICAL_ERROR, toFieldErrors } from '../lib/errors';
import { formatDate, formatDateTime, isLocalDate, todayInAmsterdam } from '../lib/format';
import {
  CLIENT_COUNCIL_VERDICT_LABELS,
  DECISION_OUTCOME_LABELS,
  PERSPECTIVE_LABELS,
  PROPOSAL_STATUS_LABELS,
  PROPOSAL_STEP_LABELS,
} from '../lib/labels';
import { Link } from '../lib/router';
import { useViewer } from '../lib/session';
import { CLIENT_COUNCIL_CHECK, FEEDBACK_RECORD, PERSPECTIVE_RECORD, PROPOSAL, PROPOSAL_DECIDE } from './proposal-documents';
import { TableScroll } from '../components/TableScroll';
import { AuditTrail } from '../components/AuditTrail';
import { OverlegChoice } from './overleg/OverlegChoice';

const SIDES: Perspective[] = ['RESIDENTS', 'STAFF', 'ORGANISATION'];

export function ProposalPage({ id }: { id: string }) {
  const query = useQuery(PROPOSAL, { variables: { id } });
  const p = query.data?.node?.__typename === 'Proposal' ? query.data.node : null;
  return (
    <>
      <PageHeading title={p ? `Voorstel: ${p.title}` : 'Voorstel'} />
      <PageHelp>
        <Paragraph>
          Hier volgt u één voorstel door de cyclus van zes weken. Bewoners, medewerkers en organisatie geven elk hun standpunt. Daarna valt
          het besluit in het beleidsoverleg, en in week 6 horen de bewoners wat er besloten is. Een datum in het rood is te laat.
        </Paragraph>
      </PageHelp>
      <Paragraph>
        <Link to="/voorstellen">Terug naar de voorstellen</Link>
      </Paragraph>
      <QueryState query={query} what="Het voorstel">
        {() =>
          p ? (
            <>
              <ProposalDetail p={p} refetch={() => query.refetch()} />
              <AuditTrail id={p.id} />
            </>
          ) : (
            <Paragraph>Dit voorstel bestaat niet.</Paragraph>
          )
        }
      </QueryState>
    </>
  );
}

function ProposalDetail({ p, refetch }: { p: ProposalFieldsFragment; refetch: () => Promise<unknown> }) {
  const viewer = useViewer();
  const isRegisseur = viewer.role === 'REGISSEUR';
  return (
    <>
      {p.overdue && (
        <Alert type="warning">
          <Paragraph>
            <strong>Te laat vandaag:</strong> {p.overdueSteps.map((s) => PROPOSAL_STEP_LABELS[s]).join('; ')}.
          </Paragraph>
        </Alert>
      )}
      <section className="section" aria-labelledby="cyclus">
        <Heading2 id="cyclus">Cyclus</Heading2>
        <DataList className="summary-list">
          <Item k="Status" v={`${PROPOSAL_STATUS_LABELS[p.status]}${p.urgent ? ' (spoed)' : ''}`} />
          <Item k="Ingediend (week 0)" v={formatDate(p.submittedOn)} />
          <Item k="Standpunten uiterlijk" v={formatDate(p.schedule.perspectivesDueOn)} />
          {p.schedule.adHocMeetingBy && <Item k="Ad-hocoverleg uiterlijk" v={formatDate(p.schedule.adHocMeetingBy)} />}
          <Item k="Beleidsoverleg (week 5)" v={`${formatDate(p.schedule.policyMeetingFrom)} tot en met ${formatDate(p.schedule.policyMeetingBy)}`} />
          <Item k="Terugkoppeling (week 6)" v={`uiterlijk ${formatDate(p.schedule.decisionFeedbackBy)}`} />
        </DataList>
        {p.description && <Paragraph className="preserve">{p.description}</Paragraph>}
      </section>

      <section className="section" aria-labelledby="standpunten">
        <Heading2 id="standpunten">Standpunten van de kwaliteitsdriehoek</Heading2>
        <TableScroll label="Standpunt per partij">
          <Table className="data-table">
            <TableCaption>Standpunt per partij</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Partij</TableHeaderCell>
                <TableHeaderCell scope="col">Standpunt</TableHeaderCell>
                <TableHeaderCell scope="col">Advies</TableHeaderCell>
                <TableHeaderCell scope="col">Achterban geraadpleegd</TableHeaderCell>
                <TableHeaderCell scope="col">Vastgelegd</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {SIDES.map((side) => {
                const given = p.perspectives.find((x) => x.perspective === side);
                return (
                  <TableRow key={side}>
                    <TableHeaderCell scope="row">{PERSPECTIVE_LABELS[side]}</TableHeaderCell>
                    {given ? (
                      <>
                        <TableCell>{given.position}</TableCell>
                        <TableCell>{given.advice ?? '—'}</TableCell>
                        <TableCell>{given.consultedConstituency ? 'Ja' : 'Nee'}</TableCell>
                        <TableCell>
                          {formatDateTime(given.recordedAt)} door {given.recordedBy?.name ?? 'een vertegenwoordiger van een aanbieder'}
                        </TableCell>
                      </>
                    ) : (
                      <TableCell colSpan={4}>
                        <span className="overdue">Ontbreekt nog</span>
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableScroll>
        {p.status === 'SUBMITTED' && (isRegisseur || viewer.role === 'PROVIDER_REP') && (
          <PerspectiveForm p={p} sides={isRegisseur ? SIDES : ['STAFF']} />
        )}
      </section>

      <section className="section" aria-labelledby="besluit">
        <Heading2 id="besluit">Besluit</Heading2>
        {p.decision ? <DecisionView d={p.decision} /> : <Paragraph>Nog geen besluit.</Paragraph>}
        {p.status === 'SUBMITTED' && isRegisseur && <DecideForm p={p} refetch={refetch} />}
      </section>

      <section className="section" aria-labelledby="terugkoppeling">
        <Heading2 id="terugkoppeling">Terugkoppeling en cliëntenraad</Heading2>
        {p.feedback ? (
          <Paragraph>
            Teruggekoppeld in de bewonersbijeenkomst van {formatDate(p.feedback.residentsMeetingOn)}: {p.feedback.summary}
          </Paragraph>
        ) : (
          <Paragraph>Nog niet teruggekoppeld.</Paragraph>
        )}
        {p.clientCouncilCheck && (
          <Paragraph>
            Cliëntenraad op {formatDate(p.clientCouncilCheck.checkedOn)}: {CLIENT_COUNCIL_VERDICT_LABELS[p.clientCouncilCheck.verdict]}
            {p.clientCouncilCheck.remarks ? ` – ${p.clientCouncilCheck.remarks}` : ''}
          </Paragraph>
        )}
        {p.status === 'DECIDED' && isRegisseur && <FeedbackForm p={p} />}
        {p.status === 'FED_BACK' && isRegisseur && <CouncilForm p={p} />}
      </section>
    </>
  );
}

function Item({ k, v }: { k: string; v: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{k}</DataListKey>
      <DataListValue>{v}</DataListValue>
    </DataListItem>
  );
}

/** Shared: run a proposal mutation, map its userErrors, report success. */
function useProposalForm() {
  const formId = useId().replace(/:/g, '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  async function run(
    call: () => Promise<{ userErrors: { code: string; field?: string | null; message: string }[] } | undefined>,
    fields: string[],
    onStale?: () => Promise<unknown>,
  ): Promise<boolean> {
    setDone(false);
    try {
      const payload = await call();
      const errs = payload?.userErrors ?? [];
      if (errs.length === 0) {
        setErrors([]);
        setDone(true);
        return true;
      }
      if (isStale(errs) && onStale) {
        await onStale().catch(() => {});
        setErrors([
          {
            field: null,
            message:
              'Iemand anders heeft dit voorstel intussen gewijzigd. De nieuwste gegevens staan hierboven; uw invoer staat er nog. Controleer en sla opnieuw op.',
          },
        ]);
        return false;
      }
      setErrors(toFieldErrors(errs, fields));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
    return false;
  }
  return { formId, errors, setErrors, done, run };
}

function PerspectiveForm({ p, sides }: { p: ProposalFieldsFragment; sides: Perspective[] }) {
  const { formId, errors, setErrors, done, run } = useProposalForm();
  const firstMissing = sides.find((s) => p.missingPerspectives.includes(s)) ?? sides[0] ?? 'STAFF';
  const [values, setValues] = useState({ perspective: firstMissing as Perspective | '', position: '', advice: '', consulted: 'ja' });
  const [record, { loading }] = useMutation(PERSPECTIVE_RECORD);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!values.perspective) found.push({ field: 'perspective', message: 'Kies de partij.' });
    if (!values.position.trim()) found.push({ field: 'position', message: 'Vul het standpunt in.' });
    found.push(
      ...checkLengths({
        position: [values.position.trim(), TEXT_MAX.perspectivePosition],
        advice: [values.advice.trim(), TEXT_MAX.perspectiveAdvice],
      }),
    );
    setErrors(found);
    if (found.length > 0 || !values.perspective) return;
    const perspective = values.perspective;
    const ok = await run(
      async () =>
        (
          await record({
            variables: {
              id: p.id,
              input: {
                perspective,
                position: values.position.trim(),
                advice: values.advice.trim() || null,
                consultedConstituency: values.consulted === 'ja',
              },
            },
          })
        ).data?.proposalPerspectiveRecord,
      ['perspective', 'position', 'advice', 'consultedConstituency'],
    );
    if (ok)
      setValues({
        perspective: sides.find((s) => s !== perspective && p.missingPerspectives.includes(s)) ?? perspective,
        position: '',
        advice: '',
        consulted: 'ja',
      });
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>Standpunt vastleggen</Heading3>
      <ErrorSummary formId={formId} errors={errors} />
      {done && <Notice>Het standpunt is vastgelegd.</Notice>}
      <SelectField
        formId={formId}
        name="perspective"
        label="Partij"
        value={values.perspective}
        onChange={(v) => setValues({ ...values, perspective: v })}
        options={sides.map((s) => ({ value: s, label: PERSPECTIVE_LABELS[s] }))}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="position"
        label="Standpunt"
        maxLength={TEXT_MAX.perspectivePosition}
        value={values.position}
        onChange={(v) => setValues({ ...values, position: v })}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="advice"
        label="Advies"
        required={false}
        maxLength={TEXT_MAX.perspectiveAdvice}
        value={values.advice}
        onChange={(v) => setValues({ ...values, advice: v })}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="consultedConstituency"
        label="Achterban geraadpleegd?"
        value={values.consulted}
        onChange={(v) => setValues({ ...values, consulted: v })}
        options={[
          { value: 'ja', label: 'Ja' },
          { value: 'nee', label: 'Nee' },
        ]}
        errors={errors}
      />
      <Button appearance="primary-action-button" type="submit" busy={loading}>
        Standpunt vastleggen
      </Button>
    </form>
  );
}

function DecideForm({ p, refetch }: { p: ProposalFieldsFragment; refetch: () => Promise<unknown> }) {
  const { formId, errors, setErrors, done, run } = useProposalForm();
  const [v, setV] = useState({
    text: '',
    outcome: 'ADOPTED' as DecisionOutcome | '',
    decidedOn: todayInAmsterdam(),
    votesFor: '',
    votesAgainst: '0',
    votesAbstain: '0',
    minorityPosition: '',
    responsible: '',
    overlegId: '',
  });
  const [decide, { loading }] = useMutation(PROPOSAL_DECIDE);
  const int = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!v.text.trim()) found.push({ field: 'text', message: 'Vul de tekst van het besluit in.' });
    if (!v.outcome) found.push({ field: 'outcome', message: 'Kies de uitkomst.' });
    if (!isLocalDate(v.decidedOn)) found.push({ field: 'decidedOn', message: 'Vul de datum van het besluit in.' });
    else found.push(...present(checkNotFuture('decidedOn', v.decidedOn, todayInAmsterdam())));
    found.push(
      ...checkLengths({
        text: [v.text.trim(), TEXT_MAX.decisionText],
        minorityPosition: [v.minorityPosition.trim(), TEXT_MAX.minorityPosition],
        responsible: [v.responsible.trim(), TEXT_MAX.decisionResponsible],
      }),
    );
    const [f, a, ab] = [int(v.votesFor), int(v.votesAgainst), int(v.votesAbstain)];
    if (f === null) found.push({ field: 'votesFor', message: 'Vul het aantal stemmen voor in als heel getal.' });
    if (a === null) found.push({ field: 'votesAgainst', message: 'Vul het aantal stemmen tegen in als heel getal.' });
    if (ab === null) found.push({ field: 'votesAbstain', message: 'Vul het aantal onthoudingen in als heel getal.' });
    if (a !== null && a > 0 && !v.minorityPosition.trim())
      found.push({ field: 'minorityPosition', message: 'Er is tegengestemd: leg het standpunt van de minderheid vast.' });
    setErrors(found);
    if (found.length > 0 || f === null || a === null || ab === null || !v.outcome) return;
    const outcome = v.outcome;
    await run(
      async () =>
        (
          await decide({
            variables: {
              id: p.id,
              version: p.version,
              input: {
                text: v.text.trim(),
                outcome,
                decidedOn: v.decidedOn,
                votesFor: f,
                votesAgainst: a,
                votesAbstain: ab,
                minorityPosition: v.minorityPosition.trim() || null,
                responsible: v.responsible.trim() || null,
                overlegId: v.overlegId || null,
              },
            },
          })
        ).data?.proposalDecide,
      ['text', 'outcome', 'decidedOn', 'votesFor', 'votesAgainst', 'votesAbstain', 'minorityPosition', 'responsible', 'overlegId'],
      refetch,
    );
  }
  const set = (k: keyof typeof v) => (value: string) => setV({ ...v, [k]: value });
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>Besluit van het beleidsoverleg vastleggen</Heading3>
      {p.missingPerspectives.length > 0 && (
        <Alert type="warning">
          <Paragraph>Nog niet alle partijen hebben een standpunt: {p.missingPerspectives.map((s) => PERSPECTIVE_LABELS[s]).join(', ')}.</Paragraph>
        </Alert>
      )}
      <ErrorSummary formId={formId} errors={errors} />
      {done && <Notice>Het besluit is vastgelegd.</Notice>}
      <TextAreaField
        formId={formId}
        name="text"
        label="Besluit"
        value={v.text}
        maxLength={TEXT_MAX.decisionText}
        onChange={set('text')}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="outcome"
        label="Uitkomst"
        value={v.outcome}
        onChange={set('outcome')}
        options={options(DECISION_OUTCOME_LABELS)}
        errors={errors}
      />
      <DateField
        formId={formId}
        name="decidedOn"
        label="Besloten op"
        width="medium"
        value={v.decidedOn}
        onChange={set('decidedOn')}
        errors={errors}
      />
      <OverlegChoice formId={formId} value={v.overlegId} onChange={set('overlegId')} errors={errors} />
      <div className="field-row">
        <TextField
          formId={formId}
          name="votesFor"
          label="Stemmen voor"
          inputMode="numeric"
          width="small"
          value={v.votesFor}
          onChange={set('votesFor')}
          errors={errors}
        />
        <TextField
          formId={formId}
          name="votesAgainst"
          label="Stemmen tegen"
          inputMode="numeric"
          width="small"
          value={v.votesAgainst}
          onChange={set('votesAgainst')}
          errors={errors}
        />
        <TextField
          formId={formId}
          name="votesAbstain"
          label="Onthoudingen"
          inputMode="numeric"
          width="small"
          value={v.votesAbstain}
          onChange={set('votesAbstain')}
          errors={errors}
        />
      </div>
      <TextAreaField
        formId={formId}
        name="minorityPosition"
        label="Standpunt van de minderheid"
        description="Verplicht als iemand tegenstemde. Het staat bij het besluit, overal waar het besluit staat."
        required={false}
        maxLength={TEXT_MAX.minorityPosition}
        value={v.minorityPosition}
        onChange={set('minorityPosition')}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="responsible"
        label="Eindverantwoordelijke"
        required={false}
        maxLength={TEXT_MAX.decisionResponsible}
        value={v.responsible}
        onChange={set('responsible')}
        errors={errors}
      />
      <Button appearance="primary-action-button" type="submit" busy={loading}>
        Besluit vastleggen
      </Button>
    </form>
  );
}

function FeedbackForm({ p }: { p: ProposalFieldsFragment }) {
  const { formId, errors, setErrors, done, run } = useProposalForm();
  const [v, setV] = useState({ residentsMeetingOn: todayInAmsterdam(), summary: '' });
  const [record, { loading }] = useMutation(FEEDBACK_RECORD);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!isLocalDate(v.residentsMeetingOn)) found.push({ field: 'residentsMeetingOn', message: 'Vul de datum van de bewonersbijeenkomst in.' });
    if (!v.summary.trim()) found.push({ field: 'summary', message: 'Vul samen wat er is teruggekoppeld.' });
    else found.push(...present(checkLength('summary', v.summary.trim(), TEXT_MAX.feedbackSummary)));
    if (isLocalDate(v.residentsMeetingOn)) found.push(...present(checkNotFuture('residentsMeetingOn', v.residentsMeetingOn, todayInAmsterdam())));
    setErrors(found);
    if (found.length > 0) return;
    await run(
      async () =>
        (await record({ variables: { id: p.id, input: { residentsMeetingOn: v.residentsMeetingOn, summary: v.summary.trim() } } })).data
          ?.proposalFeedbackRecord,
      ['residentsMeetingOn', 'summary'],
    );
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>Terugkoppeling in de bewonersbijeenkomst</Heading3>
      <ErrorSummary formId={formId} errors={errors} />
      {done && <Notice>De terugkoppeling is vastgelegd.</Notice>}
      <DateField
        formId={formId}
        name="residentsMeetingOn"
        label="Datum bewonersbijeenkomst"
        width="medium"
        value={v.residentsMeetingOn}
        onChange={(x) => setV({ ...v, residentsMeetingOn: x })}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="summary"
        label="Samenvatting"
        maxLength={TEXT_MAX.feedbackSummary}
        value={v.summary}
        onChange={(x) => setV({ ...v, summary: x })}
        errors={errors}
      />
      <Button appearance="primary-action-button" type="submit" busy={loading}>
        Terugkoppeling vastleggen
      </Button>
    </form>
  );
}

function CouncilForm({ p }: { p: ProposalFieldsFragment }) {
  const { formId, errors, setErrors, done, run } = useProposalForm();
  const [v, setV] = useState({ checkedOn: todayInAmsterdam(), verdict: 'INTERESTS_SERVED' as ClientCouncilVerdict | '', remarks: '' });
  const [check, { loading }] = useMutation(CLIENT_COUNCIL_CHECK);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!isLocalDate(v.checkedOn)) found.push({ field: 'checkedOn', message: 'Vul de datum van de toets in.' });
    if (!v.verdict) found.push({ field: 'verdict', message: 'Kies het oordeel.' });
    if (v.verdict === 'CONCERNS' && !v.remarks.trim()) found.push({ field: 'remarks', message: 'Beschrijf de zorgen van de cliëntenraad.' });
    found.push(...present(checkLength('remarks', v.remarks.trim(), TEXT_MAX.councilRemarks)));
    if (isLocalDate(v.checkedOn)) found.push(...present(checkNotFuture('checkedOn', v.checkedOn, todayInAmsterdam())));
    setErrors(found);
    if (found.length > 0 || !v.verdict) return;
    const verdict = v.verdict;
    await run(
      async () =>
        (await check({ variables: { id: p.id, input: { checkedOn: v.checkedOn, verdict, remarks: v.remarks.trim() || null } } })).data
          ?.proposalClientCouncilCheck,
      ['checkedOn', 'verdict', 'remarks'],
    );
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>Toets door de cliëntenraad</Heading3>
      <ErrorSummary formId={formId} errors={errors} />
      {done && <Notice>De toets is vastgelegd; de cyclus is afgesloten.</Notice>}
      <DateField
        formId={formId}
        name="checkedOn"
        label="Getoetst op"
        width="medium"
        value={v.checkedOn}
        onChange={(x) => setV({ ...v, checkedOn: x })}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="verdict"
        label="Oordeel"
        value={v.verdict}
        onChange={(x) => setV({ ...v, verdict: x })}
        options={options(CLIENT_COUNCIL_VERDICT_LABELS)}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="remarks"
        label="Opmerkingen"
        required={false}
        maxLength={TEXT_MAX.councilRemarks}
        value={v.remarks}
        onChange={(x) => setV({ ...v, remarks: x })}
        errors={errors}
      />
      <Button appearance="primary-action-button" type="submit" busy={loading}>
        Toets vastleggen
      </Button>
    </form>
  );
}
