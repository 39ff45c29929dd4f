import { PROPOSAL_DECIDE_FIELDS_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
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
        label={T.text}
        value={v.text}
        maxLength={TEXT_MAX.decisionText}
        onChange={set('text')}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="outcome"
        label={T.outcome}
        value={v.outcome}
        onChange={set('outcome')}
        options={options(DECISION_OUTCOME_LABELS)}
        errors={errors}
      />
      <DateField
        formId={formId}
        name="decidedOn"
        label={T.decidedOn}
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
        label={T.minorityPosition}
        description={T.minorityPositionHelp}
        required={false}
        maxLength={TEXT_MAX.minorityPosition}
        value={v.minorityPosition}
        onChange={set('minorityPosition')}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="kerngroepAdviceWeighing"
        label={T.kerngroepAdviceWeighing}
        description={T.kerngroepAdviceWeighingHelp}
        required={false}
        maxLength={TEXT_MAX.minorityPosition}
        value={v.kerngroepAdviceWeighing}
        onChange={set('kerngroepAdviceWeighing')}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="responsible"
        label={T.responsible}
        required={false}
        maxLength={TEXT_MAX.decisionResponsible}
        value={v.responsible}
        onChange={set('responsible')}
        errors={errors}
      />
    </>
  );
}
