import { useMutation } from '@apollo/client/react';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ADOPT_ACTION_TEXTS as T, formatText } from '@regiekamer/texts';
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
      setErrors(refusalMessages(userErrors, T.staleWhat, onStale));
      if (userErrors.length === 0) onDone(formatText(T.done, { year: String(plan.year), owner: planOwner(plan) }));
    } catch (error) {
      setErrors([thrownMessage(error)]);
    }
    setAsking(false);
  }
  return (
    <section className="section" aria-labelledby="vaststellen">
      <Heading2 id="vaststellen">{T.heading}</Heading2>
      <ActionErrors messages={errors} />
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
          {formatText(T.confirmBody, {
            year: String(plan.year),
            owner: planOwner(plan),
            goals: plan.goals.length,
            budget: formatMoney(plan.budgetCents),
          })}
        </ConfirmStep>
      ) : (
        <Button
          appearance="primary-action-button"
          type="button"
          onClick={() => setAsking(true)}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- focus goes back to this button when the confirm step is cancelled, not on page load
          autoFocus={returned}
        >
          {T.ask}
        </Button>
      )}
    </section>
  );
}
