import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { formatText, PAYMENT_FORM_TEXTS as T } from '@regiekamer/texts';
import { DateField, ErrorSummary, newIdempotencyKey, TextField, type FieldError } from '../../components/Form';
import { toFieldErrors } from '../../lib/errors';
import { formatMoney, todayInAmsterdam } from '../../lib/format';
import { checkAmount, checkDate, FormChecks } from './checks';
import type { AgreementNode } from './FundingAgreementPage';
import { FUNDING_PAYMENT } from './funding.mutations';
import { thrownMessage } from './outcome';

const FIELDS = ['amountCents', 'paidOn'];
const EXCEEDS = T.exceeds;

/** The paying provider records a payment: never more than what remains of the agreed amount, never in the future. */
export function PaymentForm({ a, onDone, onStale }: { a: AgreementNode; onDone: (notice: string) => void; onStale: () => void }) {
  const formId = useId().replace(/:/g, '');
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(todayInAmsterdam());
  const [errors, setErrors] = useState<FieldError[]>([]);
  const key = useRef(newIdempotencyKey());
  const [record, { loading }] = useMutation(FUNDING_PAYMENT);
  const remaining = a.amountCents - a.paidCents;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const checks = new FormChecks();
    const cents = checks.value('amountCents', checkAmount(amount, { max: remaining, maxLabel: formatText(T.maxLabel, { remaining: formatMoney(remaining) }) }));
    checks.add(
      'paidOn',
      checkDate(paidOn, { notAfter: todayInAmsterdam(), notAfterText: T.notInFuture }),
    );
    setErrors(checks.errors);
    if (cents === null || checks.errors.length > 0) return;
    try {
      const { data } = await record({ variables: { idempotencyKey: key.current, input: { agreementId: a.id, amountCents: cents, paidOn } } });
      const userErrors = data?.fundingPaymentRecord.userErrors ?? [];
      key.current = newIdempotencyKey();
      if (userErrors.some((u) => u.code === 'INVALID_INPUT' && u.field === 'input.amountCents')) {
        // The only amount the form lets through that the API refuses: more than remains, after a payment made elsewhere.
        onStale();
        setErrors([{ field: 'amountCents', message: EXCEEDS }]);
      } else if (userErrors.length > 0) setErrors(toFieldErrors(userErrors, FIELDS));
      if (userErrors.length > 0) return;
      setAmount('');
      onDone(formatText(T.done, { amount: formatMoney(cents) }));
    } catch (error) {
      setErrors([{ field: null, message: thrownMessage(error) }]);
    }
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`} className="utrecht-heading-3">
        {T.heading}
      </h3>
      <ErrorSummary formId={formId} errors={errors} />
      <TextField
        formId={formId}
        name="amountCents"
        label={T.amountLabel}
        description={formatText(T.remaining, { remaining: formatMoney(remaining) })}
        inputMode="decimal"
        width="small"
        errors={errors}
        value={amount}
        onChange={setAmount}
      />
      <DateField formId={formId} name="paidOn" label={T.paidOnLabel} width="small" errors={errors} value={paidOn} onChange={setPaidOn} />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.submit}
        </Button>
      </ButtonGroup>
    </form>
  );
}
