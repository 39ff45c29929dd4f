import {
  allocationExcess,
  allocationForYear,
  allocationsInPeriod,
  allocationUsedRatio,
  planFitsAllocation,
  reallocationRefusal,
} from '../budget.rules';

describe("a convenant's allocations together stay within its budget", () => {
  it.each([
    [0, 100, 100, null],
    [40, 60, 100, null],
    [40, 61, 100, 1],
    [0, 101, 100, 1],
    [100, 0, 100, null],
    [0, 1, 0, 1],
  ])('others %i + %i against a budget of %i: exceeds by %p', (others, amount, budget, excess) => {
    expect(allocationExcess(others, amount, budget)).toBe(excess);
  });
});

describe('a reallocation moves between two allocations of one convenant in force, backed by a decision', () => {
  const move = { fromId: 1, toId: 2, fromConvenantId: 7, toConvenantId: 7, fromAmountCents: 500, amountCents: 500, convenantInForce: true, decisionRejected: false };
  it.each([
    [{}, null],
    [{ toId: 1 }, 'SAME_ALLOCATION'],
    [{ toConvenantId: 8 }, 'OTHER_CONVENANT'],
    [{ convenantInForce: false }, 'CONVENANT_NOT_IN_FORCE'],
    [{ decisionRejected: true }, 'DECISION_REJECTED'],
    [{ amountCents: 501 }, 'MORE_THAN_ALLOCATED'],
  ])('%j: %p', (change, refusal) => {
    expect(reallocationRefusal({ ...move, ...change })).toBe(refusal);
  });
});

describe("a provider's allocation for a year: each convenant's share of the days of the year it covers", () => {
  const twoYears = { startsOn: '2026-01-01', endsOn: '2027-12-31', amountCents: 730_00 };
  it.each([
    [[], 2026, null],
    [[twoYears], 2025, null],
    [[twoYears], 2026, 365_00],
    [[twoYears], 2027, 365_00],
    [[{ startsOn: '2026-07-01', endsOn: '2026-12-31', amountCents: 1000 }], 2026, 1000],
    [[twoYears, { startsOn: '2026-01-01', endsOn: '2026-12-31', amountCents: 1 }], 2026, 365_01],
  ])('%j in %i: %p', (allocations, year, expected) => {
    expect(allocationForYear(allocations, year)).toBe(expected);
  });
});

describe("an annual plan fits its provider's allocation; without one it fits", () => {
  it.each([
    [100, null, true],
    [100, 100, true],
    [101, 100, false],
    [0, 0, true],
  ])('plan %i against allocation %p: %p', (plan, allocation, fits) => {
    expect(planFitsAllocation(plan, allocation)).toBe(fits);
  });
});

describe('allocations in a period, for the whole, per provider and per category', () => {
  it('counts each pro rata over the period and keeps "none" apart from zero', () => {
    expect(allocationsInPeriod(null, '2026-01-01', '2026-12-31')).toBeNull();
    expect(allocationsInPeriod([], '2026-01-01', '2026-12-31')).toBeNull();
    const totals = allocationsInPeriod(
      [
        { providerId: 1, productCategory: 'BEGELEIDING', amountCents: 730_00, startsOn: '2026-01-01', endsOn: '2027-12-31' },
        { providerId: 1, productCategory: 'DAGBESTEDING', amountCents: 0, startsOn: '2026-01-01', endsOn: '2027-12-31' },
        { providerId: 2, productCategory: 'BEGELEIDING', amountCents: 365_00, startsOn: '2026-01-01', endsOn: '2026-12-31' },
      ],
      '2026-01-01',
      '2026-01-31',
    );
    expect(totals).toEqual({
      total: 62_00,
      byProvider: new Map([
        [1, 31_00],
        [2, 31_00],
      ]),
      byCategory: new Map([
        ['BEGELEIDING', 62_00],
        ['DAGBESTEDING', 0],
      ]),
    });
  });

  it.each([
    [50, 100, 0.5],
    [1, 3, 0.3333],
    [null, 100, null],
    [50, null, null],
    [50, 0, null],
  ])('cost %p against allocation %p: %p', (cost, allocation, ratio) => {
    expect(allocationUsedRatio(cost, allocation)).toBe(ratio);
  });
});
