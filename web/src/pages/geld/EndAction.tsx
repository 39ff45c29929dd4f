import { useMutation } from '@apollo/client/react';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { END_ACTION_TEXTS as T, formatText } from '@regiekamer/texts';
import { DateField, ErrorSummary, type FieldError } from '../../components/Form';
import { toFieldErrors } from '../../lib/errors';
import { formatDate, todayInAmsterdam } from '../../lib/format';
import { checkDate, FormChecks } from './checks';
import { ConfirmStep } from './Confirm';
import type { AgreementNode } from './FundingAgreementPage';
import { FUNDING_END } from './funding.mutations';
import { refusalMessages, thrownMessage } from './outcome';

/** Either provider ends an agreed agreement per a date; a second step names what that means. */
export function EndAction({ a, onStale, onDone }: { a: AgreementNode; onStale: () => void; onDone: (notice: string) => void }) {
  const formId = useId().replace(/:/g, '');
  const today = todayInAmsterdam();
  const [endedOn, setEndedOn] = useState(today < a.periodEnd ? today : a.periodEnd);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [asking, setAsking] = useState(false);
  // After Cancel, focus goes back to the button that asked.
  const [returned, setReturned] = useState(false);
  const [end, { loading }] = useMutation(FUNDING_END);

  function ask() {
    const checks = new FormChecks();
    const latest = today < a.periodEnd ? today : a.periodEnd;
    checks.add(
      'endedOn',
      checkDate(endedOn, {
        notBefore: a.periodStart,
        notBeforeText: formatText(T.notBefore, { start: formatDate(a.periodStart) }),
        notAfter: latest,
        notAfterText: formatText(T.notAfter, { latest: formatDate(latest) }),
      }),
    );
    setErrors(checks.errors);
    setAsking(checks.errors.length === 0);
  }
  async function confirm() {
    try {
      const { data } = await end({ variables: { id: a.id, version: a.version, input: { endedOn } } });
      const userErrors = data?.fundingAgreementEnd.userErrors ?? [];
      if (userErrors.some((e) => e.code === 'STALE_VERSION'))
        setErrors(refusalMessages(userErrors, T.staleWhat, onStale).map((message) => ({ field: null, message })));
      else if (userErrors.length > 0) setErrors(toFieldErrors(userErrors, ['endedOn']));
      else onDone(formatText(T.done, { date: formatDate(endedOn) }));
    } catch (error) {
      setErrors([{ field: null, message: thrownMessage(error) }]);
    }
    setAsking(false);
  }
  return (
    <section aria-labelledby={`${formId}-title`} className="section">
      <Heading2 id={`${formId}-title`}>{T.heading}</Heading2>
      <ErrorSummary formId={formId} errors={errors} />
      <DateField formId={formId} name="endedOn" label={T.dateLabel} width="small" errors={errors} value={endedOn} onChange={setEndedOn} />
      {asking ? (
        <ConfirmStep
          title={T.confirmTitle}
          confirmLabel={T.confirmLabel}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setAsking(false);
            setReturned(true);
          }}
        >
          {formatText(T.confirmBody, { from: a.from.name, to: a.to.name, date: formatDate(endedOn) })}
        </ConfirmStep>
      ) : (
        <Button
          appearance="secondary-action-button"
          type="button"
          onClick={ask}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- focus goes back to this button when the confirm step is cancelled, not on page load
          autoFocus={returned}
        >
          {T.ask}
        </Button>
      )}
    </section>
  );
}
