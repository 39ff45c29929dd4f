import { TextField, type FieldError } from '../../components/Form';
import type { DecideValues } from './decide.checks';

const VOTES = [
  ['agree', 'Op papier voor'],
  ['disagree', 'Op papier tegen'],
  ['abstain', 'Op papier onthouden'],
] as const;

/** The paper tally of attendees without an account (for, against, abstaining), side by side; added to the stances. */
export function VoteFields({
  formId,
  values,
  set,
  errors,
}: {
  formId: string;
  values: DecideValues;
  set: (k: keyof DecideValues) => (value: string) => void;
  errors: FieldError[];
}) {
  return (
    <div className="field-row">
      {VOTES.map(([name, label]) => (
        <TextField
          key={name}
          formId={formId}
          name={name}
          label={label}
          inputMode="numeric"
          width="small"
          value={values[name]}
          onChange={set(name)}
          errors={errors}
        />
      ))}
    </div>
  );
}
