import { useMutation } from '@apollo/client/react';
import { formatText, CORRECT_REPORT_FORM_TEXTS as T } from '@regiekamer/texts';
import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { ErrorSummary, TextAreaField, TextField, newIdempotencyKey, type FieldError } from '../../components/Form';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { REPORT_CORRECT } from '../arrangement-documents';
import { EMPTY_CORRECTION, parseCorrection, type CorrectionValues } from './correction-rules';

interface Corrected {
  id: string;
  periodStart: string;
  periodEnd: string;
  hoursDelivered: number;
  costCents: number;
}

/** The correction's values and errors, and the submit that books it once (one idempotency key per attempt). */
function useCorrection(reportId: string, onDone: () => void) {
  const [values, setValues] = useState<CorrectionValues>(EMPTY_CORRECTION);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const key = useRef(newIdempotencyKey());
  const [correct, { loading }] = useMutation(REPORT_CORRECT, {
    update(cache) {
      cache.evict({ fieldName: 'arrangements' });
      cache.gc();
    },
  });
  const set = (k: keyof CorrectionValues) => (v: string) => setValues({ ...values, [k]: v });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const { errors: found, input } = parseCorrection(values);
    setErrors(found);
    if (!input) return;
    try {
      const { data } = await correct({ variables: { reportId, input, idempotencyKey: key.current } });
      const payload = data?.arrangementReportCorrect;
      key.current = newIdempotencyKey();
      if (payload?.reversal) {
        onDone();
        return;
      }
      setErrors(toFieldErrors(payload?.userErrors ?? [], ['reason', 'hoursDelivered', 'costCents', 'remarks']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return { values, set, errors, loading, submit };
}

/**
 * Corrects a wrong report by a counter-entry: the report stays, a reversal takes it out and, when given, the right values
 * of the same period are added. A report is corrected once.
 */
export function CorrectReportForm({ report, onDone, onCancel }: { report: Corrected; onDone: () => void; onCancel: () => void }) {
  const formId = useId().replace(/:/g, '');
  const { values, set, errors, loading, submit } = useCorrection(report.id, onDone);
  const period = formatText(T.period, { start: formatDate(report.periodStart), end: formatDate(report.periodEnd) });

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>{formatText(T.title, { period })}</Heading3>
      <Paragraph>{formatText(T.reported, { hours: formatNumber(report.hoursDelivered), cost: formatMoney(report.costCents) })}</Paragraph>
      <ErrorSummary formId={formId} errors={errors} />
      <TextAreaField formId={formId} name="reason" label={T.reason} value={values.reason} onChange={set('reason')} errors={errors} />
      <TextField
        formId={formId}
        name="hoursDelivered"
        label={T.hours}
        required={false}
        inputMode="decimal"
        width="small"
        value={values.hours}
        onChange={set('hours')}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="costCents"
        label={T.cost}
        description={T.costHint}
        required={false}
        inputMode="decimal"
        width="small"
        value={values.cost}
        onChange={set('cost')}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="remarks"
        label={T.remarks}
        required={false}
        value={values.remarks}
        onChange={set('remarks')}
        errors={errors}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
          {T.submit}
        </Button>
        <Button appearance="secondary-action-button" type="button" onClick={onCancel}>
          {T.cancel}
        </Button>
      </ButtonGroup>
      {loading && <Paragraph role="status">{T.saving}</Paragraph>}
    </form>
  );
}
