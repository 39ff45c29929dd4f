import { describe, expect, test } from '@jest/globals';
import { formatDateInput, parseDateInput } from '../format';

describe('a typed date', () => {
  test.each([
    ['28-11-2026', '2026-11-28'],
    ['1-2-2026', '2026-02-01'],
    ['01/02/2026', '2026-02-01'],
    ['1.2.2026', '2026-02-01'],
    [' 29-02-2024 ', '2024-02-29'],
    ['2026-11-28', '2026-11-28'],
    ['29-02-2026', null],
    ['31-04-2026', null],
    ['13-13-2026', null],
    ['28-11-26', null],
    ['11/28/2026', null],
    ['', null],
    ['morgen', null],
  ])('%s is read as %s', (typed, expected) => {
    expect(parseDateInput(typed)).toBe(expected);
  });

  test('is shown day-month-year, and what is no date stays as typed', () => {
    expect(formatDateInput('2026-01-05')).toBe('05-01-2026');
    expect(formatDateInput('5 jan')).toBe('5 jan');
  });
});
