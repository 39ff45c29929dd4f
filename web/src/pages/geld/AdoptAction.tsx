import { useMutation } from '@apollo/client/react';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { formatMoney } from '../../lib/format';
import type { PlanNode } from './AnnualPlanPage';
import { ActionErrors, ConfirmStep } from './Confirm';
import { refusalMessages, thrownMessage } from './outcome';
import { PLAN_ADOPT } from './plans.mutations';
import { planOwner } from './QuarterGrid';

/** The regisseur adopts a draft plan, after a second step that says its goals and budget are then fixed. */
export function AdoptAction({ plan, onStale, onDone }: { plan: PlanNode; onStale: () => void; onDone: (notice: string) => void }) {
  const [adopt, { loading }] = useMutation(PLAN_ADOPT);
  const [asking, setAsking] = useState(false);
  // After Cancel, focus goes back to the button that asked.
  const [returned, setReturned] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  async function confirm() {
    setErrors([]);
    try {
      const { data } = await adopt({ variables: { id: plan.id, version: plan.version } });
      const userErrors = data?.annualPlanAdopt.userErrors ?? [];
      setErrors(refusalMessages(userErrors, 'dit jaarplan', onStale));
      if (userErrors.length === 0) onDone(`Het jaarplan ${plan.year} van ${planOwner(plan)} is vastgesteld.`);
    } catch (error) {
      setErrors([thrownMessage(error)]);
    }
    setAsking(false);
  }
  return (
    <section className="section" aria-labelledby="vaststellen">
      <Heading2 id="vaststellen">Vaststellen</Heading2>
      <ActionErrors messages={errors} />
      {asking ? (
        <ConfirmStep
          title="Jaarplan vaststellen?"
          confirmLabel="Ja, jaarplan vaststellen"
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setAsking(false);
            setReturned(true);
          }}
        >
          U stelt het jaarplan {plan.year} van {planOwner(plan)} vast, met {plan.goals.length} doelen en een begroting van{' '}
          {formatMoney(plan.budgetCents)}. Daarna liggen de doelen en de begroting vast en kan er per kwartaal verantwoording worden afgelegd. Dit kan
          niet ongedaan worden gemaakt.
        </ConfirmStep>
      ) : (
        <Button
          appearance="primary-action-button"
          type="button"
          onClick={() => setAsking(true)}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- focus goes back to this button when the confirm step is cancelled, not on page load
          autoFocus={returned}
        >
          Jaarplan vaststellen…
        </Button>
      )}
    </section>
  );
}
