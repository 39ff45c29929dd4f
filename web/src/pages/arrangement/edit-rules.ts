import { ARRANGEMENT_EDIT_RULES_TEXTS as T } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import type { ArrangementFieldsFragment, ArrangementUpdateInput } from '../../gql/graphql';
import { parseArrangement, type ArrangementValues } from './arrangement-values';
import { formatDate, formatMoney, isLocalDate, parseMoney } from '../../lib/format';

/** As the table of a version conflict shows a value: money and dates as everywhere else, whatever was typed. */
const asMoney = (v: string): string => {
  const cents = parseMoney(v);
  return cents === null ? v : formatMoney(cents);
};
const asDate = (v: string): string => (isLocalDate(v) ? formatDate(v) : v);

export const COMPARED: { key: keyof ArrangementValues; label: string; show?: (value: string) => string }[] = [
  { key: 'clientKey', label: T.clientKey },
  { key: 'form', label: T.form },
  { key: 'productCategory', label: T.productCategory },
  { key: 'hoursPerWeek', label: T.hoursPerWeek },
  { key: 'plannedCost', label: T.plannedCost, show: asMoney },
  { key: 'startsOn', label: T.startsOn, show: asDate },
  { key: 'status', label: T.status },
  { key: 'goals', label: T.goals },
];

/** A compared value as the conflict table shows it; an empty value is a dash. */
export function shownValue(field: (typeof COMPARED)[number], value: string): string {
  if (value === '') return '—';
  return field.show ? field.show(value) : value;
}

/** Only the fields the person changed against the version they read: unchanged fields never overwrite anyone. */
export function changedInput(
  values: ArrangementValues,
  base: ArrangementFieldsFragment,
): { errors: FieldError[]; input: ArrangementUpdateInput | null } {
  const { errors, parsed } = parseArrangement(values, 'edit');
  if (!parsed) return { errors, input: null };
  const input: ArrangementUpdateInput = {};
  if (parsed.clientKey !== (base.clientKey ?? '')) input.clientKey = parsed.clientKey;
  if (parsed.form !== base.form) input.form = parsed.form;
  if (parsed.productCategory !== base.productCategory) input.productCategory = parsed.productCategory;
  if (parsed.hoursPerWeek !== base.hoursPerWeek) input.hoursPerWeek = parsed.hoursPerWeek;
  if (parsed.plannedCostCents !== base.plannedCostCents) input.plannedCostCents = parsed.plannedCostCents;
  if ((parsed.startsOn ?? null) !== (base.startsOn ?? null) && parsed.startsOn) input.startsOn = parsed.startsOn;
  if (parsed.status && parsed.status !== base.status) input.status = parsed.status;
  if (parsed.goals.join('\n') !== base.goals.join('\n')) input.goals = parsed.goals;
  return { errors, input };
}

/** The newer version's values with the person's own changes (against where they started) laid on top. */
export function mergeChanges(mine: ArrangementValues, started: ArrangementValues, latest: ArrangementValues): ArrangementValues {
  const merged = { ...latest };
  for (const key of Object.keys(mine) as (keyof ArrangementValues)[]) {
    if (mine[key] !== started[key]) (merged as Record<keyof ArrangementValues, string>)[key] = mine[key];
  }
  return merged;
}
