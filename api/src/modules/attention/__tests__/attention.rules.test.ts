import {
  AttentionSeverityLevel as S,
  budgetVerdict,
  compareAttention,
  daysLate,
  elapsedShare,
  lastWholeMonth,
  lateSeverity,
  unsignedSeverity,
} from '../attention.rules';

describe('daysLate', () => {
  it.each([
    ['2026-06-14', '2026-06-15', 1],
    ['2026-06-15', '2026-06-15', null],
    ['2026-06-16', '2026-06-15', null],
    ['2026-02-28', '2026-03-01', 1],
    ['2025-12-31', '2026-01-14', 14],
  ])('due %s, today %s: %p', (due, today, expected) => {
    expect(daysLate(due, today)).toBe(expected);
  });
});

describe('lateSeverity', () => {
  it.each([
    [1, S.WARNING],
    [13, S.WARNING],
    [14, S.URGENT],
    [200, S.URGENT],
  ])('%i days late: %s', (days, expected) => {
    expect(lateSeverity(days)).toBe(expected);
  });
});

describe('elapsedShare', () => {
  it.each([
    ['2026-01-01', '2026-12-31', '2025-12-31', 0],
    ['2026-01-01', '2026-12-31', '2026-12-31', 1],
    ['2026-01-01', '2026-12-31', '2027-03-01', 1],
    ['2026-01-01', '2026-01-10', '2026-01-05', 0.5],
  ])('%s..%s on %s: %p', (from, to, today, expected) => {
    expect(elapsedShare(from, to, today)).toBeCloseTo(expected, 5);
  });
});

describe('budgetVerdict', () => {
  it.each([
    ['no budget', 100, null, 0.5, null],
    ['a zero budget', 100, 0, 0.5, null],
    ['exceeded', 1000, 1000, 0.5, { reason: 'BUDGET_EXCEEDED', severity: S.URGENT, ratio: 1 }],
    ['far exceeded', 2500, 1000, 1, { reason: 'BUDGET_EXCEEDED', severity: S.URGENT, ratio: 2.5 }],
    ['90% used, late in the year', 900, 1000, 0.95, { reason: 'BUDGET_NEARLY_USED', severity: S.WARNING, ratio: 0.9 }],
    ['89.9% used, late in the year', 899, 1000, 0.95, null],
    ['ahead of pace: 61% at half-time', 610, 1000, 0.5, { reason: 'BUDGET_AHEAD_OF_PACE', severity: S.WARNING, ratio: 0.61 }],
    ['on pace: 60% at half-time', 600, 1000, 0.5, null],
    ['under: 10% at half-time', 100, 1000, 0.5, null],
  ])('%s', (_name, cost, budget, elapsed, expected) => {
    expect(budgetVerdict(cost, budget, elapsed)).toEqual(expected);
  });
});

describe('unsignedSeverity', () => {
  it.each([
    ['2026-07-01', '2026-06-15', S.WARNING],
    ['2026-06-15', '2026-06-15', S.URGENT],
    ['2026-01-01', '2026-06-15', S.URGENT],
  ])('starts %s, today %s: %s', (startsOn, today, expected) => {
    expect(unsignedSeverity(startsOn, today)).toBe(expected);
  });
});

describe('lastWholeMonth', () => {
  it.each([
    ['2026-06-15', '2026-05-01', '2026-05-31'],
    ['2026-01-01', '2025-12-01', '2025-12-31'],
    ['2028-03-31', '2028-02-01', '2028-02-29'],
  ])('on %s: %s..%s', (today, from, to) => {
    expect(lastWholeMonth(today)).toEqual({ from, to });
  });
});

describe('compareAttention', () => {
  const base = { kind: 'ACTION_OVERDUE', subjectId: 'x', dueOn: null as string | null, daysLate: null as number | null };
  it('puts urgent before warning before info, then the latest first', () => {
    const items = [
      { ...base, severity: S.INFO, subjectId: 'info' },
      { ...base, severity: S.WARNING, daysLate: 3, subjectId: 'w3' },
      { ...base, severity: S.URGENT, daysLate: 20, subjectId: 'u20' },
      { ...base, severity: S.WARNING, daysLate: 9, subjectId: 'w9' },
      { ...base, severity: S.URGENT, daysLate: 40, subjectId: 'u40' },
    ];
    expect(items.sort(compareAttention).map((i) => i.subjectId)).toEqual(['u40', 'u20', 'w9', 'w3', 'info']);
  });
});
