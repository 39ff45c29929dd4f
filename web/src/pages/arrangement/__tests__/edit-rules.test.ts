import { describe, expect, it } from '@jest/globals';
import { COMPARED, shownValue } from '../edit-rules';

const field = (key: (typeof COMPARED)[number]['key']) => {
  const found = COMPARED.find((f) => f.key === key);
  if (!found) throw new Error(`no compared field ${key}`);
  return found;
};

describe('a version conflict shows both sides alike', () => {
  it.each([
    ['plannedCost', '1250,00', /^€\s1\.250,00$/],
    ['plannedCost', '1.500,00', /^€\s1\.500,00$/],
    ['plannedCost', 'veel', /^veel$/],
    ['startsOn', '2026-11-29', /^29 november 2026$/],
    ['hoursPerWeek', '2,5', /^2,5$/],
    ['goals', '', /^—$/],
  ] as const)('%s %j is shown as %s', (key, value, shown) => {
    expect(shownValue(field(key), value)).toMatch(shown);
  });
});
