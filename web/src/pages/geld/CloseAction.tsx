import { useMutation } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { CLOSE_ACTION_TEXTS as T, formatText, TEXT_MAX } from '@regiekamer/texts';
import { useId, useState } from 'react';
import { TextAreaField, type FieldError } from '../../components/Form';
import { formatMoney } from '../../lib/format';
import { ActionErrors, ConfirmStep } from './Confirm';
import type { AgreementNode } from './FundingAgreementPage';
import { FUNDING_DECLINE, FUNDING_WITHDRAW } from './funding.mutations';
import { refusalMessages, thrownMessage } from './outcome';

/**
 * A proposal closed without ever counting: the receiving provider declines it, the paying provider withdraws it, each
 * with the reason, after a second step that names what happens.
 */
export function CloseAction({
  a,
  as,
  onStale,
  onDone,
}: {
  a: AgreementNode;
  as: 'receiver' | 'payer';
  onStale: () => void;
  onDone: (notice: string) => void;
}) {
  const formId = useId().replace(/:/g, '');
  const [decline, declining] = useMutation(FUNDING_DECLINE);
  const [withdraw, withdrawing] = useMutation(FUNDING_WITHDRAW);
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const receiver = as === 'receiver';
  const verb = receiver ? T.decline : T.withdraw;

  async function onConfirm() {
    setErrors([]);
    const variables = { id: a.id, version: a.version, input: { reason: reason.trim() } };
    try {
      const userErrors = receiver
        ? ((await decline({ variables })).data?.fundingAgreementDecline.userErrors ?? [])
        : ((await withdraw({ variables })).data?.fundingAgreementWithdraw.userErrors ?? []);
      setErrors(refusalMessages(userErrors, T.staleWhat, onStale));
      if (userErrors.length === 0) onDone(receiver ? formatText(T.declined, { to: a.to.name }) : T.withdrawn);
    } catch (error) {
      setErrors([thrownMessage(error)]);
    }
    setAsking(false);
  }

  function ask() {
    const found: FieldError[] = [];
    if (reason.trim() === '')
      found.push({ field: 'reason', message: receiver ? T.declineReason : T.withdrawReason });
    if (reason.trim().length > TEXT_MAX.fundingPurpose) found.push({ field: 'reason', message: formatText(T.maxLength, { max: String(TEXT_MAX.fundingPurpose) }) });
    setFieldErrors(found);
    if (found.length === 0) setAsking(true);
  }

  return (
    <section aria-labelledby={`${formId}-title`} className="section">
      <Heading2 id={`${formId}-title`}>{receiver ? T.declineHeading : T.withdrawHeading}</Heading2>
      <ActionErrors messages={errors} />
      {asking ? (
        <ConfirmStep
          title={receiver ? T.declineTitle : T.withdrawTitle}
          confirmLabel={receiver ? formatText(T.declineConfirm, { to: a.to.name }) : T.withdrawConfirm}
          busy={declining.loading || withdrawing.loading}
          onConfirm={() => void onConfirm()}
          onCancel={() => setAsking(false)}
        >
          {formatText(T.confirmBody, { amount: formatMoney(a.amountCents) })}
        </ConfirmStep>
      ) : (
        <>
          <Paragraph>
            {receiver
              ? formatText(T.declineIntro, { to: a.to.name })
              : formatText(T.withdrawIntro, { to: a.to.name })}
          </Paragraph>
          <TextAreaField
            formId={formId}
            name="reason"
            label={T.reasonLabel}
            maxLength={TEXT_MAX.fundingPurpose}
            value={reason}
            onChange={setReason}
            errors={fieldErrors}
          />
          <Button appearance="secondary-action-button" type="button" onClick={ask}>
            {verb}
          </Button>
        </>
      )}
    </section>
  );
}
