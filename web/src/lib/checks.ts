import { FORM_TEXTS, formatText, LIB_CHECKS_TEXTS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type FormTextKey } from '@regiekamer/texts';
import type { FieldError } from './errors';
import { parseDecimal, parseMoney } from './format';

/**
 * The first round of validation, in the browser before sending: lengths, signs and bounds from the shared limits
 * (@regiekamer/texts), the same the API checks in the second round. Each check gives a Dutch FieldError or null.
 */

const say = (key: FormTextKey, values: Record<string, string | number> = {}) => formatText(FORM_TEXTS[key], values);

/**
 * A text longer than the API's maximum. `tooLong` is the form's own text that names the field, with `{max}` and
 * `{over}` ("De opmerkingen zijn te lang: ten hoogste {max, number} tekens. U heeft er {over, number} te veel.").
 */
export function checkLength(field: string, value: string, max: number, tooLong: string): FieldError | null {
  return value.length > max ? { field, message: formatText(tooLong, { max, over: value.length - max }) } : null;
}

/** Every text of a form against its maximum: `{ title: [values.title, TEXT_MAX.proposalTitle, T.titleTooLong] }`. */
export function checkLengths(fields: Record<string, [string, number, string]>): FieldError[] {
  return Object.entries(fields).flatMap(([field, [value, max, tooLong]]) => checkLength(field, value, max, tooLong) ?? []);
}

/** One item per line (goals, wishes): at most `maxLines` lines of at most `maxLength` characters. */
export function checkLines(field: string, value: string, maxLines: number, maxLength: number): FieldError | null {
  const lines = value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > maxLines) return { field, message: say('tooManyLines', { max: maxLines }) };
  const long = lines.findIndex((l) => l.length > maxLength);
  return long >= 0 ? { field, message: say('lineTooLong', { line: long + 1, max: maxLength }) } : null;
}

export interface NumberRule {
  min: number;
  max: number;
  /** Hours: a negative number reads "Het aantal uren moet positief zijn". */
  hours?: boolean;
  /** Shown when the text is no number at all. */
  notANumber: string;
}

/** A decimal number as typed (`8,5`, `-3`): its value, or the Dutch reason it cannot be sent. */
export function readNumber(field: string, text: string, rule: NumberRule): { value: number | null; error: FieldError | null } {
  const negative = /^\s*-/.test(text);
  const value = parseDecimal(text.replace(/^\s*-\s*/, ''));
  if (value === null) return { value: null, error: { field, message: rule.notANumber } };
  const signed = negative ? -value : value;
  if (signed < 0 && rule.min >= 0) return { value: null, error: { field, message: say(rule.hours ? 'hoursNegative' : 'negative') } };
  if (signed < rule.min) return { value: null, error: { field, message: say('numberTooLow', { min: rule.min }) } };
  if (signed > rule.max) return { value: null, error: { field, message: say(rule.hours ? 'hoursTooHigh' : 'numberTooHigh', { max: rule.max }) } };
  return { value: signed, error: null };
}

/** An amount in euro as typed: integer cents, or the Dutch reason it cannot be sent (negative, above `maxCents`). */
export function readAmount(field: string, text: string, maxCents: number, notAnAmount: string): { cents: number | null; error: FieldError | null } {
  if (/^\s*(€\s*)?-/.test(text)) return { cents: null, error: { field, message: say('amountNegative') } };
  const cents = parseMoney(text);
  if (cents === null) return { cents: null, error: { field, message: notAnAmount } };
  if (cents > maxCents) return { cents: null, error: { field, message: say('amountTooHigh', { max: maxCents / 100 }) } };
  return { cents, error: null };
}

/** A date (`YYYY-MM-DD`) after today. */
export function checkNotFuture(
  field: string,
  date: string,
  today: string,
  key: 'dateInFuture' | 'periodInFuture' = 'dateInFuture',
): FieldError | null {
  return date > today ? { field, message: say(key) } : null;
}

/** Hours delivered in a period: at most 24 per day of it. */
export function checkHoursInPeriod(field: string, hours: number, days: number, perDay: number): FieldError | null {
  return days >= 1 && hours > perDay * days ? { field, message: say('hoursInPeriodTooHigh', { perDay, max: perDay * days }) } : null;
}

/** An e-mail address as the login form can check it: something@something.something, no spaces. */
export function checkEmail(field: string, value: string): FieldError | null {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : { field, message: say('email') };
}

/** The checks that found something: `errors.push(...present(checkLength(…), checkNotFuture(…)))`. */
export const present = (...checks: (FieldError | null)[]): FieldError[] => checks.filter((e): e is FieldError => e !== null);

/** A new password against the API's rules (shown on the form before sending): length, not the current one, typed twice alike. */
export function checkPasswordChange(current: string, next: string, again: string): FieldError[] {
  const errors: FieldError[] = [];
  if (current === '') errors.push({ field: 'currentPassword', message: LIB_CHECKS_TEXTS.currentPasswordRequired });
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- counts code points, as the API does for this minimum
  if ([...next].length < PASSWORD_MIN_LENGTH) errors.push({ field: 'newPassword', message: say('passwordTooShort', { min: PASSWORD_MIN_LENGTH }) });
  else if (next.length > PASSWORD_MAX_LENGTH) errors.push({ field: 'newPassword', message: say('passwordTooLong', { max: PASSWORD_MAX_LENGTH }) });
  else if (next === current) errors.push({ field: 'newPassword', message: say('passwordUnchanged') });
  if (errors.every((e) => e.field !== 'newPassword') && again !== next) errors.push({ field: 'newPasswordAgain', message: say('passwordsDiffer') });
  return errors;
}

/** From this share of the maximum on, screen readers hear how many characters are left (politely, after a pause). */
const NEAR = 0.9;

/** What a character counter announces: what is left or too many once the text is near its maximum; empty before that. */
export function countAnnouncement(length: number, max: number): string {
  if (length > max) return say('charactersOver', { over: length - max });
  if (length >= Math.floor(max * NEAR)) return say('charactersLeft', { left: max - length });
  return '';
}
