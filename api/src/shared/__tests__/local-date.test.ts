import { LocalDateResolver } from 'graphql-scalars';
import { installFastLocalDateSerialize } from '../graphql/fast-paths';
import { daysBetween, quarterBounds } from '../local-date';

/** graphql-scalars' own answer: the value, or the message of the error it throws. */
const original = LocalDateResolver.serialize.bind(LocalDateResolver);
const outcome = (serialize: (value: unknown) => unknown, value: unknown): unknown => {
  try {
    return serialize(value);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('the fast LocalDate serializer', () => {
  beforeAll(() => installFastLocalDateSerialize());

  it('answers every day of four years (two leap years, a century) exactly as graphql-scalars does', () => {
    const values: string[] = [];
    for (const year of [1900, 2000, 2023, 2024]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) values.push(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
      }
    }
    expect(values.length).toBe(4 * 14 * 33);
    const accepted = values.filter((v) => outcome((x) => LocalDateResolver.serialize(x), v) === v);
    // 365 + 366 + 365 + 366 real dates, and nothing else.
    expect(accepted.length).toBe(1462);
    for (const value of values) expect(outcome((v) => LocalDateResolver.serialize(v), value)).toEqual(outcome(original, value));
  });

  it('refuses malformed text as graphql-scalars does', () => {
    const values: unknown[] = ['2024-1-01', '2024-01-1', ' 2024-01-01', '2024-01-01 ', '2024/01/01', '2024-0a-01', 'abcd-ef-gh', '', '20240101', 20240101, null, {}];
    for (const value of values) {
      const fast = outcome((v) => LocalDateResolver.serialize(v), value);
      expect(fast).toEqual(outcome(original, value));
      expect(fast).not.toBe(value);
    }
  });
});

describe('calendar days between two dates, and the quarters of a year', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 0],
    ['2026-01-01', '2026-12-31', 364],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-03-29', '2026-03-30', 1],
    ['2026-02-01', '2026-01-01', -31],
  ])('%s to %s: %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    [2026, 1, { from: '2026-01-01', to: '2026-03-31' }],
    [2026, 2, { from: '2026-04-01', to: '2026-06-30' }],
    [2026, 3, { from: '2026-07-01', to: '2026-09-30' }],
    [2026, 4, { from: '2026-10-01', to: '2026-12-31' }],
  ])('%i Q%i: %j', (year, quarter, bounds) => {
    expect(quarterBounds(year, quarter)).toEqual(bounds);
  });
});
