import {
  centsProblem,
  clientKeyIdentifiesPerson,
  daysInPeriod,
  hoursProblem,
  isBsn,
  isDateInRange,
  MAX_BUDGET_CENTS,
  MAX_REPORT_CENTS,
} from '../bounds';

describe('isBsn (elfproef)', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['999999999', false],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
    ['1234567820', false],
    ['12345678a', false],
    ['', false],
  ])('%s -> %s', (value, expected) => {
    expect(isBsn(value)).toBe(expected);
  });
});

describe('clientKeyIdentifiesPerson', () => {
  it.each([
    ['K-000123', false],
    ['cl-2026-0042', false],
    ['111222333', true],
    ['123456782', true],
    ['123.456.782', true],
    ['123-456-782', true],
    [' 123456782 ', true],
    ['123456789', false],
    ['Jan de Vries', true],
    ['J.\u00a0Jansen', true],
    ['K 1', true],
    ['Jansen', false],
    ['K-123456782-X', false],
  ])('%j -> %s', (key, expected) => {
    expect(clientKeyIdentifiesPerson(key)).toBe(expected);
  });
});

describe('centsProblem', () => {
  it.each([
    [0, MAX_REPORT_CENTS, 0, null],
    [MAX_REPORT_CENTS, MAX_REPORT_CENTS, 0, null],
    [MAX_REPORT_CENTS + 1, MAX_REPORT_CENTS, 0, 'Must be at most 100000000 cents (EUR 1,000,000).'],
    [9_007_199_254_342_807, MAX_REPORT_CENTS, 0, 'Must be at most 100000000 cents (EUR 1,000,000).'],
    [MAX_BUDGET_CENTS, MAX_BUDGET_CENTS, 0, null],
    [MAX_BUDGET_CENTS + 1, MAX_BUDGET_CENTS, 0, 'Must be at most 1000000000000 cents (EUR 10,000,000,000).'],
    [-1, MAX_REPORT_CENTS, 0, 'Must be a whole number of zero or more.'],
    [0.5, MAX_REPORT_CENTS, 0, 'Must be a whole number of zero or more.'],
    [0, MAX_BUDGET_CENTS, 1, 'Must be a whole number of cents above zero.'],
    [1, MAX_BUDGET_CENTS, 1, null],
  ])('%d within %d (min %d) -> %j', (value, max, min, expected) => {
    expect(centsProblem(value, max, min)).toBe(expected);
  });
});

describe('hoursProblem: at most 24 hours per day of the period', () => {
  it.each([
    [0, '2026-05-01', '2026-05-01', null],
    [24, '2026-05-01', '2026-05-01', null],
    [24.01, '2026-05-01', '2026-05-01', 'Must be at most 24 hours per day of the period (24).'],
    [744, '2026-05-01', '2026-05-31', null],
    [744.5, '2026-05-01', '2026-05-31', 'Must be at most 24 hours per day of the period (744).'],
    [696, '2024-02-01', '2024-02-29', null],
    [697, '2024-02-01', '2024-02-29', 'Must be at most 24 hours per day of the period (696).'],
    [-1, '2026-05-01', '2026-05-31', 'Must be zero or more.'],
    [Number.NaN, '2026-05-01', '2026-05-31', 'Must be zero or more.'],
  ])('%d hours in %s..%s -> %j', (hours, start, end, expected) => {
    expect(hoursProblem(hours, start, end)).toBe(expected);
  });

  it('counts the days of a period, both ends included, across a DST change', () => {
    expect(daysInPeriod('2026-03-01', '2026-03-31')).toBe(31);
    expect(daysInPeriod('2026-10-25', '2026-10-26')).toBe(2);
  });
});

describe('isDateInRange', () => {
  it.each([
    ['1900-01-01', true],
    ['1899-12-31', false],
    ['0000-01-01', false],
    ['2200-12-31', true],
    ['2201-01-01', false],
    ['9999-12-31', false],
    ['2026-06-15', true],
  ])('%s -> %s', (value, expected) => {
    expect(isDateInRange(value)).toBe(expected);
  });
});
