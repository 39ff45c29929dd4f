import { ACTION_VALUES_TEXTS as T, formatText, TEXT_MAX } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import { addDays, isLocalDate, todayInAmsterdam } from '../../lib/format';

/** Choosing this owner means someone who is not a user, by name. */
export const OTHER = 'anders';

export const emptyAction = () => ({ title: '', ownerId: '', ownerName: '', dueOn: addDays(todayInAmsterdam(), 14) });

export function checkAction(v: ReturnType<typeof emptyAction>): FieldError[] {
  const found: FieldError[] = [];
  if (!v.title.trim()) found.push({ field: 'title', message: T.titleMissing });
  else if (v.title.trim().length > TEXT_MAX.actionTitle)
    found.push({ field: 'title', message: formatText(T.titleTooLong, { max: String(TEXT_MAX.actionTitle) }) });
  if (!v.ownerId) found.push({ field: 'ownerId', message: T.ownerMissing });
  if (v.ownerId === OTHER && !v.ownerName.trim()) found.push({ field: 'ownerName', message: T.ownerNameMissing });
  else if (v.ownerName.trim().length > TEXT_MAX.actionOwnerName)
    found.push({ field: 'ownerName', message: formatText(T.ownerNameTooLong, { max: String(TEXT_MAX.actionOwnerName) }) });
  if (!isLocalDate(v.dueOn)) found.push({ field: 'dueOn', message: T.dueOnInvalid });
  return found;
}
