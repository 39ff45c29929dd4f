import { describe, expect, test } from '@jest/globals';
import { costLine, monthState } from '../running-month';

describe('monthState', () => {
  test('a month before the month of today is over, the month of today runs, a later one is to come', () => {
    expect(monthState('2026-11-01', '2026-12-01')).toBe('done');
    expect(monthState('2025-12-01', '2026-01-15')).toBe('done');
    expect(monthState('2026-12-01', '2026-12-01')).toBe('running');
    expect(monthState('2026-12-01', '2026-12-31')).toBe('running');
    expect(monthState('2027-01-01', '2026-12-31')).toBe('future');
  });

  test('a period that starts within its month (the first of a chosen period) counts by its month', () => {
    expect(monthState('2026-12-15', '2026-12-01')).toBe('running');
    expect(monthState('2026-03-15', '2026-12-01')).toBe('done');
  });
});

describe('costLine', () => {
  test('euros for the months that are over; the running month and later ones are left out, not drawn as € 0', () => {
    const series = [
      { periodStart: '2026-10-01', costCents: 1234500 },
      { periodStart: '2026-11-01', costCents: null },
      { periodStart: '2026-12-01', costCents: 0 },
      { periodStart: '2027-01-01', costCents: 0 },
    ];
    expect(costLine(series, '2026-12-01')).toEqual([12345, null, null, null]);
    expect(costLine(series, '2027-02-01')).toEqual([12345, null, 0, 0]);
  });
});
