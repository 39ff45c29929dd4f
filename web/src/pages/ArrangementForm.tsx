import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { options, SelectField, TextAreaField, DateField, TextField, type FieldError } from '../components/Form';
import type { ArrangementFieldsFragment, ArrangementForm, ArrangementStatus, ProductCategory } from '../gql/graphql';
import { COUNT_MAX, MAX_REPORT_CENTS, NUMBER_BOUNDS, TEXT_MAX } from '@regiekamer/texts';
import { checkLength, checkLines, checkNotFuture, present, readAmount, readNumber } from '../lib/checks';
import { centsToInput, decimalToInput, isLocalDate, todayInAmsterdam } from '../lib/format';
import { ARRANGEMENT_FORM_LABELS, ARRANGEMENT_STATUS_LABELS, PRODUCT_CATEGORY_LABELS } from '../lib/labels';

/** What the arrangement form holds: text as typed, parsed only on submit. */
export interface ArrangementValues {
  clientKey: string;
  form: ArrangementForm | '';
  productCategory: ProductCategory | '';
  hoursPerWeek: string;
  plannedCost: string;
  requestedOn: string;
  startsOn: string;
  status: ArrangementStatus | '';
  goals: string;
}

export const ARRANGEMENT_FIELD_NAMES = [
  'clientKey',
  'form',
  'productCategory',
  'hoursPerWeek',
  'plannedCost',
  'plannedCostCents',
  'requestedOn',
  'startsOn',
  'status',
  'goals',
] as const;

export const EMPTY_ARRANGEMENT: ArrangementValues = {
  clientKey: '',
  form: '',
  productCategory: '',
  hoursPerWeek: '',
  plannedCost: '',
  requestedOn: todayInAmsterdam(),
  startsOn: '',
  status: '',
  goals: '',
};

export function valuesOf(a: ArrangementFieldsFragment): ArrangementValues {
  return {
    clientKey: a.clientKey ?? '',
    form: a.form,
    productCategory: a.productCategory,
    hoursPerWeek: decimalToInput(a.hoursPerWeek),
    plannedCost: centsToInput(a.plannedCostCents),
    requestedOn: a.requestedOn,
    startsOn: a.startsOn ?? '',
    status: a.status,
    goals: a.goals.join('\n'),
  };
}

export interface ParsedArrangement {
  clientKey: string;
  form: ArrangementForm;
  productCategory: ProductCategory;
  hoursPerWeek: number;
  plannedCostCents: number;
  requestedOn: string;
  startsOn: string | null;
  status: ArrangementStatus | null;
  goals: string[];
}

/** Checks what can be checked in the browser; the server checks everything again. */
export function parseArrangement(v: ArrangementValues, mode: 'create' | 'edit'): { errors: FieldError[]; parsed: ParsedArrangement | null } {
  const errors: FieldError[] = [];
  if (v.clientKey.trim() === '') errors.push({ field: 'clientKey', message: 'Vul de cliëntsleutel in.' });
  else errors.push(...present(checkLength('clientKey', v.clientKey.trim(), TEXT_MAX.clientKey)));
  if (!v.form) errors.push({ field: 'form', message: 'Kies de vorm van het arrangement.' });
  if (!v.productCategory) errors.push({ field: 'productCategory', message: 'Kies de productcategorie.' });
  const { value: hours, error: hoursError } = readNumber('hoursPerWeek', v.hoursPerWeek, {
    ...NUMBER_BOUNDS.hoursPerWeek,
    hours: true,
    notANumber: 'Vul het aantal uren per week in als getal, bijvoorbeeld 2,5.',
  });
  if (hoursError) errors.push(hoursError);
  const { cents, error: costError } = readAmount(
    'plannedCost',
    v.plannedCost,
    MAX_REPORT_CENTS,
    'Vul de geplande kosten in euro in, bijvoorbeeld 1.250,00.',
  );
  if (costError) errors.push(costError);
  if (mode === 'create' && !isLocalDate(v.requestedOn)) errors.push({ field: 'requestedOn', message: 'Vul de datum van de aanvraag in.' });
  else if (mode === 'create') errors.push(...present(checkNotFuture('requestedOn', v.requestedOn, todayInAmsterdam())));
  errors.push(...present(checkLines('goals', v.goals, COUNT_MAX.arrangementGoals, TEXT_MAX.arrangementGoal)));
  if (v.startsOn !== '' && !isLocalDate(v.startsOn))
    errors.push({ field: 'startsOn', message: 'Vul een geldige startdatum in, of laat het veld leeg.' });
  if (errors.length > 0 || hours === null || cents === null || !v.form || !v.productCategory) return { errors, parsed: null };
  return {
    errors,
    parsed: {
      clientKey: v.clientKey.trim(),
      form: v.form,
      productCategory: v.productCategory,
      hoursPerWeek: hours,
      plannedCostCents: cents,
      requestedOn: v.requestedOn,
      startsOn: v.startsOn === '' ? null : v.startsOn,
      status: v.status === '' ? null : v.status,
      goals: v.goals
        .split('\n')
        .map((g) => g.trim())
        .filter(Boolean),
    },
  };
}

/** The statuses an arrangement may move to by editing (ending has its own form). */
export function allowedStatuses(current: ArrangementStatus): ArrangementStatus[] {
  switch (current) {
    case 'REQUESTED':
      return ['REQUESTED', 'ACTIVE'];
    case 'ACTIVE':
      return ['ACTIVE', 'PAUSED'];
    case 'PAUSED':
      return ['PAUSED', 'ACTIVE'];
    default:
      return [current];
  }
}

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
  const set =
    <K extends keyof ArrangementValues>(key: K) =>
    (value: ArrangementValues[K]) =>
      onChange({ ...values, [key]: value });
  const costErrors = errors.map((e) => (e.field === 'plannedCostCents' ? { ...e, field: 'plannedCost' } : e));
  return (
    <Fieldset>
      <FieldsetLegend>{mode === 'create' ? 'Gegevens van het arrangement' : 'Arrangement wijzigen'}</FieldsetLegend>
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
    </Fieldset>
  );
}
