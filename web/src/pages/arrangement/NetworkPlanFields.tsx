import { DateField, TextAreaField, TextField, type FieldError } from '../../components/Form';
import { formatNumber } from '../../lib/format';
import { NETWORK_PLAN_LIMITS as L } from './network-plan.documents';
import type { NetworkPlanValues } from './network-plan.rules';

/** "12 van ten hoogste 200 tekens": the API's limit, counted while typing. */
const counter = (text: string, max: number) => `${formatNumber(text.trim().length)} van ten hoogste ${formatNumber(max)} tekens.`;

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
        label="Datum van de familiegroepsconferentie"
        width="medium"
        value={values.conferenceHeldOn}
        onChange={set('conferenceHeldOn')}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="participantsCount"
        label="Aantal deelnemers uit het netwerk"
        description={`Een heel getal van 1 tot en met ${L.participants}.`}
        inputMode="numeric"
        width="small"
        value={values.participantsCount}
        onChange={set('participantsCount')}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="coordinator"
        label="Onafhankelijke coördinator"
        description={counter(values.coordinator, L.coordinator)}
        value={values.coordinator}
        onChange={set('coordinator')}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="planSummary"
        label="Samenvatting van het plan"
        description={counter(values.planSummary, L.planSummary)}
        value={values.planSummary}
        onChange={set('planSummary')}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="decisionsOfNetwork"
        label="Besluiten van het netwerk"
        description={`Eén besluit per regel, ten hoogste ${L.decisions} besluiten van elk ten hoogste ${formatNumber(L.decision)} tekens.`}
        value={values.decisions}
        onChange={set('decisions')}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="professionalRole"
        label="Wat het netwerk van de professional vraagt"
        description={counter(values.professionalRole, L.professionalRole)}
        value={values.professionalRole}
        onChange={set('professionalRole')}
        errors={errors}
      />
    </>
  );
}
