import { useMutation } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { AGREE_ACTION_TEXTS as T, formatText } from '@regiekamer/texts';
import { formatDate, formatMoney } from '../../lib/format';
import { ActionErrors, ConfirmStep } from './Confirm';
import type { AgreementNode } from './FundingAgreementPage';
import { FUNDING_AGREE } from './funding.mutations';
import { refusalMessages, thrownMessage } from './outcome';

/** The receiving provider agrees to a proposal, after a second step that names what it agrees to. */
export function AgreeAction({ a, onStale, onDone }: { a: AgreementNode; onStale: () => void; onDone: (notice: string) => void }) {
  const [agree, { loading }] = useMutation(FUNDING_AGREE);
  const [asking, setAsking] = useState(false);
  // After Cancel, focus goes back to the button that asked.
  const [returned, setReturned] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  async function onConfirm() {
    setErrors([]);
    try {
      const { data } = await agree({ variables: { id: a.id, version: a.version } });
      const userErrors = data?.fundingAgreementAgree.userErrors ?? [];
      setErrors(refusalMessages(userErrors, T.staleWhat, onStale));
      if (userErrors.length === 0) onDone(formatText(T.done, { to: a.to.name }));
    } catch (error) {
      setErrors([thrownMessage(error)]);
    }
    setAsking(false);
  }
  return (
    <section aria-labelledby="instemmen" className="section">
      <Heading2 id="instemmen">{T.heading}</Heading2>
      <ActionErrors messages={errors} />
      {asking ? (
        <ConfirmStep
          title={T.confirmTitle}
          confirmLabel={formatText(T.confirmLabel, { to: a.to.name })}
          busy={loading}
          onConfirm={() => void onConfirm()}
          onCancel={() => {
            setAsking(false);
            setReturned(true);
          }}
        >
          {formatText(T.confirmBody, {
            to: a.to.name,
            amount: formatMoney(a.amountCents),
            from: a.from.name,
            start: formatDate(a.periodStart),
            end: formatDate(a.periodEnd),
          })}
        </ConfirmStep>
      ) : (
        <>
          <Paragraph>
            {formatText(T.question, { from: a.from.name, to: a.to.name })}
          </Paragraph>
          <Button
            appearance="primary-action-button"
            type="button"
            onClick={() => setAsking(true)}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- focus goes back to this button when the confirm step is cancelled, not on page load
            autoFocus={returned}
          >
            {T.ask}
          </Button>
        </>
      )}
    </section>
  );
}
