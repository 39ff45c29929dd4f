import { TEXT_MAX, ARRANGEMENT_WHAT_FIELDS_TEXTS as T } from '@regiekamer/texts';
import { options, SelectField, TextField, type FieldError } from '../../components/Form';
import { ARRANGEMENT_FORM_LABELS, PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import type { ArrangementValues, SetArrangementField } from './arrangement-values';

/** Who the arrangement is for, what it is, and its size: the first fields of the arrangement form. */
export function ArrangementWhatFields({
  formId,
  values,
  set,
  errors,
}: {
  formId: string;
  values: ArrangementValues;
  set: SetArrangementField;
  errors: FieldError[];
}) {
  const costErrors = errors.map((e) => (e.field === 'plannedCostCents' ? { ...e, field: 'plannedCost' } : e));
  return (
    <>
      <TextField
        formId={formId}
        name="clientKey"
        label={T.clientKey}
        description={T.clientKeyHint}
        value={values.clientKey}
        maxLength={TEXT_MAX.clientKey}
        onChange={set('clientKey')}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="form"
        label={T.form}
        value={values.form}
        onChange={set('form')}
        options={options(ARRANGEMENT_FORM_LABELS)}
        emptyLabel={T.formEmpty}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="productCategory"
        label={T.productCategory}
        value={values.productCategory}
        onChange={set('productCategory')}
        options={options(PRODUCT_CATEGORY_LABELS)}
        emptyLabel={T.productCategoryEmpty}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="hoursPerWeek"
        label={T.hoursPerWeek}
        inputMode="decimal"
        width="small"
        value={values.hoursPerWeek}
        onChange={set('hoursPerWeek')}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="plannedCost"
        label={T.plannedCost}
        description={T.plannedCostHint}
        inputMode="decimal"
        width="small"
        value={values.plannedCost}
        onChange={set('plannedCost')}
        errors={costErrors}
      />
    </>
  );
}
