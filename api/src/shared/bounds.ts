/**
 * Domain bounds on what users enter: amounts, hours, dates and client keys. Each rule lives here once, as a pure
 * function; the services report a breach as a userError and the database guards the same bounds with CHECK
 * constraints that map to the same codes (db/constraint-problems.ts).
 */

import { MAX_DATE, MAX_HOURS_PER_DAY, MIN_DATE } from '@regiekamer/texts';
import { daysBetween } from './local-date';

/**
 * The numbers live in the shared limits (packages/texts/src/limits.ts), which the web client's forms check too: one
 * report and an arrangement's planned cost at most EUR 1,000,000, a budget or an amount between parties at most
 * EUR 10,000,000,000, 24 hours per day, dates in 1900-01-01..2200-12-31.
 */
export { MAX_BUDGET_CENTS, MAX_DATE, MAX_HOURS_PER_DAY, MAX_REPORT_CENTS, MIN_DATE } from '@regiekamer/texts';

export const BoundCode = {
  AMOUNT_OUT_OF_RANGE: 'AMOUNT_OUT_OF_RANGE',
  HOURS_OUT_OF_RANGE: 'HOURS_OUT_OF_RANGE',
  CLIENT_KEY_IDENTIFIES_PERSON: 'CLIENT_KEY_IDENTIFIES_PERSON',
} as const;

/** Whole cents from 0 (or 1) up to `max`; null when fine, else the message. */
export function centsProblem(value: number, max: number, min = 0): string | null {
  if (!Number.isSafeInteger(value) || value < min)
    return min > 0 ? 'Must be a whole number of cents above zero.' : 'Must be a whole number of zero or more.';
  if (value > max) return `Must be at most ${max} cents (EUR ${(max / 100).toLocaleString('en-US')}).`;
  return null;
}

/** Days from start to end, both included; dates are valid 'YYYY-MM-DD' strings. */
export function daysInPeriod(start: string, end: string): number {
  return daysBetween(start, end) + 1;
}

/** Hours delivered in a period: at most 24 per day of the period. */
export function hoursProblem(hours: number, periodStart: string, periodEnd: string): string | null {
  if (!Number.isFinite(hours) || hours < 0) return 'Must be zero or more.';
  const days = daysInPeriod(periodStart, periodEnd);
  if (days >= 1 && hours > MAX_HOURS_PER_DAY * days)
    return `Must be at most ${MAX_HOURS_PER_DAY} hours per day of the period (${MAX_HOURS_PER_DAY * days}).`;
  return null;
}

/** A 'YYYY-MM-DD' string within MIN_DATE..MAX_DATE (text order is date order for four-digit years). */
export function isDateInRange(value: string): boolean {
  return value.length === 10 && value >= MIN_DATE && value <= MAX_DATE;
}

/**
 * The elfproef of a BSN: 9 digits d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11 (and not all zeros).
 */
export function isBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(value[i]);
  sum -= Number(value[8]);
  return sum % 11 === 0 && value !== '000000000';
}

/**
 * A client key is the provider's own pseudonymous reference. A BSN (also written with dots, dashes or spaces between
 * the digits) or anything with a space in it (a name: "Jan de Vries") identifies a person and is refused.
 */
export function clientKeyIdentifiesPerson(key: string): boolean {
  const trimmed = key.trim();
  if (/\s/.test(trimmed)) return true;
  return isBsn(trimmed.replace(/[.\-]/g, ''));
}
