import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ANNUAL_PLAN_NEW_PAGE_TEXTS as T } from '@regiekamer/texts';
import { ErrorSummary, SelectField, TextField, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { toFieldErrors } from '../../lib/errors';
import { todayInAmsterdam } from '../../lib/format';
import { Link, navigate } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { PlanNewHelp } from './help';
import { thrownMessage } from './outcome';
import { checkPlan, MUNICIPALITY, type PlanValues } from './plan.checks';
import { BudgetLineFields, GoalFields } from './PlanListFields';
import { PROVIDER_CHOICES } from './plans.documents';
import { PLAN_CREATE } from './plans.mutations';
import { planPath } from './QuarterGrid';

const FIELDS = ['year', 'providerId', 'goals', 'budgetLines'];

export function AnnualPlanNewPage() {
  const viewer = useViewer();
  const regisseur = viewer.role === 'REGISSEUR';
  const formId = useId().replace(/:/g, '');
  const providers = useQuery(PROVIDER_CHOICES, regisseur ? {} : skipToken);
  const [values, setValues] = useState<PlanValues>({
    year: String(Number(todayInAmsterdam().slice(0, 4)) + 1),
    providerId: '',
    goals: [{ title: '', indicator: '', target: '' }],
    lines: [{ title: '', amount: '' }],
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [create, { loading }] = useMutation(PLAN_CREATE, { refetchQueries: ['MoneyAnnualPlans'] });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: found, input } = checkPlan(values, regisseur);
    setErrors(found);
    if (!input) return;
    try {
      const { data } = await create({ variables: { input } });
      const payload = data?.annualPlanCreate;
      if (payload?.plan) {
        navigate(planPath(payload.plan.id));
        return;
      }
      setErrors(toFieldErrors(payload?.userErrors ?? [], FIELDS));
    } catch (error) {
      setErrors([{ field: null, message: thrownMessage(error) }]);
    }
  }
  const choices = [
    { value: MUNICIPALITY, label: T.municipality },
    ...(providers.data?.providers.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []),
  ];
  return (
    <>
      <PageHeading title={T.title} />
      <PlanNewHelp regisseur={regisseur} />
      <Paragraph>
        <Link to="/jaarplannen">{T.back}</Link>
      </Paragraph>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.title}>
        <ErrorSummary formId={formId} errors={errors} />
        {regisseur && (
          <SelectField
            formId={formId}
            errors={errors}
            name="providerId"
            label={T.ownerLabel}
            value={values.providerId}
            onChange={(providerId) => setValues({ ...values, providerId })}
            options={choices}
            emptyLabel={T.ownerEmpty}
          />
        )}
        <TextField
          formId={formId}
          errors={errors}
          name="year"
          label={T.yearLabel}
          inputMode="numeric"
          width="small"
          value={values.year}
          onChange={(year) => setValues({ ...values, year })}
        />
        <GoalFields formId={formId} rows={values.goals} onChange={(goals) => setValues({ ...values, goals })} errors={errors} />
        <BudgetLineFields formId={formId} rows={values.lines} onChange={(lines) => setValues({ ...values, lines })} errors={errors} />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={loading}>
            {T.save}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
