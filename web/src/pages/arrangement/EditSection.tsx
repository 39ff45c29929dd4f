import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  ButtonGroup,
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
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary, Notice, type FieldError } from '../../components/Form';
import type { ArrangementFieldsFragment, ArrangementUpdateInput } from '../../gql/graphql';
import { isStale, TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { ARRANGEMENT_UPDATE } from '../arrangement-documents';
import { ARRANGEMENT_FIELD_NAMES, ArrangementFormFields, parseArrangement, valuesOf, type ArrangementValues } from '../ArrangementForm';
import { TableScroll } from '../../components/TableScroll';

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

export function EditSection({ a, refetch }: { a: ArrangementFieldsFragment; refetch: () => Promise<unknown> }) {
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
