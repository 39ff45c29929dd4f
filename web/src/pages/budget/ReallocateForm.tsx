import { useMutation, useQuery } from '@apollo/client/react';
import { BUDGET_TEXTS as T, formatText, REALLOCATE_FORM_TEXTS as W } from '@regiekamer/texts';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, SelectField, TextField, type FieldError } from '../../components/Form';
import { QueryState } from '../../components/States';
import { toFieldErrors, TECHNICAL_ERROR } from '../../lib/errors';
import { formatMoney } from '../../lib/format';
import { PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import { checkAmount, FormChecks } from '../geld/checks';
import { BUDGET_DECISIONS, BUDGET_REALLOCATE } from './budget.documents';
import { decisionOptions } from './budget-choices';
import type { Allocation } from './types';

const FIELDS = ['from', 'to', 'amountCents', 'decisionId'];

const label = (a: Allocation) => `${a.provider.name}, ${PRODUCT_CATEGORY_LABELS[a.productCategory]} (${formatMoney(a.amountCents)})`;

/** Moves money between two allocations, naming the decision it comes from. */
export function ReallocateForm({ allocations, onDone }: { allocations: readonly Allocation[]; onDone: (text: string) => void }) {
  const query = useQuery(BUDGET_DECISIONS);
  return (
    <section aria-labelledby="herverdelen-titel">
      <h2 id="herverdelen-titel" className="utrecht-heading-2">
        {T.reallocateTitle}
      </h2>
      <Paragraph>{T.reallocateHelp}</Paragraph>
      <QueryState query={query} what={W.what}>
        {(data) => {
          const decisions = decisionOptions(data);
          return decisions.length === 0 ? <Paragraph>{T.noDecisions}</Paragraph> : <Fields allocations={allocations} decisions={decisions} onDone={onDone} />;
        }}
      </QueryState>
    </section>
  );
}

function Fields({ allocations, decisions, onDone }: { allocations: readonly Allocation[]; decisions: { value: string; label: string }[]; onDone: (text: string) => void }) {
  const formId = useId().replace(/:/g, '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [amount, setAmount] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [reallocate, { loading }] = useMutation(BUDGET_REALLOCATE);
  const choices = allocations.map((a) => ({ value: a.id, label: label(a) }));

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const checks = new FormChecks();
    checks.add('from', from ? null : T.chooseAllocation);
    checks.add('to', to ? null : T.chooseAllocation);
    const source = allocations.find((a) => a.id === from);
    const cents = checks.value('amountCents', checkAmount(amount, source ? { max: source.amountCents, maxLabel: formatMoney(source.amountCents) } : {}));
    checks.add('decisionId', decisionId ? null : T.chooseDecision);
    setErrors(checks.errors);
    if (cents === null || checks.errors.length > 0) return;
    try {
      const { data } = await reallocate({ variables: { input: { from, to, amountCents: cents, decisionId } } });
      const userErrors = data?.budgetReallocate.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, FIELDS));
      if (userErrors.length > 0) return;
      setAmount('');
      onDone(formatText(T.reallocateDone, { amount: cents / 100 }));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.reallocateTitle}>
      <ErrorSummary formId={formId} errors={errors} />
      <SelectField formId={formId} name="from" label={T.fromLabel} errors={errors} value={from} onChange={setFrom} emptyLabel={T.chooseAllocation} options={choices} />
      <SelectField formId={formId} name="to" label={T.toLabel} errors={errors} value={to} onChange={setTo} emptyLabel={T.chooseAllocation} options={choices} />
      <TextField formId={formId} name="amountCents" label={T.amountLabel} inputMode="decimal" width="small" errors={errors} value={amount} onChange={setAmount} />
      <SelectField formId={formId} name="decisionId" label={T.decisionLabel} errors={errors} value={decisionId} onChange={setDecisionId} emptyLabel={T.chooseDecision} options={decisions} />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.reallocateButton}
        </Button>
      </ButtonGroup>
    </form>
  );
}
