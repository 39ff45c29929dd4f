import { NUMBER_BOUNDS } from '@regiekamer/texts';

/**
 * The atelier norm (the seed: a facilitator spends "ongeveer 30 uur per atelier"): each atelier has a norm of
 * facilitator hours, 30 unless it sets its own, and is over budget once the logged hours exceed it. Pure;
 * table-tested in __tests__/atelier.rules.test.ts. The database guards the same bounds (atelier_hours_norm_check,
 * atelier_hours_hours_check) and answers the same code, INVALID_INPUT, on the same field.
 */
export const DEFAULT_HOURS_NORM = 30;

/** Why a norm is refused, or null: more than 0 and at most the bound. */
export function hoursNormProblem(norm: number): string | null {
  const max = NUMBER_BOUNDS.atelierHoursNorm.max;
  return norm > 0 && norm <= max ? null : `Must be more than 0 and at most ${max}.`;
}

/** Why an entry of logged hours is refused, or null: more than 0, at most a day's hours, in hundredths. */
export function loggedHoursProblem(hours: number): string | null {
  const max = NUMBER_BOUNDS.atelierHours.max;
  if (!(Number.isFinite(hours) && hours > 0 && hours <= max)) return `Must be more than 0 and at most ${max}.`;
  return Math.round(hours * 100) === hours * 100 ? null : 'At most two decimals.';
}

/** Over budget once the logged hours exceed the norm; reaching it exactly is not. */
export function overNorm(loggedHours: number, norm: number): boolean {
  return loggedHours > norm;
}

/** An atelier is concluded once it has its outcome: from then on nothing more is recorded on it, hours included. */
export function isConcluded(atelier: { outcome: string | null }): boolean {
  return atelier.outcome !== null;
}
