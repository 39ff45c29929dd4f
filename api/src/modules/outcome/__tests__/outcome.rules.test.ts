import { EndReason } from '../../arrangement/arrangement.entity';
import { OutcomeIndicator } from '../outcome.entity';
import { exactFigures, indicatorReading, protectedFigures, type RawOutcome } from '../outcome.figures';
import {
  addMonths,
  endingKind,
  isReRequest,
  median,
  MIN_CASES,
  overNorm,
  rate,
  reRequestWindowClosed,
  reRequestWindowEnd,
  rollingWindow,
  thresholdCrossed,
  thresholdProblem,
} from '../outcome.rules';

describe('early endings: which end reasons count', () => {
  it.each([
    [EndReason.GOALS_ACHIEVED, 'PLANNED'],
    [EndReason.NO_LONGER_NEEDED, 'PLANNED'],
    [EndReason.CLIENT_WITHDREW, 'EARLY'],
    [EndReason.REFERRED_ELSEWHERE, 'EARLY'],
    [EndReason.OTHER, 'EARLY'],
    [null, 'EARLY'],
    [EndReason.MOVED_AWAY, 'EXTERNAL'],
    [EndReason.DECEASED, 'EXTERNAL'],
  ])('%s is %s', (reason, kind) => {
    expect(endingKind(reason)).toBe(kind);
  });
});

describe('six calendar months, as PostgreSQL adds an interval', () => {
  it.each([
    ['2026-01-15', 6, '2026-07-15'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-12-31', -12, '2025-12-31'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    // ended, requested again, counts
    ['2026-01-15', '2026-01-15', true],
    ['2026-01-15', '2026-07-15', true],
    ['2026-01-15', '2026-07-16', false],
    ['2026-01-15', '2026-01-14', false],
  ])('ended %s, new request %s: re-request %p', (endedOn, requestedOn, expected) => {
    expect(isReRequest(endedOn, requestedOn)).toBe(expected);
  });

  it.each([
    ['2026-01-15', '2026-07-15', false],
    ['2026-01-15', '2026-07-16', true],
  ])('ended %s, today %s: window closed %p', (endedOn, today, closed) => {
    expect(reRequestWindowEnd(endedOn)).toBe('2026-07-15');
    expect(reRequestWindowClosed(endedOn, today)).toBe(closed);
  });
});

describe('the rolling window: the last twelve months up to today', () => {
  it.each([
    ['2026-06-15', '2025-06-16'],
    ['2026-03-01', '2025-03-02'],
  ])('today %s: from %s', (today, from) => {
    expect(rollingWindow(today)).toEqual({ from, to: today });
  });
});

describe('rates and medians', () => {
  it.each([
    [1, 3, 1, 0.3333],
    [0, 4, 1, 0],
    [2, 0, 1, null],
    [2, 4, 5, null],
    [5, 5, 5, 1],
  ])('%i / %i (shown from %i): %p', (n, d, min, expected) => {
    expect(rate(n, d, min)).toBe(expected);
  });
  it.each([
    [[], null],
    [[7], 7],
    [[3, 1, 2], 2],
    [[1, 2, 3, 10], 2.5],
  ])('median of %p is %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
  it.each([
    [50, 42, 8],
    [30, 42, -12],
    [null, 42, null],
  ])('median %p against norm %i: %p over', (m, norm, expected) => {
    expect(overNorm(m, norm)).toBe(expected);
  });
});

describe('a threshold is crossed above it, on enough cases', () => {
  it.each([
    [0.3, 0.25, 5, true],
    [0.25, 0.25, 5, false],
    [0.3, 0.25, MIN_CASES - 1, false],
    [null, 0.25, 10, false],
    [1, 0, 5, true],
  ])('%p over %p on %i cases: %p', (figure, threshold, cases, expected) => {
    expect(thresholdCrossed(figure, threshold, cases)).toBe(expected);
  });

  it.each([
    [OutcomeIndicator.RE_REQUEST_RATE, 0.25, null],
    [OutcomeIndicator.RE_REQUEST_RATE, 0, null],
    [OutcomeIndicator.EARLY_ENDING_RATE, 1.5, 'A rate threshold must be a share from 0 to 1.'],
    [OutcomeIndicator.GOALS_NOT_ACHIEVED_RATE, -0.1, 'A rate threshold must be a share from 0 to 1.'],
    [OutcomeIndicator.MEDIAN_WAITING_OVER_NORM, 14, null],
    [OutcomeIndicator.MEDIAN_WAITING_OVER_NORM, 1.5, 'A threshold in days must be a whole number from 0 to 3650.'],
    [OutcomeIndicator.MEDIAN_DURATION_OVER_NORM, 4000, 'A threshold in days must be a whole number from 0 to 3650.'],
  ])('%s %p: %p', (indicator, value, problem) => {
    expect(thresholdProblem(indicator, value)).toBe(problem);
  });
});

const reasons = (r: Partial<Record<EndReason, number>>): Record<EndReason, number> => ({
  GOALS_ACHIEVED: 0,
  NO_LONGER_NEEDED: 0,
  CLIENT_WITHDREW: 0,
  MOVED_AWAY: 0,
  REFERRED_ELSEWHERE: 0,
  DECEASED: 0,
  OTHER: 0,
  ...r,
});
const RAW: RawOutcome = {
  ended: 10,
  achieved: 4,
  partly: 2,
  notAchieved: 2,
  reasons: reasons({ GOALS_ACHIEVED: 4, NO_LONGER_NEEDED: 1, CLIENT_WITHDREW: 2, OTHER: 1, MOVED_AWAY: 1, DECEASED: 1 }),
  closed: 8,
  reRequested: 2,
  open: 2,
  started: 6,
  medianWaitingDays: 50,
  withDuration: 10,
  medianDurationDays: 300,
  medianDurationOverNormDays: -65,
  kEnded: 123456,
  kNew: 654321,
  kClosed: 111,
  kReRequested: 222,
  kOpen: 333,
};

describe('the exact figures of a group', () => {
  const f = exactFigures(RAW, 42, 365);
  it('shares of the ones with a recorded attainment', () => {
    expect([f.achievedShare, f.partlyShare, f.notAchievedShare]).toEqual([0.5, 0.25, 0.25]);
  });
  it('early: 3 of the 8 endings the provider had a hand in (moved away and deceased left out)', () => {
    expect(f.earlyEndings).toBe(3);
    expect(f.earlyEndingRate).toBe(0.375);
  });
  it('re-requests over the closed windows only', () => {
    expect([f.reRequests, f.reRequestWindowsClosed, f.reRequestRate, f.reRequestWindowsOpen]).toEqual([2, 8, 0.25, 2]);
  });
  it('medians against the norms', () => {
    expect([f.medianWaitingDays, f.medianWaitingOverNormDays, f.medianDurationDays, f.medianDurationOverNormDays, f.durationNormDays]).toEqual([
      50, 8, 300, -65, 365,
    ]);
  });
  it.each([
    [OutcomeIndicator.RE_REQUEST_RATE, 0.25, 8],
    [OutcomeIndicator.EARLY_ENDING_RATE, 0.375, 8],
    [OutcomeIndicator.GOALS_NOT_ACHIEVED_RATE, 0.25, 8],
    [OutcomeIndicator.MEDIAN_WAITING_OVER_NORM, 8, 6],
    [OutcomeIndicator.MEDIAN_DURATION_OVER_NORM, -65, 10],
  ])('%s reads %p on %i cases', (indicator, figure, cases) => {
    expect(indicatorReading(indicator, RAW, f)).toEqual({ figure, cases });
  });
});

describe("the analyst's figures", () => {
  it('are the same for the same records, and rates follow from the published counts', () => {
    const a = protectedFigures(RAW, 42, 365, 5);
    expect(protectedFigures(RAW, 42, 365, 5)).toEqual(a);
    const attained = (a.goalAttainment.achieved ?? 0) + (a.goalAttainment.partly ?? 0) + (a.goalAttainment.notAchieved ?? 0);
    if (attained >= 5) expect(a.achievedShare).toBe(rate(a.goalAttainment.achieved ?? 0, attained));
    expect(a.reRequestRate === null || a.reRequestRate === rate(a.reRequests, a.reRequestWindowsClosed)).toBe(true);
  });
  it('leave out rates and medians of small groups and name them', () => {
    const small: RawOutcome = { ...RAW, ended: 1, achieved: 1, partly: 0, notAchieved: 0, reasons: reasons({ GOALS_ACHIEVED: 1 }), closed: 1, reRequested: 0, open: 0, started: 0, medianWaitingDays: null, withDuration: 1 };
    // Published counts of 1 lie between 1 and 6: find keys whose published counts stay below 5.
    for (let k = 0; k < 200; k++) {
      const f = protectedFigures({ ...small, kEnded: k, kClosed: k }, 42, 365, 5);
      if (f.ended >= 5) continue;
      expect(f.medianDurationDays).toBeNull();
      expect(f.suppressed).toContain('medianDurationDays');
      return;
    }
    throw new Error('no key gave a small published count');
  });
  it('never publish a non-empty count as 0, and an empty one as 0', () => {
    const f = protectedFigures({ ...RAW, open: 0 }, 42, 365, 5);
    expect(f.reRequestWindowsOpen).toBe(0);
    expect(f.ended).toBeGreaterThan(0);
  });
});
