import { useMutation } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { TEXT_MAX } from '@regiekamer/texts';
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
  const verb = receiver ? 'Afwijzen' : 'Intrekken';

  async function onConfirm() {
    setErrors([]);
    const variables = { id: a.id, version: a.version, input: { reason: reason.trim() } };
    try {
      const userErrors = receiver
        ? ((await decline({ variables })).data?.fundingAgreementDecline.userErrors ?? [])
        : ((await withdraw({ variables })).data?.fundingAgreementWithdraw.userErrors ?? []);
      setErrors(refusalMessages(userErrors, 'dit voorstel', onStale));
      if (userErrors.length === 0) onDone(receiver ? `U heeft het voorstel namens ${a.to.name} afgewezen.` : 'U heeft het voorstel ingetrokken.');
    } catch (error) {
      setErrors([thrownMessage(error)]);
    }
    setAsking(false);
  }

  function ask() {
    const found: FieldError[] = [];
    if (reason.trim() === '')
      found.push({ field: 'reason', message: receiver ? 'Vul in waarom u het voorstel afwijst.' : 'Vul in waarom u het voorstel intrekt.' });
    if (reason.trim().length > TEXT_MAX.fundingPurpose) found.push({ field: 'reason', message: `Maximaal ${TEXT_MAX.fundingPurpose} tekens.` });
    setFieldErrors(found);
    if (found.length === 0) setAsking(true);
  }

  return (
    <section aria-labelledby={`${formId}-title`} className="section">
      <Heading2 id={`${formId}-title`}>{receiver ? 'Voorstel afwijzen' : 'Voorstel intrekken'}</Heading2>
      <ActionErrors messages={errors} />
      {asking ? (
        <ConfirmStep
          title={receiver ? 'Dit voorstel afwijzen?' : 'Dit voorstel intrekken?'}
          confirmLabel={receiver ? `Ja, afwijzen namens ${a.to.name}` : 'Ja, intrekken'}
          busy={declining.loading || withdrawing.loading}
          onConfirm={() => void onConfirm()}
          onCancel={() => setAsking(false)}
        >
          Het voorstel van {formatMoney(a.amountCents)} telt dan nooit mee. Dit kan niet ongedaan worden gemaakt; een nieuw voorstel kan wel.
        </ConfirmStep>
      ) : (
        <>
          <Paragraph>
            {receiver
              ? `Wilt u namens ${a.to.name} niet instemmen? Wijs het voorstel dan af, met de reden.`
              : `Is het voorstel niet meer nodig? Trek het dan in, met de reden, zolang ${a.to.name} nog niet heeft ingestemd.`}
          </Paragraph>
          <TextAreaField
            formId={formId}
            name="reason"
            label="Reden"
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
