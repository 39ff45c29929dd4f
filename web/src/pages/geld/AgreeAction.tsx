import { useMutation } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
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
      setErrors(refusalMessages(userErrors, 'deze afspraak', onStale));
      if (userErrors.length === 0) onDone(`U heeft namens ${a.to.name} ingestemd met deze afspraak.`);
    } catch (error) {
      setErrors([thrownMessage(error)]);
    }
    setAsking(false);
  }
  return (
    <section aria-labelledby="instemmen" className="section">
      <Heading2 id="instemmen">Instemmen</Heading2>
      <ActionErrors messages={errors} />
      {asking ? (
        <ConfirmStep
          title="Instemmen met deze afspraak?"
          confirmLabel={`Ja, instemmen namens ${a.to.name}`}
          busy={loading}
          onConfirm={() => void onConfirm()}
          onCancel={() => {
            setAsking(false);
            setReturned(true);
          }}
        >
          U stemt namens {a.to.name} in met {formatMoney(a.amountCents)} van {a.from.name}, van {formatDate(a.periodStart)} tot en met{' '}
          {formatDate(a.periodEnd)}. Daarna is de afspraak vast en kan {a.from.name} betalingen vastleggen.
        </ConfirmStep>
      ) : (
        <>
          <Paragraph>
            {a.from.name} stelt deze afspraak voor. Stemt u namens {a.to.name} in?
          </Paragraph>
          <Button
            appearance="primary-action-button"
            type="button"
            onClick={() => setAsking(true)}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- focus goes back to this button when the confirm step is cancelled, not on page load
            autoFocus={returned}
          >
            Instemmen met deze afspraak
          </Button>
        </>
      )}
    </section>
  );
}
