import { EndReason } from '../arrangement/arrangement.entity';
import { cellKey, derivedShown, Measure, perturbCount, perturbMagnitude } from '../monitor/disclosure.rules';
import { OutcomeIndicator } from './outcome.entity';
import { endingKind, overNorm, rate } from './outcome.rules';
import type { OutcomeFigures } from './outcome.types';

/**
 * From the SQL's exact counts to the published figures: exact for the regisseur and a representative, protected for
 * analysts with the cell key method exactly as the overview's (docs/disclosure-control.md). Pure; table-tested.
 */

/** One group's exact counts and the sums of the record keys of what they count, as OUTCOME_FIGURES_SQL returns them. */
export interface RawOutcome {
  ended: number;
  achieved: number;
  partly: number;
  notAchieved: number;
  reasons: Record<EndReason, number>;
  closed: number;
  reRequested: number;
  open: number;
  started: number;
  medianWaitingDays: number | null;
  withDuration: number;
  medianDurationDays: number | null;
  medianDurationOverNormDays: number | null;
  kEnded: number | string | null;
  kNew: number | string | null;
  kClosed: number | string | null;
  kReRequested: number | string | null;
  kOpen: number | string | null;
}

/**
 * Measures of the outcome figures that the overview does not have, numbered apart from the overview's (disclosure.rules
 * Measure) so that each draws its own noise. Ended, started and goal attainment use the overview's own measures and
 * keys: the same cell is published as the same value in both answers.
 */
const OUTCOME_MEASURE = {
  reason: (i: number) => 100 + i,
  CLOSED: 120,
  RE_REQUESTED: 121,
  OPEN: 122,
  MEDIAN_WAITING: 123,
  MEDIAN_DURATION: 124,
  DURATION_OVER_NORM: 125,
};
const REASONS = Object.values(EndReason);

const round1 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);

/** Rates and the waiting median's distance to the norm, from counts (published ones for analysts), with `min` the smallest denominator shown. */
function derive(
  counts: Pick<RawOutcome, 'achieved' | 'partly' | 'notAchieved' | 'reasons' | 'closed' | 'reRequested'>,
  min: number,
): Pick<OutcomeFigures, 'achievedShare' | 'partlyShare' | 'notAchievedShare' | 'earlyEndings' | 'earlyEndingRate' | 'reRequestRate'> {
  const attained = counts.achieved + counts.partly + counts.notAchieved;
  let early = 0;
  let counted = 0;
  for (const r of REASONS) {
    const kind = endingKind(r);
    if (kind === 'EXTERNAL') continue;
    counted += counts.reasons[r];
    if (kind === 'EARLY') early += counts.reasons[r];
  }
  return {
    achievedShare: rate(counts.achieved, attained, min),
    partlyShare: rate(counts.partly, attained, min),
    notAchievedShare: rate(counts.notAchieved, attained, min),
    earlyEndings: early,
    earlyEndingRate: rate(early, counted, min),
    reRequestRate: rate(counts.reRequested, counts.closed, min),
  };
}

/** The exact figures of a group. */
export function exactFigures(raw: RawOutcome, waitingNormDays: number, durationNormDays: number | null): OutcomeFigures {
  const medianWaiting = round1(raw.medianWaitingDays);
  return {
    ended: raw.ended,
    goalAttainment: { achieved: raw.achieved, partly: raw.partly, notAchieved: raw.notAchieved, suppressed: [] },
    ...derive(raw, 1),
    endReasons: REASONS.map((reason) => ({ reason, count: raw.reasons[reason] })),
    reRequestWindowsClosed: raw.closed,
    reRequests: raw.reRequested,
    reRequestWindowsOpen: raw.open,
    started: raw.started,
    medianWaitingDays: medianWaiting,
    medianWaitingOverNormDays: overNorm(medianWaiting, waitingNormDays),
    medianDurationDays: round1(raw.medianDurationDays),
    medianDurationOverNormDays: round1(raw.medianDurationOverNormDays),
    durationNormDays,
    suppressed: [],
  };
}

/**
 * The analyst's figures: every count perturbed with the cell key of the arrangements it counts (ended, started and
 * goal attainment exactly as the overview's), rates computed from published counts and left out when the published
 * denominator is below `threshold`, medians with the relative noise of a sum over their group and left out likewise.
 */
export function protectedFigures(raw: RawOutcome, waitingNormDays: number, durationNormDays: number | null, threshold: number): OutcomeFigures {
  const count = (v: number, key: number | string | null, measure: Measure | number) => perturbCount(v, cellKey(key, measure));
  const published = {
    achieved: count(raw.achieved, raw.kEnded, Measure.ACHIEVED),
    partly: count(raw.partly, raw.kEnded, Measure.PARTLY),
    notAchieved: count(raw.notAchieved, raw.kEnded, Measure.NOT_ACHIEVED),
    reasons: Object.fromEntries(REASONS.map((r, i) => [r, count(raw.reasons[r], raw.kEnded, OUTCOME_MEASURE.reason(i))])) as Record<EndReason, number>,
    closed: count(raw.closed, raw.kClosed, OUTCOME_MEASURE.CLOSED),
    reRequested: count(raw.reRequested, raw.kReRequested, OUTCOME_MEASURE.RE_REQUESTED),
  };
  const ended = count(raw.ended, raw.kEnded, Measure.ENDED);
  const started = count(raw.started, raw.kNew, Measure.NEW);
  const magnitude = (x: number | null, n: number, key: number | string | null, measure: number) =>
    x === null ? null : perturbMagnitude(x, n, cellKey(key, measure), 1);
  const medianWaiting = magnitude(raw.medianWaitingDays, raw.started, raw.kNew, OUTCOME_MEASURE.MEDIAN_WAITING);
  const f: OutcomeFigures = {
    ended,
    goalAttainment: { achieved: published.achieved, partly: published.partly, notAchieved: published.notAchieved, suppressed: [] },
    ...derive(published, threshold),
    endReasons: REASONS.map((reason) => ({ reason, count: published.reasons[reason] })),
    reRequestWindowsClosed: published.closed,
    reRequests: published.reRequested,
    reRequestWindowsOpen: count(raw.open, raw.kOpen, OUTCOME_MEASURE.OPEN),
    started,
    medianWaitingDays: medianWaiting,
    medianWaitingOverNormDays: overNorm(medianWaiting, waitingNormDays),
    medianDurationDays: magnitude(raw.medianDurationDays, raw.withDuration, raw.kEnded, OUTCOME_MEASURE.MEDIAN_DURATION),
    medianDurationOverNormDays: magnitude(raw.medianDurationOverNormDays, raw.withDuration, raw.kEnded, OUTCOME_MEASURE.DURATION_OVER_NORM),
    durationNormDays,
    suppressed: [],
  };
  for (const field of ['achievedShare', 'partlyShare', 'notAchievedShare', 'earlyEndingRate', 'reRequestRate'] as const) {
    if (f[field] === null && suppressedRate(field, published, threshold)) f.suppressed.push(field);
  }
  const hide = (fields: readonly ('medianWaitingDays' | 'medianWaitingOverNormDays' | 'medianDurationDays' | 'medianDurationOverNormDays')[]) => {
    for (const field of fields) {
      if (f[field] !== null) f.suppressed.push(field);
      f[field] = null;
    }
  };
  if (!derivedShown(started, threshold)) hide(['medianWaitingDays', 'medianWaitingOverNormDays']);
  if (!derivedShown(ended, threshold)) hide(['medianDurationDays', 'medianDurationOverNormDays']);
  return f;
}

/** A rate is named as suppressed when its published denominator is 1 to threshold - 1 (an empty group has no rate to hide). */
function suppressedRate(
  field: 'achievedShare' | 'partlyShare' | 'notAchievedShare' | 'earlyEndingRate' | 'reRequestRate',
  p: Pick<RawOutcome, 'achieved' | 'partly' | 'notAchieved' | 'reasons' | 'closed'>,
  threshold: number,
): boolean {
  let denominator: number;
  if (field === 'earlyEndingRate') denominator = REASONS.filter((r) => endingKind(r) !== 'EXTERNAL').reduce((s, r) => s + p.reasons[r], 0);
  else if (field === 'reRequestRate') denominator = p.closed;
  else denominator = p.achieved + p.partly + p.notAchieved;
  return denominator > 0 && denominator < threshold;
}

/** The figure an indicator reads from a group's exact figures, and the cases it rests on (for MIN_CASES). */
export function indicatorReading(indicator: OutcomeIndicator, raw: RawOutcome, f: OutcomeFigures): { figure: number | null; cases: number } {
  switch (indicator) {
    case OutcomeIndicator.RE_REQUEST_RATE:
      return { figure: f.reRequestRate, cases: raw.closed };
    case OutcomeIndicator.EARLY_ENDING_RATE:
      return { figure: f.earlyEndingRate, cases: REASONS.filter((r) => endingKind(r) !== 'EXTERNAL').reduce((s, r) => s + raw.reasons[r], 0) };
    case OutcomeIndicator.GOALS_NOT_ACHIEVED_RATE:
      return { figure: f.notAchievedShare, cases: raw.achieved + raw.partly + raw.notAchieved };
    case OutcomeIndicator.MEDIAN_WAITING_OVER_NORM:
      return { figure: f.medianWaitingOverNormDays, cases: raw.started };
    case OutcomeIndicator.MEDIAN_DURATION_OVER_NORM:
      return { figure: f.medianDurationOverNormDays, cases: raw.withDuration };
  }
}
