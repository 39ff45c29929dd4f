import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  ErrorSummary,
  Notice,
  options,
  SelectField,
  TextAreaField,
  DateField,
  TextField,
  newIdempotencyKey,
  type FieldError,
} from '../components/Form';
import { PageHeading } from '../components/PageHeading';
import { Pager, useCursorPager } from '../components/Pager';
import { QueryState } from '../components/States';
import type { ArrangementFieldsFragment, ArrangementUpdateInput, EndReason, GoalAttainment } from '../gql/graphql';
import { isStale, TECHNICAL_ERROR, toFieldErrors } from '../lib/errors';
import { MAX_HOURS_PER_DAY, MAX_REPORT_CENTS, TEXT_MAX } from '@regiekamer/texts';
import { checkHoursInPeriod, checkLength, checkNotFuture, present, readAmount, readNumber } from '../lib/checks';
import { addDays, formatDate, formatDateTime, formatMoney, formatNumber, isLocalDate, todayInAmsterdam } from '../lib/format';
import {
  ARRANGEMENT_FORM_LABELS,
  ARRANGEMENT_STATUS_LABELS,
  END_REASON_LABELS,
  GOAL_ATTAINMENT_LABELS,
  label,
  PRODUCT_CATEGORY_LABELS,
} from '../lib/labels';
import { Link, useLocation } from '../lib/router';
import { ARRANGEMENT, ARRANGEMENT_END, ARRANGEMENT_UPDATE, REPORT_ADD } from './arrangement-documents';
import { ARRANGEMENT_FIELD_NAMES, ArrangementFormFields, parseArrangement, valuesOf, type ArrangementValues } from './ArrangementForm';
import { TableScroll } from '../components/TableScroll';

const REPORTS_PAGE = 10;

export function ArrangementPage({ id }: { id: string }) {
  const { search } = useLocation();
  const pager = useCursorPager();
  const query = useQuery(ARRANGEMENT, { variables: { id, reportsFirst: REPORTS_PAGE, reportsAfter: pager.after } });
  const arrangement = query.data?.node?.__typename === 'Arrangement' ? query.data.node : null;
  const title = arrangement ? `Arrangement ${arrangement.clientKey ?? ''}`.trim() : 'Arrangement';

  return (
    <>
      <PageHeading title={title} />
      <Paragraph>
        <Link to="/arrangementen">Terug naar mijn arrangementen</Link>
      </Paragraph>
      <QueryState query={query} what="Het arrangement">
        {() =>
          !arrangement ? (
            <Alert type="warning">
              <Paragraph>Dit arrangement bestaat niet of hoort niet bij uw organisatie.</Paragraph>
            </Alert>
          ) : (
            <>
              {search.get('aangemaakt') && <Notice>Het arrangement is aangemaakt.</Notice>}
              <Summary a={arrangement} />
              <EditSection a={arrangement} refetch={() => query.refetch()} />
              {arrangement.status !== 'REQUESTED' && arrangement.status !== 'ENDED' && <ReportSection a={arrangement} />}
              <section aria-labelledby="rapportages" className="section">
                <Heading2 id="rapportages">Rapportages</Heading2>
                <TableScroll label="Maandrapportages van dit arrangement">
                  <Table className="data-table">
                    <TableCaption>Maandrapportages van dit arrangement</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">Periode</TableHeaderCell>
                        <TableHeaderCell scope="col" className="numeric">
                          Uren geleverd
                        </TableHeaderCell>
                        <TableHeaderCell scope="col" className="numeric">
                          Kosten
                        </TableHeaderCell>
                        <TableHeaderCell scope="col">Opmerkingen</TableHeaderCell>
                        <TableHeaderCell scope="col">Gemeld op</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {arrangement.reports.edges.length === 0 ? (
                        <TableRow>
                          <TableCell colSpan={5}>Nog geen rapportages.</TableCell>
                        </TableRow>
                      ) : (
                        arrangement.reports.edges.map(({ node: r }) => (
                          <TableRow key={r.id}>
                            <TableHeaderCell scope="row">
                              {formatDate(r.periodStart)} tot en met {formatDate(r.periodEnd)}
                            </TableHeaderCell>
                            <TableCell className="numeric">{formatNumber(r.hoursDelivered)}</TableCell>
                            <TableCell className="numeric">{formatMoney(r.costCents)}</TableCell>
                            <TableCell>{r.remarks ?? '—'}</TableCell>
                            <TableCell>{formatDateTime(r.createdAt)}</TableCell>
                          </TableRow>
                        ))
                      )}
                    </TableBody>
                  </Table>
                </TableScroll>
                <Pager
                  label="rapportages"
                  page={pager.page}
                  pageSize={REPORTS_PAGE}
                  shown={arrangement.reports.edges.length}
                  totalCount={arrangement.reports.totalCount}
                  hasNextPage={arrangement.reports.pageInfo.hasNextPage}
                  endCursor={arrangement.reports.pageInfo.endCursor}
                  onNext={pager.next}
                  onPrevious={pager.previous}
                />
              </section>
              {arrangement.status !== 'ENDED' && <EndSection a={arrangement} refetch={() => query.refetch()} />}
            </>
          )
        }
      </QueryState>
    </>
  );
}

function Summary({ a }: { a: ArrangementFieldsFragment }) {
  const rows: [string, string][] = [
    ['Aanbieder', a.provider.name],
    ['Productcategorie', PRODUCT_CATEGORY_LABELS[a.productCategory]],
    ['Vorm', ARRANGEMENT_FORM_LABELS[a.form]],
    ['Uren per week', formatNumber(a.hoursPerWeek)],
    ['Geplande kosten', formatMoney(a.plannedCostCents)],
    ['Gerealiseerde kosten', formatMoney(a.realisedCostCents)],
    ['Aangevraagd op', formatDate(a.requestedOn)],
    ['Startdatum', formatDate(a.startsOn)],
  ];
  if (a.status === 'ENDED') {
    rows.push(
      ['Beëindigd op', formatDate(a.endedOn)],
      ['Reden', label(END_REASON_LABELS, a.endReason)],
      ['Doelen', label(GOAL_ATTAINMENT_LABELS, a.goalAttainment)],
    );
  }
  return (
    <section aria-labelledby="gegevens" className="section">
      <Heading2 id="gegevens">
        Gegevens <StatusBadge status={a.status.toLowerCase()}>{ARRANGEMENT_STATUS_LABELS[a.status]}</StatusBadge>
      </Heading2>
      <DataList className="summary-list">
        {rows.map(([k, v]) => (
          <DataListItem key={k}>
            <DataListKey>{k}</DataListKey>
            <DataListValue>{v}</DataListValue>
          </DataListItem>
        ))}
        <DataListItem>
          <DataListKey>Doelen van het plan</DataListKey>
          <DataListValue>{a.goals.length === 0 ? '—' : a.goals.join('; ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Laatst gewijzigd</DataListKey>
          <DataListValue>
            {formatDateTime(a.updatedAt)} (versie {a.version})
          </DataListValue>
        </DataListItem>
      </DataList>
    </section>
  );
}

const COMPARED: { key: keyof ArrangementValues; label: string }[] = [
  { key: 'clientKey', label: 'Cliëntsleutel' },
  { key: 'form', label: 'Vorm' },
  { key: 'productCategory', label: 'Productcategorie' },
  { key: 'hoursPerWeek', label: 'Uren per week' },
  { key: 'plannedCost', label: 'Geplande kosten (euro)' },
  { key: 'startsOn', label: 'Startdatum' },
  { key: 'status', label: 'Status' },
  { key: 'goals', label: 'Doelen' },
];

/** Only the fields the person changed against the version they read: unchanged fields never overwrite anyone. */
function changedInput(values: ArrangementValues, base: ArrangementFieldsFragment): { errors: FieldError[]; input: ArrangementUpdateInput | null } {
  const { errors, parsed } = parseArrangement(values, 'edit');
  if (!parsed) return { errors, input: null };
  const input: ArrangementUpdateInput = {};
  if (parsed.clientKey !== (base.clientKey ?? '')) input.clientKey = parsed.clientKey;
  if (parsed.form !== base.form) input.form = parsed.form;
  if (parsed.productCategory !== base.productCategory) input.productCategory = parsed.productCategory;
  if (parsed.hoursPerWeek !== base.hoursPerWeek) input.hoursPerWeek = parsed.hoursPerWeek;
  if (parsed.plannedCostCents !== base.plannedCostCents) input.plannedCostCents = parsed.plannedCostCents;
  if ((parsed.startsOn ?? null) !== (base.startsOn ?? null) && parsed.startsOn) input.startsOn = parsed.startsOn;
  if (parsed.status && parsed.status !== base.status) input.status = parsed.status;
  if (parsed.goals.join('\n') !== base.goals.join('\n')) input.goals = parsed.goals;
  return { errors, input };
}

/** The newer version's values with the person's own changes (against where they started) laid on top. */
function mergeChanges(mine: ArrangementValues, started: ArrangementValues, latest: ArrangementValues): ArrangementValues {
  const merged = { ...latest };
  for (const key of Object.keys(mine) as (keyof ArrangementValues)[]) {
    if (mine[key] !== started[key]) (merged as Record<keyof ArrangementValues, string>)[key] = mine[key];
  }
  return merged;
}

function EditSection({ a, refetch }: { a: ArrangementFieldsFragment; refetch: () => Promise<unknown> }) {
  const formId = useId().replace(/:/g, '');
  // The version this form was filled from: the update names it, and a newer one on the server is a conflict.
  const [base, setBase] = useState(a);
  const [values, setValues] = useState(() => valuesOf(a));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(ARRANGEMENT_UPDATE);
  const conflictRef = useRef<HTMLDivElement>(null);
  const dirty = JSON.stringify(values) !== JSON.stringify(valuesOf(base));

  // A newer version arriving while nothing was typed: follow it silently (nothing of the person's is lost).
  useEffect(() => {
    if (a.version !== base.version && !dirty && !conflict) {
      setBase(a);
      setValues(valuesOf(a));
    }
  }, [a, base.version, dirty, conflict]);

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  /**
   * Sends the fields the person changed against the version they started from (`changedFrom`), naming the
   * version `onto`: after a conflict, only their own changes go onto the newer version, never the stale rest.
   */
  async function save(onto: ArrangementFieldsFragment, changedFrom: ArrangementFieldsFragment) {
    setSaved(false);
    const { errors: found, input } = changedInput(values, changedFrom);
    setErrors(found);
    if (!input) return;
    if (Object.keys(input).length === 0) {
      setErrors([{ field: null, message: 'U heeft niets gewijzigd.' }]);
      return;
    }
    try {
      const { data } = await update({ variables: { id: onto.id, version: onto.version, input } });
      const payload = data?.arrangementUpdate;
      if (payload?.arrangement) {
        setBase(payload.arrangement);
        setValues(valuesOf(payload.arrangement));
        setConflict(false);
        setSaved(true);
        return;
      }
      const userErrors = payload?.userErrors ?? [];
      if (isStale(userErrors)) {
        await refetch().catch(() => {});
        setConflict(true);
        setErrors([]);
        return;
      }
      setErrors(toFieldErrors(userErrors, ARRANGEMENT_FIELD_NAMES));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (conflict) return;
    void save(base, base);
  }

  const latest = valuesOf(a);
  // Ended elsewhere: nothing can be changed any more, but what this person typed stays on screen until they close it.
  const ended = a.status === 'ENDED';
  if (ended && !dirty && !conflict) return null;
  return (
    <section aria-labelledby={`${formId}-title`} className="section">
      <Heading2 id={`${formId}-title`}>Wijzigen</Heading2>
      {saved && <Notice>De wijzigingen zijn opgeslagen.</Notice>}
      {conflict && (
        <Alert type="warning" role="alert" ref={conflictRef} tabIndex={-1} className="conflict">
          {ended ? (
            <>
              <Heading2 className="conflict__title">Dit arrangement is intussen beëindigd</Heading2>
              <Paragraph>
                Uw wijzigingen zijn niet opgeslagen: het arrangement is beëindigd op {formatDate(a.endedOn)} en verandert niet meer. Hieronder staat
                wat u had ingevuld, zodat u het kunt bewaren.
              </Paragraph>
            </>
          ) : (
            <>
              <Heading2 className="conflict__title">Iemand anders heeft dit arrangement intussen gewijzigd</Heading2>
              <Paragraph>
                Uw wijzigingen zijn niet opgeslagen. Hieronder staat de nieuwste versie (versie {a.version}) naast uw invoer. Kies of u uw wijzigingen
                opnieuw wilt toepassen op de nieuwste versie, of de nieuwste versie wilt overnemen.
              </Paragraph>
            </>
          )}
          <TableScroll label="Uw invoer en de nieuwste versie">
            <Table className="data-table">
              <TableCaption>Uw invoer en de nieuwste versie</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Gegeven</TableHeaderCell>
                  <TableHeaderCell scope="col">Uw invoer</TableHeaderCell>
                  <TableHeaderCell scope="col">Nieuwste versie</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {COMPARED.filter(({ key }) => values[key] !== latest[key] || values[key] !== valuesOf(base)[key]).map(({ key, label: l }) => (
                  <TableRow key={key}>
                    <TableHeaderCell scope="row">{l}</TableHeaderCell>
                    <TableCell>{values[key] === valuesOf(base)[key] ? 'niet door u gewijzigd' : values[key] || '—'}</TableCell>
                    <TableCell>{latest[key] || '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
          <ButtonGroup>
            {!ended && (
              <Button
                appearance="primary-action-button"
                type="button"
                busy={loading}
                onClick={() => {
                  const started = base;
                  // From here the form's starting point is the newer version with the person's changes on it.
                  setValues(mergeChanges(values, valuesOf(started), valuesOf(a)));
                  setBase(a);
                  void save(a, started);
                }}
              >
                Mijn wijzigingen opnieuw toepassen
              </Button>
            )}
            <Button
              appearance="secondary-action-button"
              type="button"
              onClick={() => {
                setBase(a);
                setValues(valuesOf(a));
                setConflict(false);
              }}
            >
              {ended ? 'Sluiten' : 'Nieuwste versie overnemen'}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
      {!ended && (
        <form className="form" noValidate onSubmit={submit} aria-labelledby={`${formId}-title`}>
          <ErrorSummary formId={formId} errors={errors} />
          <ArrangementFormFields formId={formId} values={values} onChange={setValues} errors={errors} mode="edit" currentStatus={base.status} />
          {!conflict && (
            <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
              Wijzigingen opslaan
            </Button>
          )}
          {loading && <Paragraph role="status">Bezig met opslaan…</Paragraph>}
        </form>
      )}
    </section>
  );
}

/**
 * The period a new report proposes: the last whole month (the API refuses a period that has not ended yet), from the
 * arrangement's start if it started within it; an arrangement that started this month proposes its start to today.
 */
function defaultReportPeriod(today: string, startsOn: string | null | undefined): { start: string; end: string } {
  const thisMonth = `${today.slice(0, 8)}01`;
  const end = addDays(thisMonth, -1);
  const start = `${end.slice(0, 8)}01`;
  if (startsOn && startsOn > end) return { start: startsOn < today ? startsOn : today, end: today };
  return { start: startsOn && startsOn > start ? startsOn : start, end };
}

function ReportSection({ a }: { a: ArrangementFieldsFragment }) {
  const formId = useId().replace(/:/g, '');
  const initial = () => {
    const { start, end } = defaultReportPeriod(todayInAmsterdam(), a.startsOn);
    return { periodStart: start, periodEnd: end, hours: '', cost: '', remarks: '' };
  };
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const key = useRef(newIdempotencyKey());
  const [add, { loading }] = useMutation(REPORT_ADD, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'Arrangement', id: a.id }), fieldName: 'reports' });
      cache.evict({ fieldName: 'arrangements' });
      cache.gc();
    },
  });
  const set = (k: keyof typeof values) => (v: string) => setValues({ ...values, [k]: v });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setDone(false);
    const found: FieldError[] = [];
    if (!isLocalDate(values.periodStart)) found.push({ field: 'periodStart', message: 'Vul de eerste dag van de periode in.' });
    if (!isLocalDate(values.periodEnd)) found.push({ field: 'periodEnd', message: 'Vul de laatste dag van de periode in.' });
    else if (isLocalDate(values.periodStart) && values.periodEnd < values.periodStart)
      found.push({ field: 'periodEnd', message: 'De laatste dag mag niet voor de eerste dag liggen.' });
    else found.push(...present(checkNotFuture('periodEnd', values.periodEnd, todayInAmsterdam(), 'periodInFuture')));
    const { value: hours, error: hoursError } = readNumber('hoursDelivered', values.hours, {
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      hours: true,
      notANumber: 'Vul de geleverde uren in als getal, bijvoorbeeld 8,5.',
    });
    if (hoursError) found.push(hoursError);
    else if (hours !== null && isLocalDate(values.periodStart) && isLocalDate(values.periodEnd)) {
      const days = Math.round((Date.parse(values.periodEnd) - Date.parse(values.periodStart)) / 86_400_000) + 1;
      found.push(...present(checkHoursInPeriod('hoursDelivered', hours, days, MAX_HOURS_PER_DAY)));
    }
    const { cents, error: costError } = readAmount('costCents', values.cost, MAX_REPORT_CENTS, 'Vul de kosten in euro in, bijvoorbeeld 412,50.');
    if (costError) found.push(costError);
    found.push(...present(checkLength('remarks', values.remarks.trim(), TEXT_MAX.reportRemarks)));
    setErrors(found);
    if (found.length > 0 || hours === null || cents === null) return;
    try {
      const { data } = await add({
        variables: {
          arrangementId: a.id,
          idempotencyKey: key.current,
          input: {
            periodStart: values.periodStart,
            periodEnd: values.periodEnd,
            hoursDelivered: hours,
            costCents: cents,
            remarks: values.remarks.trim() === '' ? null : values.remarks.trim(),
          },
        },
      });
      const payload = data?.arrangementReportAdd;
      key.current = newIdempotencyKey();
      if (payload?.report) {
        setValues(initial());
        setDone(true);
        return;
      }
      setErrors(toFieldErrors(payload?.userErrors ?? [], ['periodStart', 'periodEnd', 'hoursDelivered', 'costCents', 'remarks']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  return (
    <section aria-labelledby={`${formId}-title`} className="section">
      <Heading2 id={`${formId}-title`}>Maandrapportage toevoegen</Heading2>
      {done && <Notice>De rapportage is toegevoegd.</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={errors} />
        <div className="field-row">
          <DateField
            formId={formId}
            name="periodStart"
            label="Eerste dag"
            width="medium"
            value={values.periodStart}
            onChange={set('periodStart')}
            errors={errors}
          />
          <DateField
            formId={formId}
            name="periodEnd"
            label="Laatste dag"
            width="medium"
            value={values.periodEnd}
            onChange={set('periodEnd')}
            errors={errors}
          />
        </div>
        <TextField
          formId={formId}
          name="hoursDelivered"
          label="Geleverde uren"
          inputMode="decimal"
          width="small"
          value={values.hours}
          onChange={set('hours')}
          errors={errors}
        />
        <TextField
          formId={formId}
          name="costCents"
          label="Kosten (euro)"
          description="Bijvoorbeeld 412,50"
          inputMode="decimal"
          width="small"
          value={values.cost}
          onChange={set('cost')}
          errors={errors}
        />
        <TextAreaField
          formId={formId}
          name="remarks"
          label="Opmerkingen"
          required={false}
          maxLength={TEXT_MAX.reportRemarks}
          value={values.remarks}
          onChange={set('remarks')}
          errors={errors}
        />
        <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
          Rapportage toevoegen
        </Button>
        {loading && <Paragraph role="status">Bezig met opslaan…</Paragraph>}
      </form>
    </section>
  );
}

function EndSection({ a, refetch }: { a: ArrangementFieldsFragment; refetch: () => Promise<unknown> }) {
  const formId = useId().replace(/:/g, '');
  const [endedOn, setEndedOn] = useState(todayInAmsterdam());
  const [endReason, setEndReason] = useState<EndReason | ''>('');
  const [goalAttainment, setGoalAttainment] = useState<GoalAttainment | ''>('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [stale, setStale] = useState(false);
  const [end, { loading }] = useMutation(ARRANGEMENT_END, {
    update(cache) {
      cache.evict({ fieldName: 'arrangements' });
      cache.gc();
    },
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found: FieldError[] = [];
    if (!isLocalDate(endedOn)) found.push({ field: 'endedOn', message: 'Vul de einddatum in.' });
    else found.push(...present(checkNotFuture('endedOn', endedOn, todayInAmsterdam())));
    if (!endReason) found.push({ field: 'endReason', message: 'Kies de reden van beëindiging.' });
    if (!goalAttainment) found.push({ field: 'goalAttainment', message: 'Kies in hoeverre de doelen zijn bereikt.' });
    setErrors(found);
    if (found.length > 0 || !endReason || !goalAttainment) return;
    try {
      const { data } = await end({ variables: { id: a.id, version: a.version, input: { endedOn, endReason, goalAttainment } } });
      const payload = data?.arrangementEnd;
      if (payload?.arrangement) return;
      const userErrors = payload?.userErrors ?? [];
      if (isStale(userErrors)) {
        await refetch().catch(() => {});
        setStale(true);
        setErrors([
          {
            field: null,
            message:
              'Iemand anders heeft dit arrangement intussen gewijzigd. De nieuwste gegevens staan bovenaan deze pagina. Controleer ze en beëindig opnieuw als dat nog klopt.',
          },
        ]);
        return;
      }
      setErrors(toFieldErrors(userErrors, ['endedOn', 'endReason', 'goalAttainment']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  return (
    <section aria-labelledby={`${formId}-title`} className="section">
      <Heading2 id={`${formId}-title`}>Arrangement beëindigen</Heading2>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={errors} />
        <DateField formId={formId} name="endedOn" label="Einddatum" width="medium" value={endedOn} onChange={setEndedOn} errors={errors} />
        <SelectField
          formId={formId}
          name="endReason"
          label="Reden"
          value={endReason}
          onChange={setEndReason}
          options={options(END_REASON_LABELS)}
          emptyLabel="Kies een reden"
          errors={errors}
        />
        <SelectField
          formId={formId}
          name="goalAttainment"
          label="Doelen bereikt"
          value={goalAttainment}
          onChange={setGoalAttainment}
          options={options(GOAL_ATTAINMENT_LABELS)}
          emptyLabel="Kies een uitkomst"
          errors={errors}
        />
        <Button appearance="primary-action-button" hint="danger" type="submit" busy={loading} aria-disabled={loading || undefined}>
          {stale ? 'Opnieuw beëindigen' : 'Arrangement beëindigen'}
        </Button>
      </form>
    </section>
  );
}
