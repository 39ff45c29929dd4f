import type { FieldError } from '../../components/Form';
import type { ArrangementFieldsFragment, ArrangementForm, ArrangementStatus, ProductCategory } from '../../gql/graphql';
import { COUNT_MAX, MAX_REPORT_CENTS, NUMBER_BOUNDS, TEXT_MAX, ARRANGEMENT_VALUES_TEXTS as T } from '@regiekamer/texts';
import { checkLength, checkLines, checkNotFuture, present, readAmount, readNumber } from '../../lib/checks';
import { centsToInput, decimalToInput, isLocalDate, todayInAmsterdam } from '../../lib/format';

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
  if (v.clientKey.trim() === '') errors.push({ field: 'clientKey', message: T.clientKeyMissing });
  else errors.push(...present(checkLength('clientKey', v.clientKey.trim(), TEXT_MAX.clientKey, T.clientKeyTooLong)));
  if (!v.form) errors.push({ field: 'form', message: T.formMissing });
  if (!v.productCategory) errors.push({ field: 'productCategory', message: T.productCategoryMissing });
  const { value: hours, error: hoursError } = readNumber('hoursPerWeek', v.hoursPerWeek, {
    ...NUMBER_BOUNDS.hoursPerWeek,
    hours: true,
    notANumber: T.hoursNotANumber,
  });
  if (hoursError) errors.push(hoursError);
  const { cents, error: costError } = readAmount('plannedCost', v.plannedCost, MAX_REPORT_CENTS, T.costNotANumber);
  if (costError) errors.push(costError);
  if (mode === 'create' && !isLocalDate(v.requestedOn)) errors.push({ field: 'requestedOn', message: T.requestedOnMissing });
  else if (mode === 'create') errors.push(...present(checkNotFuture('requestedOn', v.requestedOn, todayInAmsterdam())));
  errors.push(...present(checkLines('goals', v.goals, COUNT_MAX.arrangementGoals, TEXT_MAX.arrangementGoal)));
  if (v.startsOn !== '' && !isLocalDate(v.startsOn)) errors.push({ field: 'startsOn', message: T.startsOnInvalid });
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

/** Sets one field of the arrangement form. */
export type SetArrangementField = <K extends keyof ArrangementValues>(key: K) => (value: ArrangementValues[K]) => void;
