import type { FieldError } from '../../components/Form';
import { addDays, isLocalDate, todayInAmsterdam } from '../../lib/format';

/** Choosing this owner means someone who is not a user, by name. */
export const OTHER = 'anders';

export const emptyAction = () => ({ title: '', ownerId: '', ownerName: '', dueOn: addDays(todayInAmsterdam(), 14) });

export function checkAction(v: ReturnType<typeof emptyAction>): FieldError[] {
  const found: FieldError[] = [];
  if (!v.title.trim()) found.push({ field: 'title', message: 'Vul in wat er moet gebeuren.' });
  else if (v.title.trim().length > 300) found.push({ field: 'title', message: 'Een actie is hoogstens 300 tekens lang.' });
  if (!v.ownerId) found.push({ field: 'ownerId', message: 'Kies wie de actie uitvoert.' });
  if (v.ownerId === OTHER && !v.ownerName.trim()) found.push({ field: 'ownerName', message: 'Vul de naam van de eigenaar in.' });
  else if (v.ownerName.trim().length > 200) found.push({ field: 'ownerName', message: 'Een naam is hoogstens 200 tekens lang.' });
  if (!isLocalDate(v.dueOn)) found.push({ field: 'dueOn', message: 'Vul de datum in als dag-maand-jaar, bijvoorbeeld 31-12-2026.' });
  return found;
}
