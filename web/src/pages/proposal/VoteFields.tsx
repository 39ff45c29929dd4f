import { PROPOSAL_VOTE_FIELDS_TEXTS as T } from '@regiekamer/texts';
import { TextField, type FieldError } from '../../components/Form';
import type { DecideValues } from './decide.checks';

const VOTES = [
  ['agree', T.agree],
  ['disagree', T.disagree],
  ['abstain', T.abstain],
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
