import { expect, test } from '@jest/globals';
import { quarterLabel, quarterShortLabel } from '../quarter';

test.each([
  ['2026-01-01', '1e kwartaal 2026', '1e kw. 2026'],
  ['2026-04-01', '2e kwartaal 2026', '2e kw. 2026'],
  ['2025-09-30', '3e kwartaal 2025', '3e kw. 2025'],
  ['2025-12-01', '4e kwartaal 2025', '4e kw. 2025'],
])('the quarter of %s is "%s", on a chart "%s"', (start, long, short) => {
  expect(quarterLabel(start)).toBe(long);
  expect(quarterShortLabel(start)).toBe(short);
});
