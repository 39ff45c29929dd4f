import { END_FIELDS_TEXTS as T } from '@regiekamer/texts';
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
        label={T.endedOn}
        width="medium"
        value={values.endedOn}
        onChange={(endedOn) => onChange({ ...values, endedOn })}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="endReason"
        label={T.endReason}
        value={values.endReason}
        onChange={(endReason) => onChange({ ...values, endReason })}
        options={options(END_REASON_LABELS)}
        emptyLabel={T.endReasonEmpty}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="goalAttainment"
        label={T.goalAttainment}
        value={values.goalAttainment}
        onChange={(goalAttainment) => onChange({ ...values, goalAttainment })}
        options={options(GOAL_ATTAINMENT_LABELS)}
        emptyLabel={T.goalAttainmentEmpty}
        errors={errors}
      />
    </>
  );
}
