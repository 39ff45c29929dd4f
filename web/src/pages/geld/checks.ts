import { formatText, GELD_CHECKS_TEXTS as M, MAX_BUDGET_CENTS, NUMBER_BOUNDS } from '@regiekamer/texts';
/** The checks of the money forms before anything is sent: pure functions, so they are unit-tested. */
import { centsToInput, formatMoney, formatNumber, isLocalDate, parseDecimal, parseMoney } from '../../lib/format';
import type { FieldError } from '../../components/Form';

/** A budget or an amount between parties: the API's bound, from the shared limits. */
export const MAX_AMOUNT_CENTS = MAX_BUDGET_CENTS;
/** Goal targets and realised values: the API's bound. */
export const MAX_GOAL_VALUE = NUMBER_BOUNDS.goalTarget.max;

/**
 * An amount in euro that must be above zero (or zero or more) and at most `max` cents. The cents, or the Dutch
 * message for the field.
 */
export function checkAmount(text: string, opts: { max?: number; allowZero?: boolean; maxLabel?: string } = {}): number | string {
  const max = opts.max ?? MAX_AMOUNT_CENTS;
  if (text.trim() === '') return M.fillAmount;
  if (/^\s*-/.test(text)) return opts.allowZero ? M.amountNotNegative : M.amountPositive;
  const cents = parseMoney(text);
  if (cents === null) return M.amountFormat;
  if (cents === 0 && !opts.allowZero) return M.amountAboveZero;
  if (cents > max) return formatText(M.amountTooHigh, { max: opts.maxLabel ?? formatMoney(max) });
  return cents;
}

/** A number of zero or more (goal targets, what was realised), at most the API's bound. */
export function checkGoalValue(text: string): number | string {
  if (text.trim() === '') return M.fillNumber;
  if (/^\s*-/.test(text)) return M.numberNotNegative;
  const value = parseDecimal(text);
  if (value === null) return M.numberFormat;
  if (value > MAX_GOAL_VALUE) return formatText(M.numberTooHigh, { max: formatNumber(MAX_GOAL_VALUE) });
  return value;
}

/** A typed date (the DateField hands `YYYY-MM-DD` or the text as typed), within optional bounds. */
export function checkDate(
  value: string,
  opts: { notAfter?: string; notAfterText?: string; notBefore?: string; notBeforeText?: string } = {},
): string | null {
  if (value.trim() === '') return M.fillDate;
  if (!isLocalDate(value)) return M.dateFormat;
  if (opts.notBefore && value < opts.notBefore) return opts.notBeforeText ?? M.dateTooEarly;
  if (opts.notAfter && value > opts.notAfter) return opts.notAfterText ?? M.dateTooLate;
  return null;
}

/** A required text of at most `max` characters. */
export function checkText(value: string, max: number, empty: string = M.fillField): string | null {
  if (value.trim() === '') return empty;
  if (value.length > max) return formatText(M.tooLong, { max: String(max), length: String(value.length) });
  return null;
}

/** Collects field errors: `add` when a check returned a message. */
export class FormChecks {
  readonly errors: FieldError[] = [];
  add(field: string, message: string | null): void {
    if (message) this.errors.push({ field, message });
  }
  /** The value when the check gave one, else records the message and gives null. */
  value<T>(field: string, result: T | string): T | null {
    if (typeof result === 'string') {
      this.errors.push({ field, message: result });
      return null;
    }
    return result;
  }
}

export { centsToInput };
