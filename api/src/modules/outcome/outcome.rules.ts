import { addDays } from '../../shared/local-date';
import { EndReason, ProductCategory } from '../arrangement/arrangement.entity';
import { OutcomeIndicator } from './outcome.entity';

/**
 * Outcomes under the inverted incentive (#22, docs/transformation.md): which endings are early, the six-month window of
 * a re-request, rates, medians, the rolling window of the attention list and when a threshold is crossed. Pure;
 * table-tested in __tests__/outcome.rules.test.ts. The SQL (outcome.sql.ts) applies the same definitions per row.
 */

/** Endings as planned: the goals were reached or the support was no longer needed. */
export const PLANNED_REASONS: readonly EndReason[] = [EndReason.GOALS_ACHIEVED, EndReason.NO_LONGER_NEEDED];
/** Early endings: the resident stopped, was sent elsewhere, or it ended for another reason before its goals. */
export const EARLY_REASONS: readonly EndReason[] = [EndReason.CLIENT_WITHDREW, EndReason.REFERRED_ELSEWHERE, EndReason.OTHER];
/** Not the provider's doing: left out of the early-ending rate altogether (neither early nor as planned). */
export const EXTERNAL_REASONS: readonly EndReason[] = [EndReason.MOVED_AWAY, EndReason.DECEASED];

/** "Within six months": a new request dated from the end day up to the same day six calendar months later. */
export const RE_REQUEST_MONTHS = 6;
/** The rolling window of the attention list: the last twelve months up to today. */
export const ROLLING_WINDOW_MONTHS = 12;
/** A figure resting on fewer cases than this never puts a provider on the attention list: one resident cannot. */
export const MIN_CASES = 5;

/**
 * Duration norms while the regisseur has set none. The seeds say nothing about durations; these follow the light,
 * temporary support the algemene voorziening aims at: a year of begeleiding or group support, two years of dagbesteding
 * (which runs long by nature), half a year for the other arrangements.
 */
export const DEFAULT_DURATION_NORM_DAYS: Readonly<Record<ProductCategory, number>> = {
  [ProductCategory.BEGELEIDING]: 365,
  [ProductCategory.DAGBESTEDING]: 730,
  [ProductCategory.GROEPSGERICHTE_ONDERSTEUNING]: 365,
  [ProductCategory.OVERIGE_ARRANGEMENTEN]: 182,
};
export const DURATION_NORM_BOUNDS = { min: 1, max: 3650 } as const;

export const RATE_INDICATORS: readonly OutcomeIndicator[] = [
  OutcomeIndicator.RE_REQUEST_RATE,
  OutcomeIndicator.EARLY_ENDING_RATE,
  OutcomeIndicator.GOALS_NOT_ACHIEVED_RATE,
];
/** Days over a norm: at most ten years. */
export const DAYS_THRESHOLD_MAX = 3650;

export type EndingKind = 'PLANNED' | 'EARLY' | 'EXTERNAL';

/** How an ending counts; an ending without a recorded reason counts as OTHER (early). */
export function endingKind(reason: EndReason | null): EndingKind {
  const r = reason ?? EndReason.OTHER;
  if (EXTERNAL_REASONS.includes(r)) return 'EXTERNAL';
  return PLANNED_REASONS.includes(r) ? 'PLANNED' : 'EARLY';
}

/** The same day `months` calendar months later, or the month's last day when it has no such day (as PostgreSQL's interval). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The last day on which a new request still counts as a re-request after an arrangement ended. */
export const reRequestWindowEnd = (endedOn: string): string => addMonths(endedOn, RE_REQUEST_MONTHS);

/** A window is closed once its last day has passed: only then is "no re-request" certain. */
export const reRequestWindowClosed = (endedOn: string, today: string): boolean => reRequestWindowEnd(endedOn) < today;

/** A request counts as a re-request when it was made on or after the end day and within six months of it. */
export const isReRequest = (endedOn: string, requestedOn: string): boolean => requestedOn >= endedOn && requestedOn <= reRequestWindowEnd(endedOn);

/** The last twelve months up to today: the window over which thresholds are checked. */
export function rollingWindow(today: string): { from: string; to: string } {
  return { from: addDays(addMonths(today, -ROLLING_WINDOW_MONTHS), 1), to: today };
}

/** A share to four decimals; null without a denominator or below `minDenominator` (analysts: the published count). */
export function rate(numerator: number, denominator: number, minDenominator = 1): number | null {
  if (denominator <= 0 || denominator < minDenominator) return null;
  return Math.round((Math.max(0, numerator) / denominator) * 10000) / 10000;
}

/** The median of whole numbers (the mean of the two middle ones for an even count), to one decimal; null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(m * 10) / 10;
}

/** Days a median lies over its norm (negative: under it); null without a median. */
export const overNorm = (medianDays: number | null, normDays: number): number | null =>
  medianDays === null ? null : Math.round((medianDays - normDays) * 10) / 10;

/** A figure crosses its threshold when it is above it and rests on at least MIN_CASES cases. */
export function thresholdCrossed(figure: number | null, threshold: number, cases: number): boolean {
  return figure !== null && cases >= MIN_CASES && figure > threshold;
}

/** What is wrong with a threshold value, in English for the API (its Dutch text is in the catalogue); null when fine. */
export function thresholdProblem(indicator: OutcomeIndicator, value: number): string | null {
  if (RATE_INDICATORS.includes(indicator)) {
    return Number.isFinite(value) && value >= 0 && value <= 1 ? null : 'A rate threshold must be a share from 0 to 1.';
  }
  return Number.isInteger(value) && value >= 0 && value <= DAYS_THRESHOLD_MAX ? null : 'A threshold in days must be a whole number from 0 to 3650.';
}
