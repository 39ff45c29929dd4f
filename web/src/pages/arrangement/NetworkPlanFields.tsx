import { formatText, NETWORK_PLAN_FIELDS_TEXTS as T } from '@regiekamer/texts';
import { DateField, TextAreaField, TextField, type FieldError } from '../../components/Form';
import { formatNumber } from '../../lib/format';
import { NETWORK_PLAN_LIMITS as L } from './network-plan.documents';
import type { NetworkPlanValues } from './network-plan.rules';

/** "12 van ten hoogste 200 tekens": the API's limit, counted while typing. */
const counter = (text: string, max: number) => formatText(T.counter, { count: formatNumber(text.trim().length), max: formatNumber(max) });

export function NetworkPlanFields(props: {
  formId: string;
  values: NetworkPlanValues;
  onChange: (values: NetworkPlanValues) => void;
  errors: FieldError[];
}) {
  const { formId, values, errors } = props;
  const set = (k: keyof NetworkPlanValues) => (v: string) => props.onChange({ ...values, [k]: v });
  return (
    <>
      <DateField
        formId={formId}
        name="conferenceHeldOn"
        label={T.conferenceHeldOn}
        width="medium"
        value={values.conferenceHeldOn}
        onChange={set('conferenceHeldOn')}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="participantsCount"
        label={T.participantsCount}
        description={formatText(T.participantsCountHint, { max: String(L.participants) })}
        inputMode="numeric"
        width="small"
        value={values.participantsCount}
        onChange={set('participantsCount')}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="coordinator"
        label={T.coordinator}
        description={counter(values.coordinator, L.coordinator)}
        value={values.coordinator}
        onChange={set('coordinator')}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="planSummary"
        label={T.planSummary}
        description={counter(values.planSummary, L.planSummary)}
        value={values.planSummary}
        onChange={set('planSummary')}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="decisionsOfNetwork"
        label={T.decisions}
        description={formatText(T.decisionsHint, { count: String(L.decisions), length: formatNumber(L.decision) })}
        value={values.decisions}
        onChange={set('decisions')}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="professionalRole"
        label={T.professionalRole}
        description={counter(values.professionalRole, L.professionalRole)}
        value={values.professionalRole}
        onChange={set('professionalRole')}
        errors={errors}
      />
    </>
  );
}
