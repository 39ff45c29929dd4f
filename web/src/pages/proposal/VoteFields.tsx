import { TextField, type FieldError } from '../../components/Form';
import type { DecideValues } from './decide.checks';

const VOTES = [
  ['votesFor', 'Stemmen voor'],
  ['votesAgainst', 'Stemmen tegen'],
  ['votesAbstain', 'Onthoudingen'],
] as const;

/** The votes for, against and abstaining, side by side. */
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
