import { describe, expect, test } from '@jest/globals';
import { crossed, outcomesExcelCsv, parseThreshold, reading, type OutcomeFigures, type Outcomes } from '../outcomes';

const figures = (over: Partial<OutcomeFigures> = {}): OutcomeFigures => ({
  ended: 6,
  goalAttainment: { achieved: 2, partly: 1, notAchieved: 2 },
  achievedShare: 0.4,
  notAchievedShare: 0.4,
  endReasons: [
    { reason: 'GOALS_ACHIEVED', count: 2 },
    { reason: 'CLIENT_WITHDREW', count: 1 },
    { reason: 'REFERRED_ELSEWHERE', count: 1 },
    { reason: 'MOVED_AWAY', count: 1 },
    { reason: 'OTHER', count: 1 },
  ],
  earlyEndings: 3,
  earlyEndingRate: 0.6,
  reRequestWindowsClosed: 5,
  reRequests: 2,
  reRequestRate: 0.4,
  reRequestWindowsOpen: 1,
  started: 3,
  medianWaitingDays: 30,
  medianWaitingOverNormDays: -12,
  medianDurationDays: 182.5,
  medianDurationOverNormDays: -182.5,
  suppressed: [],
  ...over,
});

describe('reading: the figure of an indicator and its cases, as the API reads them', () => {
  test.each([
    ['RE_REQUEST_RATE', 0.4, 5],
    ['EARLY_ENDING_RATE', 0.6, 5],
    ['GOALS_NOT_ACHIEVED_RATE', 0.4, 5],
    ['MEDIAN_WAITING_OVER_NORM', -12, 3],
    ['MEDIAN_DURATION_OVER_NORM', -182.5, 6],
  ] as const)('%s', (indicator, figure, cases) => {
    expect(reading(indicator, figures())).toEqual({ figure, cases });
  });

  test('a figure above its threshold on 5 or more cases is marked; on fewer, or at the threshold, not', () => {
    const marks = crossed(figures(), [
      { indicator: 'RE_REQUEST_RATE', value: 0.3 },
      { indicator: 'EARLY_ENDING_RATE', value: 0.6 },
      { indicator: 'MEDIAN_WAITING_OVER_NORM', value: -20 },
    ]);
    expect([...marks]).toEqual(['RE_REQUEST_RATE']);
  });
});

describe('parseThreshold: a percentage for the rates, whole days for the medians', () => {
  test.each([
    ['RE_REQUEST_RATE', '25', 0.25],
    ['RE_REQUEST_RATE', '12,5%', 0.125],
    ['RE_REQUEST_RATE', '150', null],
    ['RE_REQUEST_RATE', 'veel', null],
    ['MEDIAN_WAITING_OVER_NORM', '14', 14],
    ['MEDIAN_WAITING_OVER_NORM', '2,5', null],
    ['MEDIAN_DURATION_OVER_NORM', '4000', null],
  ] as const)('%s %p → %p', (indicator, text, value) => {
    expect(parseThreshold(indicator, text)).toBe(value);
  });
});

test('the CSV is for Dutch Excel: BOM, semicolons, decimal comma, dd-mm-jjjj, a left-out figure as < 5', () => {
  const o = {
    period: { from: '2025-07-01', to: '2025-12-31' },
    waitingNormDays: 42,
    durationNorms: [],
    total: figures(),
    byProvider: [{ provider: { id: 'p', name: 'Zorggroep; Test' }, figures: figures({ reRequestRate: null, suppressed: ['reRequestRate'] }) }],
  } as Outcomes;
  const [header, total, provider] = outcomesExcelCsv(o).split('\r\n');
  expect(header?.startsWith('\ufeffNiveau;Naam;Van;Tot en met;Beëindigd')).toBe(true);
  expect(total).toBe('Totaal;Alle aanbieders in de keuze;01-07-2025;31-12-2025;6;2;2;40,0;3;60,0;5;2;40,0;1;3;30,0;-12,0;182,5;-182,5');
  expect(provider?.startsWith('Aanbieder;"Zorggroep; Test";')).toBe(true);
  expect(provider).toContain(';5;2;< 5;1;');
});
