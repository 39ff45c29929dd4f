import type { FieldError } from '../../components/Form';
import { formatMoney, isLocalDate, parseMoney } from '../../lib/format';

/** The API's bound on a budget (api/src/shared/bounds.ts): € 10,000,000,000. */
const MAX_BUDGET_CENTS = 10_000_000_000 * 100;
export const emptyConvenant = { title: '', startsOn: '', endsOn: '', budget: '', partyIds: [] as string[] };

export function checkConvenant(v: typeof emptyConvenant): { errors: FieldError[]; budgetCents: number | null } {
  const errors: FieldError[] = [];
  const budgetCents = parseMoney(v.budget);
  if (!v.title.trim()) errors.push({ field: 'title', message: 'Vul de titel in.' });
  else if (v.title.trim().length > 300) errors.push({ field: 'title', message: 'De titel is hoogstens 300 tekens lang.' });
  if (!isLocalDate(v.startsOn)) errors.push({ field: 'startsOn', message: 'Vul de begindatum in als dag-maand-jaar.' });
  if (!isLocalDate(v.endsOn)) errors.push({ field: 'endsOn', message: 'Vul de einddatum in als dag-maand-jaar.' });
  else if (isLocalDate(v.startsOn) && v.endsOn < v.startsOn) errors.push({ field: 'endsOn', message: 'De einddatum ligt niet vóór de begindatum.' });
  if (v.budget.trim().startsWith('-')) errors.push({ field: 'budgetCents', message: 'Het budget moet positief zijn.' });
  else if (budgetCents === null) errors.push({ field: 'budgetCents', message: 'Vul het budget in euro’s in, bijvoorbeeld 1.250.000,00.' });
  else if (budgetCents > MAX_BUDGET_CENTS)
    errors.push({ field: 'budgetCents', message: `Het budget is hoogstens ${formatMoney(MAX_BUDGET_CENTS)}.` });
  if (v.partyIds.length === 0) errors.push({ field: 'partyIds', message: 'Kies ten minste één aanbieder als partij.' });
  return { errors, budgetCents };
}
