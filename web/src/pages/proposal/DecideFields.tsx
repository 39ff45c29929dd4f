import { TEXT_MAX } from '@regiekamer/texts';
import { DateField, options, SelectField, TextAreaField, TextField, type FieldError } from '../../components/Form';
import { DECISION_OUTCOME_LABELS } from '../../lib/labels';
import { OverlegChoice } from '../overleg/OverlegChoice';
import type { DecideValues } from './decide.checks';
import { VoteFields } from './VoteFields';

/** The fields of the decision form, in the order the policy meeting fills them in. */
export function DecideFields({
  formId,
  values: v,
  onChange,
  errors,
  urgent,
}: {
  formId: string;
  urgent: boolean;
  values: DecideValues;
  onChange: (values: DecideValues) => void;
  errors: FieldError[];
}) {
  const set = (k: keyof DecideValues) => (value: string) => onChange({ ...v, [k]: value });
  return (
    <>
      <TextAreaField
        formId={formId}
        name="text"
        label="Besluit"
        value={v.text}
        maxLength={TEXT_MAX.decisionText}
        onChange={set('text')}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="outcome"
        label="Uitkomst"
        value={v.outcome}
        onChange={set('outcome')}
        options={options(DECISION_OUTCOME_LABELS)}
        errors={errors}
      />
      <DateField
        formId={formId}
        name="decidedOn"
        label="Besloten op"
        width="medium"
        value={v.decidedOn}
        onChange={set('decidedOn')}
        errors={errors}
      />
      <OverlegChoice formId={formId} value={v.overlegId} onChange={set('overlegId')} errors={errors} urgent={urgent} decidedOn={v.decidedOn} />
      <VoteFields formId={formId} values={v} set={set} errors={errors} />
      <TextAreaField
        formId={formId}
        name="minorityPosition"
        label="Standpunt van de minderheid"
        description="Leeg laten: het wordt opgesteld uit de redenen van wie verloor, en iemand van hen bevestigt het. Verplicht als de minderheid alleen op papier stemde."
        required={false}
        maxLength={TEXT_MAX.minorityPosition}
        value={v.minorityPosition}
        onChange={set('minorityPosition')}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="kerngroepAdviceWeighing"
        label="Weging van het advies van de kerngroep"
        description="Verplicht als de kerngroep het perspectief van de bewoners gaf."
        required={false}
        maxLength={TEXT_MAX.minorityPosition}
        value={v.kerngroepAdviceWeighing}
        onChange={set('kerngroepAdviceWeighing')}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="responsible"
        label="Eindverantwoordelijke"
        required={false}
        maxLength={TEXT_MAX.decisionResponsible}
        value={v.responsible}
        onChange={set('responsible')}
        errors={errors}
      />
    </>
  );
}
