import { describe, expect, test } from '@jest/globals';
import { providerBudgets, type HomeFigures } from '../year-figures';

type Row = HomeFigures['thisYear']['byProvider'][number];

function figures(rows: Partial<Row>[], plans: { provider: string; status: string; budgetCents: number }[] = []): HomeFigures {
  return {
    thisYear: {
      byProvider: rows.map((r, i) => ({
        provider: { id: `P${i}`, name: `Aanbieder ${i}` },
        costCents: null,
        allocationCents: null,
        allocationUsedRatio: null,
        ...r,
      })),
    },
    annualPlans: { edges: plans.map((p, i) => ({ node: { id: `J${i}`, status: p.status, budgetCents: p.budgetCents, provider: { id: p.provider } } })) },
  } as unknown as HomeFigures;
}

describe('providerBudgets', () => {
  test('the adopted annual plan is the first basis, also when the convenant allots a budget', () => {
    const [p] = providerBudgets(
      figures([{ costCents: 50_000_00, allocationCents: 40_000_00, allocationUsedRatio: 1.25 }], [{ provider: 'P0', status: 'ADOPTED', budgetCents: 100_000_00 }]),
    );
    expect(p).toMatchObject({ basis: 'plan', budgetCents: 100_000_00, ratio: 0.5 });
  });

  test('without an adopted plan: the budget allotted for the period, with the ratio the overview shows', () => {
    const [p] = providerBudgets(
      figures([{ costCents: 130_604_60, allocationCents: 71_196_10, allocationUsedRatio: 1.8344 }], [{ provider: 'P0', status: 'DRAFT', budgetCents: 1 }]),
    );
    expect(p).toEqual({ id: 'P0', name: 'Aanbieder 0', costCents: 130_604_60, basis: 'allocation', budgetCents: 71_196_10, ratio: 1.8344 });
  });

  test('without either: no basis, no ratio (the page draws the cost beside the largest provider’s)', () => {
    const rows = providerBudgets(figures([{ costCents: 1_000_00 }, { costCents: 2_000_00, allocationCents: 0 }], [{ provider: 'P1', status: 'ADOPTED', budgetCents: 0 }]));
    expect(rows.map((r) => [r.basis, r.budgetCents, r.ratio])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
  });

  test('without cost: the basis, no ratio', () => {
    const [p] = providerBudgets(figures([{ costCents: null, allocationCents: 5_000_00, allocationUsedRatio: null }]));
    expect(p).toMatchObject({ basis: 'allocation', budgetCents: 5_000_00, ratio: null });
  });
});
