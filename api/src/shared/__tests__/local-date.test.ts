import { daysBetween, quarterBounds } from '../local-date';

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
