import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { formatText, SUBMIT_FORM_TEXTS as T } from '@regiekamer/texts';
import { ErrorSummary, TextAreaField, TextField, type FieldError } from '../../components/Form';
import { toFieldErrors } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import type { PlanNode } from './AnnualPlanPage';
import { thrownMessage } from './outcome';
import { QUARTER_SUBMIT } from './plans.mutations';
import { checkSubmit, REMARKS_MAX, type SubmitValues } from './quarter.checks';

/** The provider (or the regisseur, for the municipality's own part) accounts for an ended quarter. */
export function SubmitForm({ plan, quarter, onDone }: { plan: PlanNode; quarter: number; onDone: (notice: string) => void }) {
  const formId = useId().replace(/:/g, '');
  const municipalityPart = !plan.provider;
  const [values, setValues] = useState<SubmitValues>({ realised: plan.goals.map(() => ''), remarks: plan.goals.map(() => ''), spent: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitReport, { loading }] = useMutation(QUARTER_SUBMIT, { refetchQueries: ['MoneyQuarterReports', 'MoneyAnnualPlans'] });
  const setAt = (key: 'realised' | 'remarks', i: number, value: string) =>
    setValues({ ...values, [key]: values[key].map((x, j) => (j === i ? value : x)) });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: found, input } = checkSubmit(values, plan.id, quarter, municipalityPart);
    setErrors(found);
    if (!input) return;
    try {
      const { data } = await submitReport({ variables: { input } });
      const userErrors = data?.quarterReportSubmit.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, ['spentCents']));
      if (userErrors.length === 0) onDone(formatText(T.done, { q: String(quarter) }));
    } catch (error) {
      setErrors([{ field: null, message: thrownMessage(error) }]);
    }
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={formatText(T.submit, { q: String(quarter) })}>
      <ErrorSummary formId={formId} errors={errors} />
      {!municipalityPart && <Paragraph>{T.spentByReports}</Paragraph>}
      {plan.goals.map((g, i) => (
        <div key={i} className="list-row">
          <TextField
            formId={formId}
            errors={errors}
            name={`realised${i}`}
            label={formatText(T.realisedLabel, { goal: g.title })}
            description={formatText(T.target, { target: formatNumber(g.target), indicator: g.indicator })}
            inputMode="decimal"
            width="small"
            value={values.realised[i] ?? ''}
            onChange={(v) => setAt('realised', i, v)}
          />
          <TextAreaField
            formId={formId}
            errors={errors}
            required={false}
            name={`remarks${i}`}
            label={formatText(T.remarksLabel, { goal: g.title })}
            maxLength={REMARKS_MAX}
            value={values.remarks[i] ?? ''}
            onChange={(v) => setAt('remarks', i, v)}
          />
        </div>
      ))}
      {municipalityPart && (
        <TextField
          formId={formId}
          errors={errors}
          name="spentCents"
          label={T.spentLabel}
          inputMode="decimal"
          width="small"
          value={values.spent}
          onChange={(spent) => setValues({ ...values, spent })}
        />
      )}
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {formatText(T.submit, { q: String(quarter) })}
        </Button>
      </ButtonGroup>
    </form>
  );
}
