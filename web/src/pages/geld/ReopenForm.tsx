import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { formatText, REOPEN_FORM_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, TextAreaField, type FieldError } from '../../components/Form';
import { toFieldErrors } from '../../lib/errors';
import { QUARTER_REOPEN } from './plans.mutations';
import { thrownMessage } from './outcome';
import type { QuarterReportNode } from './Quarters';

/** The regisseur reopens a submitted quarter with the reason: its review is cleared and the provider accounts again. */
export function ReopenForm({ report, onDone }: { report: QuarterReportNode; onDone: (notice: string) => void }) {
  const formId = useId().replace(/:/g, '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [reopen, { loading }] = useMutation(QUARTER_REOPEN, { refetchQueries: ['MoneyAnnualPlans', 'MoneyQuarterReports'] });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim() === '') {
      setErrors([{ field: 'reason', message: T.fillReason }]);
      return;
    }
    try {
      const { data } = await reopen({ variables: { id: report.id, version: report.version, input: { reason: reason.trim() } } });
      const userErrors = data?.quarterReportReopen.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, ['reason']));
      if (userErrors.length === 0) onDone(formatText(T.done, { q: String(report.quarter) }));
    } catch (error) {
      setErrors([{ field: null, message: thrownMessage(error) }]);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={formatText(T.formLabel, { q: String(report.quarter) })}>
      <ErrorSummary formId={formId} errors={errors} />
      <Paragraph>{T.intro}</Paragraph>
      <TextAreaField
        formId={formId}
        errors={errors}
        name="reason"
        label={T.reasonLabel}
        maxLength={TEXT_MAX.reviewRemarks}
        value={reason}
        onChange={setReason}
      />
      <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
        {T.submit}
      </Button>
    </form>
  );
}
