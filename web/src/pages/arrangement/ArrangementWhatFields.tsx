import { TEXT_MAX } from '@regiekamer/texts';
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
        label="Cliëntsleutel"
        description="De pseudonieme sleutel van de inwoner bij uw organisatie. Nooit een BSN of naam."
        value={values.clientKey}
        maxLength={TEXT_MAX.clientKey}
        onChange={set('clientKey')}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="form"
        label="Vorm"
        value={values.form}
        onChange={set('form')}
        options={options(ARRANGEMENT_FORM_LABELS)}
        emptyLabel="Kies een vorm"
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="productCategory"
        label="Productcategorie"
        value={values.productCategory}
        onChange={set('productCategory')}
        options={options(PRODUCT_CATEGORY_LABELS)}
        emptyLabel="Kies een categorie"
        errors={errors}
      />
      <TextField
        formId={formId}
        name="hoursPerWeek"
        label="Uren per week"
        inputMode="decimal"
        width="small"
        value={values.hoursPerWeek}
        onChange={set('hoursPerWeek')}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="plannedCost"
        label="Geplande kosten (euro)"
        description="Bijvoorbeeld 1.250,00"
        inputMode="decimal"
        width="small"
        value={values.plannedCost}
        onChange={set('plannedCost')}
        errors={costErrors}
      />
    </>
  );
}
