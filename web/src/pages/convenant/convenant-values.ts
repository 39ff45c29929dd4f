import { CONVENANT_VALUES_TEXTS as T, formatText } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import { formatMoney, isLocalDate, parseMoney } from '../../lib/format';

/** The API's bound on a budget (api/src/shared/bounds.ts): € 10,000,000,000. */
const MAX_BUDGET_CENTS = 10_000_000_000 * 100;
export const emptyConvenant = { title: '', startsOn: '', endsOn: '', budget: '', partyIds: [] as string[] };

export function checkConvenant(v: typeof emptyConvenant): { errors: FieldError[]; budgetCents: number | null } {
  const errors: FieldError[] = [];
  const budgetCents = parseMoney(v.budget);
  if (!v.title.trim()) errors.push({ field: 'title', message: T.titleMissing });
  else if (v.title.trim().length > 300) errors.push({ field: 'title', message: T.titleTooLong });
  if (!isLocalDate(v.startsOn)) errors.push({ field: 'startsOn', message: T.startsOnInvalid });
  if (!isLocalDate(v.endsOn)) errors.push({ field: 'endsOn', message: T.endsOnInvalid });
  else if (isLocalDate(v.startsOn) && v.endsOn < v.startsOn) errors.push({ field: 'endsOn', message: T.endsBeforeStart });
  if (v.budget.trim().startsWith('-')) errors.push({ field: 'budgetCents', message: T.budgetNegative });
  else if (budgetCents === null) errors.push({ field: 'budgetCents', message: T.budgetInvalid });
  else if (budgetCents > MAX_BUDGET_CENTS)
    errors.push({ field: 'budgetCents', message: formatText(T.budgetTooHigh, { max: formatMoney(MAX_BUDGET_CENTS) }) });
  if (v.partyIds.length === 0) errors.push({ field: 'partyIds', message: T.partiesMissing });
  return { errors, budgetCents };
}
