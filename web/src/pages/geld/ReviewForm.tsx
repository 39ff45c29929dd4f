import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { DateField, ErrorSummary, options, SelectField, TextAreaField, type FieldError } from '../../components/Form';
import { isStale, toFieldErrors } from '../../lib/errors';
import { todayInAmsterdam } from '../../lib/format';
import { QUARTER_VERDICT_LABELS } from '../../lib/labels';
import { thrownMessage } from './outcome';
import { QUARTER_REVIEW } from './plans.mutations';
import { checkReview, REVIEW_REMARKS_MAX, type ReviewValues } from './quarter.checks';
import type { QuarterReportNode } from './Quarters';

const FIELDS = ['reviewedOn', 'verdict', 'remarks', 'actions'];

/** The regisseur records the quarterly review with the board, the head of finance and the kerngroep delegation. */
export function ReviewForm({ report, onDone }: { report: QuarterReportNode; onDone: (notice: string) => void }) {
  const formId = useId().replace(/:/g, '');
  const today = todayInAmsterdam();
  const [v, setV] = useState<ReviewValues>({ reviewedOn: today, verdict: '', kerngroep: '', board: '', finance: '', remarks: '', actions: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [review, { loading }] = useMutation(QUARTER_REVIEW, { refetchQueries: ['MoneyAnnualPlans'] });
  const field = (name: keyof ReviewValues) => ({ formId, errors, name, value: v[name], onChange: (value: string) => setV({ ...v, [name]: value }) });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: found, input } = checkReview(v, report.submittedOn, today);
    setErrors(found);
    if (!input) return;
    try {
      const { data } = await review({ variables: { id: report.id, version: report.version, input } });
      const userErrors = data?.quarterReportReview.userErrors ?? [];
      if (isStale(userErrors))
        setErrors([
          {
            field: null,
            message: 'Iemand anders heeft dit kwartaal intussen besproken of gewijzigd. Laad de pagina opnieuw; uw invoer staat er nog.',
          },
        ]);
      else setErrors(toFieldErrors(userErrors, FIELDS));
      if (userErrors.length === 0) onDone(`De bespreking van kwartaal ${report.quarter} is vastgelegd.`);
    } catch (error) {
      setErrors([{ field: null, message: thrownMessage(error) }]);
    }
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={`Bespreking kwartaal ${report.quarter} vastleggen`}>
      <ErrorSummary formId={formId} errors={errors} />
      <DateField {...field('reviewedOn')} label="Besproken op" width="small" />
      <SelectField
        formId={formId}
        errors={errors}
        name="verdict"
        label="Oordeel"
        value={v.verdict}
        onChange={(verdict) => setV({ ...v, verdict })}
        options={options(QUARTER_VERDICT_LABELS)}
        emptyLabel="Kies"
      />
      <TextAreaField {...field('kerngroep')} label="Namens de kerngroep aanwezig" description="Eén naam per regel. Verplicht." />
      <TextAreaField {...field('board')} label="Namens het bestuur aanwezig" description="Eén naam per regel. Verplicht." />
      <TextAreaField {...field('finance')} label="Hoofd financiën" description="Eén naam per regel. Verplicht." />
      <TextAreaField {...field('remarks')} required={false} label="Opmerkingen" maxLength={REVIEW_REMARKS_MAX} />
      <TextAreaField {...field('actions')} required={false} label="Afgesproken acties" description="Eén actie per regel." />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          Bespreking vastleggen
        </Button>
      </ButtonGroup>
    </form>
  );
}
