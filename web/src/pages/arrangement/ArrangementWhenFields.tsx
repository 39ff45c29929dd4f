import { COUNT_MAX, TEXT_MAX, formatText, ARRANGEMENT_WHEN_FIELDS_TEXTS as T } from '@regiekamer/texts';
import { DateField, SelectField, TextAreaField, type FieldError } from '../../components/Form';
import type { ArrangementStatus } from '../../gql/graphql';
import { ARRANGEMENT_STATUS_LABELS } from '../../lib/labels';
import { allowedStatuses, type ArrangementValues, type SetArrangementField } from './arrangement-values';

/** Dates, status and goals: the last fields of the arrangement form. */
export function ArrangementWhenFields({
  formId,
  values,
  set,
  errors,
  mode,
  currentStatus,
}: {
  formId: string;
  values: ArrangementValues;
  set: SetArrangementField;
  errors: FieldError[];
  mode: 'create' | 'edit';
  currentStatus?: ArrangementStatus;
}) {
  return (
    <>
      {mode === 'create' && (
        <DateField
          formId={formId}
          name="requestedOn"
          label={T.requestedOn}
          description={T.requestedOnHint}
          width="medium"
          value={values.requestedOn}
          onChange={set('requestedOn')}
          errors={errors}
        />
      )}
      <DateField
        formId={formId}
        name="startsOn"
        label={T.startsOn}
        description={mode === 'create' ? T.startsOnHint : undefined}
        required={false}
        width="medium"
        value={values.startsOn}
        onChange={set('startsOn')}
        errors={errors}
      />
      {mode === 'edit' && currentStatus && (
        <SelectField
          formId={formId}
          name="status"
          label={T.status}
          description={T.statusHint}
          value={values.status}
          onChange={set('status')}
          options={allowedStatuses(currentStatus).map((s) => ({ value: s, label: ARRANGEMENT_STATUS_LABELS[s] }))}
          errors={errors}
        />
      )}
      <TextAreaField
        formId={formId}
        name="goals"
        label={T.goals}
        description={formatText(T.goalsHint, { count: String(COUNT_MAX.arrangementGoals), length: String(TEXT_MAX.arrangementGoal) })}
        required={false}
        value={values.goals}
        onChange={set('goals')}
        errors={errors}
      />
    </>
  );
}
