import { useMutation } from '@apollo/client/react';
import { BUDGET_TEXTS as T, formatText } from '@regiekamer/texts';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, options, SelectField, TextField, type FieldError } from '../../components/Form';
import type { ProductCategory } from '../../gql/graphql';
import { toFieldErrors, TECHNICAL_ERROR } from '../../lib/errors';
import { PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import { checkAmount, FormChecks } from '../geld/checks';
import { BUDGET_ALLOCATION_SET } from './budget.documents';
import type { BudgetConvenant } from './types';

const FIELDS = ['providerId', 'productCategory', 'amountCents'];

/** The regisseur sets one provider's allocation for one category; the API keeps the sum within the budget. */
export function AllocationForm({ convenant, onDone }: { convenant: BudgetConvenant; onDone: (text: string) => void }) {
  const formId = useId().replace(/:/g, '');
  const [providerId, setProviderId] = useState('');
  const [category, setCategory] = useState<ProductCategory | ''>('');
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [save, { loading }] = useMutation(BUDGET_ALLOCATION_SET);
  const providers = convenant.parties.flatMap((p) => (p.provider ? [p.provider] : []));

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const checks = new FormChecks();
    checks.add('providerId', providerId ? null : T.chooseProvider);
    checks.add('productCategory', category ? null : T.chooseCategory);
    const cents = checks.value('amountCents', checkAmount(amount, { allowZero: true, max: convenant.budgetCents }));
    setErrors(checks.errors);
    if (cents === null || !category || checks.errors.length > 0) return;
    try {
      const { data } = await save({ variables: { input: { convenantId: convenant.id, providerId, productCategory: category, amountCents: cents } } });
      const userErrors = data?.budgetAllocationSet.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, FIELDS));
      if (userErrors.length > 0) return;
      setAmount('');
      const provider = providers.find((p) => p.id === providerId)?.name ?? '';
      onDone(formatText(T.setDone, { provider, category: PRODUCT_CATEGORY_LABELS[category], amount: cents / 100 }));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`} className="utrecht-heading-2">
        {T.setTitle}
      </h2>
      <Paragraph>{T.setHelp}</Paragraph>
      <ErrorSummary formId={formId} errors={errors} />
      <SelectField
        formId={formId}
        name="providerId"
        label={T.providerLabel}
        errors={errors}
        value={providerId}
        onChange={setProviderId}
        emptyLabel={T.chooseProvider}
        options={providers.map((p) => ({ value: p.id, label: p.name }))}
      />
      <SelectField
        formId={formId}
        name="productCategory"
        label={T.categoryLabel}
        errors={errors}
        value={category}
        onChange={setCategory}
        emptyLabel={T.chooseCategory}
        options={options(PRODUCT_CATEGORY_LABELS)}
      />
      <TextField formId={formId} name="amountCents" label={T.amountLabel} inputMode="decimal" width="small" errors={errors} value={amount} onChange={setAmount} />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.setButton}
        </Button>
      </ButtonGroup>
    </form>
  );
}
