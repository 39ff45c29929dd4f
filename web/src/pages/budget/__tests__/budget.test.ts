import { describe, expect, test } from '@jest/globals';
import type { BudgetDecisionsQuery } from '../../../gql/graphql';
import { barWidth } from '../../overview/allocation-bar';
import { decisionOptions, defaultConvenant } from '../budget-choices';
import type { BudgetConvenant } from '../types';

const convenant = (id: string, status: BudgetConvenant['status']): BudgetConvenant => ({
  id,
  title: id,
  status,
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  budgetCents: 100,
  parties: [],
});

describe('the convenant the budget page opens with', () => {
  test('the one in force, else one that has not ended, else none', () => {
    expect(defaultConvenant([convenant('a', 'DRAFT'), convenant('b', 'IN_FORCE')])?.id).toBe('b');
    expect(defaultConvenant([convenant('a', 'ENDED'), convenant('c', 'OPEN_FOR_SIGNING')])?.id).toBe('c');
    expect(defaultConvenant([convenant('a', 'ENDED')])).toBeNull();
  });
});

describe('the decisions a reallocation can name', () => {
  test('every decision of an overleg except rejections, newest first, with the overleg and the text cut short', () => {
    const data = {
      overleggen: {
        edges: [
          {
            node: {
              id: 'o1',
              title: 'Beleidsoverleg juni',
              decisions: [
                { id: 'd1', text: 'Meer budget voor dagbesteding', decidedOn: '2026-06-01', outcome: 'ADOPTED' },
                { id: 'd2', text: 'Afgewezen', decidedOn: '2026-06-02', outcome: 'REJECTED' },
                { id: 'd3', text: 'x'.repeat(100), decidedOn: '2026-06-10', outcome: 'AMENDED' },
              ],
            },
          },
        ],
      },
    } as unknown as BudgetDecisionsQuery;
    const options = decisionOptions(data);
    expect(options.map((o) => o.value)).toEqual(['d3', 'd1']);
    expect(options[1]!.label).toBe('1 juni 2026, Beleidsoverleg juni: Meer budget voor dagbesteding');
    expect(options[0]!.label.endsWith('…')).toBe(true);
  });
});

describe('the bar of cost against allocation', () => {
  test.each([
    [0, 0],
    [0.456, 46],
    [1, 100],
    [1.4, 100],
    [-0.1, 0],
  ])('%p fills %i%%', (ratio, width) => {
    expect(barWidth(ratio)).toBe(width);
  });
});
