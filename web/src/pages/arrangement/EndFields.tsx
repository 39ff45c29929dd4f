import { DateField, options, SelectField, type FieldError } from '../../components/Form';
import type { EndReason, GoalAttainment } from '../../gql/graphql';
import { END_REASON_LABELS, GOAL_ATTAINMENT_LABELS } from '../../lib/labels';

export interface EndValues {
  endedOn: string;
  endReason: EndReason | '';
  goalAttainment: GoalAttainment | '';
}

export function EndFields({
  formId,
  values,
  onChange,
  errors,
}: {
  formId: string;
  values: EndValues;
  onChange: (v: EndValues) => void;
  errors: FieldError[];
}) {
  return (
    <>
      <DateField
        formId={formId}
        name="endedOn"
        label="Einddatum"
        width="medium"
        value={values.endedOn}
        onChange={(endedOn) => onChange({ ...values, endedOn })}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="endReason"
        label="Reden"
        value={values.endReason}
        onChange={(endReason) => onChange({ ...values, endReason })}
        options={options(END_REASON_LABELS)}
        emptyLabel="Kies een reden"
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="goalAttainment"
        label="Doelen bereikt"
        value={values.goalAttainment}
        onChange={(goalAttainment) => onChange({ ...values, goalAttainment })}
        options={options(GOAL_ATTAINMENT_LABELS)}
        emptyLabel="Kies een uitkomst"
        errors={errors}
      />
    </>
  );
}
