import { MAX_BUDGET_CENTS, NUMBER_BOUNDS } from '@regiekamer/texts';
/** The checks of the money forms before anything is sent: pure functions, so they are unit-tested. */
import { centsToInput, formatMoney, isLocalDate, parseDecimal, parseMoney } from '../../lib/format';
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
  if (text.trim() === '') return 'Vul een bedrag in.';
  if (/^\s*-/.test(text)) return opts.allowZero ? 'Het bedrag mag niet negatief zijn.' : 'Het bedrag moet positief zijn.';
  const cents = parseMoney(text);
  if (cents === null) return 'Vul een bedrag in euro in, bijvoorbeeld 1.250,00.';
  if (cents === 0 && !opts.allowZero) return 'Het bedrag moet groter zijn dan € 0,00.';
  if (cents > max) return `Het bedrag mag niet hoger zijn dan ${opts.maxLabel ?? formatMoney(max)}.`;
  return cents;
}

/** A number of zero or more (goal targets, what was realised), at most the API's bound. */
export function checkGoalValue(text: string): number | string {
  if (text.trim() === '') return 'Vul een getal in.';
  if (/^\s*-/.test(text)) return 'Het getal mag niet negatief zijn.';
  const value = parseDecimal(text);
  if (value === null) return 'Vul een getal in, bijvoorbeeld 12 of 12,5.';
  if (value > MAX_GOAL_VALUE) return 'Het getal mag niet groter zijn dan 1.000.000.000.';
  return value;
}

/** A typed date (the DateField hands `YYYY-MM-DD` or the text as typed), within optional bounds. */
export function checkDate(
  value: string,
  opts: { notAfter?: string; notAfterText?: string; notBefore?: string; notBeforeText?: string } = {},
): string | null {
  if (value.trim() === '') return 'Vul een datum in.';
  if (!isLocalDate(value)) return 'Vul een bestaande datum in als dag-maand-jaar, bijvoorbeeld 31-12-2026.';
  if (opts.notBefore && value < opts.notBefore) return opts.notBeforeText ?? 'Deze datum is te vroeg.';
  if (opts.notAfter && value > opts.notAfter) return opts.notAfterText ?? 'Deze datum is te laat.';
  return null;
}

/** A required text of at most `max` characters. */
export function checkText(value: string, max: number, empty = 'Vul dit veld in.'): string | null {
  if (value.trim() === '') return empty;
  if (value.length > max) return `Gebruik hoogstens ${max} tekens (nu ${value.length}).`;
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
