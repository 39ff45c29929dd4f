import { useMutation } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary, Notice, TextAreaField, DateField, TextField, newIdempotencyKey, type FieldError } from '../../components/Form';
import type { ArrangementFieldsFragment } from '../../gql/graphql';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { addDays, isLocalDate, parseDecimal, parseMoney, todayInAmsterdam } from '../../lib/format';
import { REPORT_ADD } from '../arrangement-documents';

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

export function ReportSection({ a }: { a: ArrangementFieldsFragment }) {
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
    const hours = parseDecimal(values.hours);
    if (hours === null) found.push({ field: 'hoursDelivered', message: 'Vul de geleverde uren in als getal, bijvoorbeeld 8,5.' });
    const cents = parseMoney(values.cost);
    if (cents === null) found.push({ field: 'costCents', message: 'Vul de kosten in euro in, bijvoorbeeld 412,50.' });
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
