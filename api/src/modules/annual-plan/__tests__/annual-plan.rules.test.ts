import { ReviewAttendeeRole } from '../annual-plan.entity';
import { annualBudget, attainmentRatio, missingReviewRoles, quarterVariance, ratio } from '../annual-plan.rules';

describe("a plan's year budget is the sum of its lines", () => {
  it.each([
    [[], 0],
    [[{ amountCents: 100 }], 100],
    [[{ amountCents: 100 }, { amountCents: 250_00 }, { amountCents: 0 }], 25_100],
  ])('%j: %i', (lines, total) => {
    expect(annualBudget(lines)).toBe(total);
  });
});

describe("a goal's attainment is what was realised against its target, to four decimals", () => {
  it.each([
    [5, 10, 0.5],
    [1, 3, 0.3333],
    [2, 3, 0.6667],
    [12, 10, 1.2],
    [0, 10, 0],
    [5, 0, null],
  ])('%d of %d: %p', (realised, target, expected) => {
    expect(attainmentRatio(realised, target)).toBe(expected);
  });

  it('is the same ratio as the spent ratio', () => {
    expect(ratio(1, 8)).toBe(0.125);
  });
});

describe("a quarter's variance: spent against the year's budget pro rata over the quarter's days", () => {
  it.each([
    // 2026 has 365 days; Q1 90, Q2 91, Q3 and Q4 92.
    [365_000, 90_000, 2026, 1, { budgetCents: 90_000, differenceCents: 0, spentRatio: 1 }],
    [365_000, 100_000, 2026, 2, { budgetCents: 91_000, differenceCents: 9_000, spentRatio: 1.0989 }],
    [365_000, 46_000, 2026, 4, { budgetCents: 92_000, differenceCents: -46_000, spentRatio: 0.5 }],
    // A leap year's first quarter has 91 of 366 days.
    [366_000, 0, 2028, 1, { budgetCents: 91_000, differenceCents: -91_000, spentRatio: 0 }],
    [0, 500, 2026, 3, { budgetCents: 0, differenceCents: 500, spentRatio: null }],
  ])('budget %i, spent %i in %i Q%i', (annual, spent, year, quarter, expected) => {
    expect(quarterVariance(annual, spent, year, quarter)).toEqual({ annualBudgetCents: annual, spentCents: spent, ...expected });
  });
});

describe('a quarterly review is held with the board, the head of finance and the kerngroep delegation', () => {
  const { BOARD, HEAD_OF_FINANCE, KERNGROEP, PROVIDER } = ReviewAttendeeRole;
  it.each([
    [[BOARD, HEAD_OF_FINANCE, KERNGROEP], []],
    [[KERNGROEP, KERNGROEP, BOARD, HEAD_OF_FINANCE, PROVIDER], []],
    [[BOARD, KERNGROEP], [HEAD_OF_FINANCE]],
    [[KERNGROEP], [BOARD, HEAD_OF_FINANCE]],
    [[PROVIDER], [BOARD, HEAD_OF_FINANCE, KERNGROEP]],
  ])('%j: missing %j', (roles, missing) => {
    expect(missingReviewRoles(roles.map((role) => ({ role })))).toEqual(missing);
  });
});
