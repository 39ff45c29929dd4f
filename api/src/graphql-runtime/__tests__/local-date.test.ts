import { LocalDateResolver } from 'graphql-scalars';
import { installFastLocalDateSerialize } from '../fast-paths';

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
