import { ARRANGEMENT_FORM_FIELDS_TEXTS as T } from '@regiekamer/texts';
import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import type { FieldError } from '../../components/Form';
import type { ArrangementStatus } from '../../gql/graphql';
import type { ArrangementValues, SetArrangementField } from './arrangement-values';
import { ArrangementWhatFields } from './ArrangementWhatFields';
import { ArrangementWhenFields } from './ArrangementWhenFields';

export function ArrangementFormFields({
  formId,
  values,
  onChange,
  errors,
  mode,
  currentStatus,
}: {
  formId: string;
  values: ArrangementValues;
  onChange: (values: ArrangementValues) => void;
  errors: FieldError[];
  mode: 'create' | 'edit';
  currentStatus?: ArrangementStatus;
}) {
  const set: SetArrangementField = (key) => (value) => onChange({ ...values, [key]: value });
  return (
    <Fieldset>
      <FieldsetLegend>{mode === 'create' ? T.legendCreate : T.legendEdit}</FieldsetLegend>
      <ArrangementWhatFields formId={formId} values={values} set={set} errors={errors} />
      <ArrangementWhenFields formId={formId} values={values} set={set} errors={errors} mode={mode} currentStatus={currentStatus} />
    </Fieldset>
  );
}
