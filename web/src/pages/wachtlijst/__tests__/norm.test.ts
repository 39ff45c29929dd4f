import { describe, expect, test } from '@jest/globals';
import { parseNormDays } from '../norm';

describe('the waiting norm as typed', () => {
  test.each([
    ['42', 42],
    [' 7 ', 7],
    ['1', 1],
    ['365', 365],
    ['0', null],
    ['366', null],
    ['4,5', null],
    ['', null],
    ['zes weken', null],
  ])('%p: %p', (text, days) => {
    expect(parseNormDays(text)).toBe(days);
  });
});
