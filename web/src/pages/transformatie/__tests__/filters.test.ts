import { describe, expect, test } from '@jest/globals';
import { defaultFilters, filtersFromSearch, searchOfFilters } from '../filters';

const TODAY = '2026-11-29';

describe('the Transformatie page reads its view from the address', () => {
  test('without parameters: three calendar years up to today, per quarter, every provider', () => {
    expect(filtersFromSearch(new URLSearchParams(), TODAY)).toEqual({ from: '2024-01-01', to: TODAY, granularity: 'QUARTER', providerId: null });
    expect(defaultFilters(TODAY).from).toBe('2024-01-01');
  });

  test.each([
    ['van=2025-01-01&tot=2025-12-31&per=maand&aanbieder=UHJvdmlkZXI6MQ', { from: '2025-01-01', to: '2025-12-31', granularity: 'MONTH', providerId: 'UHJvdmlkZXI6MQ' }],
    ['van=2025-13-01&tot=2025-12-31', { from: '2024-01-01', to: '2025-12-31', granularity: 'QUARTER', providerId: null }],
    ['van=2025-06-01&tot=2025-01-01', { from: '2025-06-01', to: TODAY, granularity: 'QUARTER', providerId: null }],
    ['per=jaar&aanbieder=', { from: '2024-01-01', to: TODAY, granularity: 'QUARTER', providerId: null }],
  ])('%s', (query, expected) => {
    expect(filtersFromSearch(new URLSearchParams(query), TODAY)).toEqual(expected);
  });

  test('a view written to the address reads back the same', () => {
    const view = { from: '2025-04-01', to: '2025-09-30', granularity: 'MONTH', providerId: 'UHJvdmlkZXI6Mw' } as const;
    expect(filtersFromSearch(new URLSearchParams(searchOfFilters(view)), TODAY)).toEqual(view);
  });
});
