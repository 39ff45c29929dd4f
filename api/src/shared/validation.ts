import { TEXT_MAX } from '@regiekamer/texts';
import { BoundCode, centsProblem, clientKeyIdentifiesPerson, hoursProblem } from './bounds';
import { InputError } from './errors/input-error';
import { problem, type Problem, type UserErrorCode } from './errors/problems';
import { daysBetween, MAX_PERIOD_DAYS } from './local-date';

/** A period asked for (the overview, the funding flows) runs forward and spans at most ten years; otherwise it is refused. */
export function requirePeriod(period: { from: string; to: string }): void {
  if (period.to < period.from) throw new InputError('"period.to" must not be before "period.from".', 'period.to');
  if (daysBetween(period.from, period.to) > MAX_PERIOD_DAYS) throw new InputError('A period is at most ten years.', 'period.to');
}

/** Small field validators that collect problems with the field's input path. */
export class Checks {
  readonly problems: Problem[] = [];

  add(field: string, message: string, code: UserErrorCode = 'INVALID_INPUT'): void {
    this.problems.push(problem(code, message, field));
  }

  nonEmpty(field: string, value: string | null | undefined, max: number = TEXT_MAX.default): void {
    if (value === undefined || value === null) return;
    if (value.trim().length === 0) this.add(field, 'Must not be empty.');
    else if (value.length > max) this.add(field, `Must be at most ${max} characters.`);
  }

  maxLength(field: string, value: string | null | undefined, max: number): void {
    if (typeof value === 'string' && value.length > max) this.add(field, `Must be at most ${max} characters.`);
  }

  nonNegativeInt(field: string, value: number | null | undefined): void {
    if (value === undefined || value === null) return;
    if (!Number.isSafeInteger(value) || value < 0) this.add(field, 'Must be a whole number of zero or more.');
  }

  nonNegativeNumber(field: string, value: number | null | undefined, max: number): void {
    if (value === undefined || value === null) return;
    if (!Number.isFinite(value) || value < 0) this.add(field, 'Must be zero or more.');
    else if (value > max) this.add(field, `Must be at most ${max}.`);
  }

  intRange(field: string, value: number | null | undefined, min: number, max: number): void {
    if (value === undefined || value === null) return;
    if (!Number.isInteger(value) || value < min || value > max) this.add(field, `Must be a whole number from ${min} to ${max}.`);
  }

  /** Dates are 'YYYY-MM-DD' strings already validated by the LocalDate scalar; compare as text. */
  notAfter(field: string, value: string | null | undefined, limit: string | null | undefined, message: string): void {
    if (value && limit && value > limit) this.add(field, message);
  }

  notBefore(field: string, value: string | null | undefined, limit: string | null | undefined, message: string): void {
    if (value && limit && value < limit) this.add(field, message);
  }

  /** Whole cents within the domain bound `max` (see shared/bounds.ts); `min` 1 for amounts that must be positive. */
  cents(field: string, value: number | null | undefined, max: number, min = 0): void {
    if (value === undefined || value === null) return;
    const message = centsProblem(value, max, min);
    if (message) this.add(field, message, Number.isSafeInteger(value) && value >= min ? BoundCode.AMOUNT_OUT_OF_RANGE : 'INVALID_INPUT');
  }

  /** Hours delivered in a period: at most 24 per day of it. */
  hoursInPeriod(field: string, hours: number, periodStart: string, periodEnd: string): void {
    const message = hoursProblem(hours, periodStart, periodEnd);
    if (message) this.add(field, message, Number.isFinite(hours) && hours >= 0 ? BoundCode.HOURS_OUT_OF_RANGE : 'INVALID_INPUT');
  }

  /** A client key must not be a BSN or a name. */
  clientKey(field: string, value: string | null | undefined): void {
    if (typeof value === 'string' && value.trim() !== '' && clientKeyIdentifiesPerson(value)) {
      this.add(field, 'A client key must not identify a person: no BSN and no name (no spaces).', BoundCode.CLIENT_KEY_IDENTIFIES_PERSON);
    }
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }
}
