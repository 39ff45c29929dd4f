import { describe, expect, test } from '@jest/globals';
import { formatEuroAxis, niceScale } from '../chart-scale';

describe('niceScale', () => {
  test.each([
    [[], null],
    [[null, null], null],
    [[0, 0, 0, 0, 0], null],
    [[0, 3], { max: 3, ticks: [0, 1, 2, 3] }],
    [[12_345], { max: 15_000, ticks: [0, 5_000, 10_000, 15_000] }],
    [[10, 20, 40], { max: 40, ticks: [0, 10, 20, 30, 40] }],
    [[0.4], { max: 0.4, ticks: [0, 0.1, 0.2, 0.3, 0.4] }],
    [[99_000, null, 15], { max: 100_000, ticks: [0, 25_000, 50_000, 75_000, 100_000] }],
  ])('%p → %p', (values, expected) => {
    expect(niceScale(values)).toEqual(expected);
  });

  test('whole steps when asked: 3 euros is 0, 1, 2, 3, not quarters', () => {
    expect(niceScale([1], { minStep: 1 })).toEqual({ max: 1, ticks: [0, 1] });
  });

  test('never repeats a tick, so no axis reads "€ 0" five times', () => {
    for (const max of [1, 7, 13, 250, 999, 1_000_001]) {
      const ticks = niceScale([max], { minStep: 1 })!.ticks.map(formatEuroAxis);
      expect(new Set(ticks).size).toBe(ticks.length);
    }
  });
});

describe('formatEuroAxis', () => {
  test.each([
    [0, '€ 0'],
    [12_500, '€ 12.500'],
    [1_250_000, '€ 1,25 mln.'],
  ])('%p → %p', (euros, text) => {
    expect(formatEuroAxis(euros).replace(/\u00a0/g, ' ')).toBe(text);
  });
});
