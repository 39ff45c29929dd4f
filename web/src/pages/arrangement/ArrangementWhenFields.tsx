import { COUNT_MAX, TEXT_MAX } from '@regiekamer/texts';
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
          label="Datum van de aanvraag"
          description="Het begin van de wachttijd."
          width="medium"
          value={values.requestedOn}
          onChange={set('requestedOn')}
          errors={errors}
        />
      )}
      <DateField
        formId={formId}
        name="startsOn"
        label="Startdatum"
        description={mode === 'create' ? 'Zonder startdatum blijft het arrangement aangevraagd.' : undefined}
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
          label="Status"
          description="Beëindigen doet u met het formulier ‘Arrangement beëindigen’."
          value={values.status}
          onChange={set('status')}
          options={allowedStatuses(currentStatus).map((s) => ({ value: s, label: ARRANGEMENT_STATUS_LABELS[s] }))}
          errors={errors}
        />
      )}
      <TextAreaField
        formId={formId}
        name="goals"
        label="Doelen"
        description={`Eén doel per regel, hoogstens ${COUNT_MAX.arrangementGoals} doelen van elk hoogstens ${TEXT_MAX.arrangementGoal} tekens.`}
        required={false}
        value={values.goals}
        onChange={set('goals')}
        errors={errors}
      />
    </>
  );
}
