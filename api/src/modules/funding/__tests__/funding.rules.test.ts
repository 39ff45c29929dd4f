import { endDateProblem, flowsOf, overlapDays, paymentDateProblem, positionsOf, proRataBudget, proRataCents, proRataShare } from '../funding.rules';

const YEAR_2026 = { startsOn: '2026-01-01', endsOn: '2026-12-31' };

describe('an amount counts pro rata by calendar days over the part of the period it overlaps', () => {
  it.each([
    [YEAR_2026, '2026-01-01', '2026-12-31', 365],
    [YEAR_2026, '2026-02-01', '2026-02-28', 28],
    [YEAR_2026, '2025-12-01', '2026-01-10', 10],
    [YEAR_2026, '2026-12-31', '2027-03-01', 1],
    [YEAR_2026, '2027-01-01', '2027-12-31', 0],
    [{ startsOn: '2028-02-01', endsOn: '2028-02-29' }, '2028-01-01', '2028-12-31', 29],
  ])('%j over %s..%s: %i days', (span, from, to, days) => {
    expect(overlapDays(span, from, to)).toBe(days);
  });

  it.each([
    [365_000, YEAR_2026, '2026-01-01', '2026-01-31', 31_000],
    [365_000, YEAR_2026, '2025-01-01', '2025-12-31', 0],
    [100, YEAR_2026, '2026-01-01', '2026-01-01', 100 / 365],
  ])('%i cents of %j over %s..%s: %d, not rounded', (amount, span, from, to, share) => {
    expect(proRataShare(amount, span, from, to)).toBeCloseTo(share, 10);
  });
});

describe('an agreement counts in whole cents, half up, up to the day it ended', () => {
  const MAY = { startsOn: '2026-05-01', endsOn: '2026-05-31' };
  it.each<[number, { startsOn: string; endsOn: string }, string, string, string | null, number]>([
    [31_000, MAY, '2026-05-01', '2026-05-31', null, 31_000],
    [31_000, MAY, '2026-05-01', '2026-05-10', null, 10_000],
    // 100 × 15 / 31 = 48.39 → 48; 62 × 1 / 4 = 15.5 → 16 (half up).
    [100, MAY, '2026-05-17', '2026-06-30', null, 48],
    [62, { startsOn: '2026-01-01', endsOn: '2026-01-04' }, '2026-01-04', '2026-01-31', null, 16],
    // Ended on the 10th: the rest of the month no longer counts.
    [31_000, MAY, '2026-05-01', '2026-05-31', '2026-05-10', 10_000],
    [31_000, MAY, '2026-05-11', '2026-05-31', '2026-05-10', 0],
    // EUR 10 billion over ten years of days, exact to the cent.
    [1_000_000_000_000, { startsOn: '2026-01-01', endsOn: '2035-12-31' }, '2026-01-01', '2026-01-01', null, 273_822_563],
  ])('%i cents over %j, asked %s..%s, ended %p: %i', (amount, span, from, to, ended, cents) => {
    expect(proRataCents(amount, span, from, to, ended)).toBe(cents);
  });
});

describe("the convenants' budget in a period is their pro-rata shares summed, rounded once", () => {
  it.each<[{ startsOn: string; endsOn: string; budgetCents: number }[], string, string, number | null]>([
    [[], '2026-01-01', '2026-12-31', null],
    [[{ ...YEAR_2026, budgetCents: 365_000 }], '2026-03-01', '2026-03-31', 31_000],
    // Two shares of 0.5 cent each: rounded once, they make one cent (rounded each, they would make two).
    [
      [
        { startsOn: '2026-01-01', endsOn: '2026-01-02', budgetCents: 1 },
        { startsOn: '2026-01-01', endsOn: '2026-01-02', budgetCents: 1 },
      ],
      '2026-01-01',
      '2026-01-01',
      1,
    ],
    [[{ ...YEAR_2026, budgetCents: 365_000 }], '2027-01-01', '2027-01-31', 0],
  ])('%j over %s..%s: %p', (budgets, from, to, total) => {
    expect(proRataBudget(budgets, from, to)).toBe(total);
  });
});

describe('flows are summed per pair, and net positions follow from them', () => {
  it('sums agreed and paid amounts per pair, ordered by payer then receiver', () => {
    expect(
      flowsOf([
        { fromProviderId: 2, toProviderId: 1, agreedCents: 100, paidCents: 0 },
        { fromProviderId: 1, toProviderId: 2, agreedCents: 0, paidCents: 40 },
        { fromProviderId: 2, toProviderId: 1, agreedCents: 50, paidCents: 0 },
        { fromProviderId: 2, toProviderId: 1, agreedCents: 0, paidCents: 70 },
        { fromProviderId: 1, toProviderId: 3, agreedCents: 0, paidCents: 0 },
      ]),
    ).toEqual([
      { fromProviderId: 1, toProviderId: 2, agreedCents: 0, paidCents: 40 },
      { fromProviderId: 1, toProviderId: 3, agreedCents: 0, paidCents: 0 },
      { fromProviderId: 2, toProviderId: 1, agreedCents: 150, paidCents: 70 },
    ]);
  });

  it('nets what each provider received against what it paid', () => {
    expect(
      positionsOf([
        { fromProviderId: 1, toProviderId: 2, agreedCents: 100, paidCents: 60 },
        { fromProviderId: 2, toProviderId: 3, agreedCents: 30, paidCents: 30 },
      ]),
    ).toEqual([
      { providerId: 1, receivedCents: 0, paidCents: 60, netCents: -60, agreedReceivedCents: 0, agreedPaidCents: 100, agreedNetCents: -100 },
      { providerId: 2, receivedCents: 60, paidCents: 30, netCents: 30, agreedReceivedCents: 100, agreedPaidCents: 30, agreedNetCents: 70 },
      { providerId: 3, receivedCents: 30, paidCents: 0, netCents: 30, agreedReceivedCents: 30, agreedPaidCents: 0, agreedNetCents: 30 },
    ]);
  });
});

describe('a payment lies within the agreement period and is not in the future', () => {
  const MARCH_APRIL = { periodStart: '2026-03-01', periodEnd: '2026-04-30' };
  it.each([
    ['2026-03-01', null],
    ['2026-04-30', null],
    ['2026-02-28', "A payment lies within the agreement's period, 2026-03-01 to 2026-04-30."],
    ['2026-05-01', "A payment lies within the agreement's period, 2026-03-01 to 2026-04-30."],
    ['2026-06-16', 'A payment cannot be recorded before it is made.'],
  ])('paid on %s: %p', (paidOn, message) => {
    expect(paymentDateProblem(MARCH_APRIL, paidOn, '2026-06-15')?.message ?? null).toBe(message);
  });
});

describe('an agreement ends within its period, not in the future; one for a future period ends today', () => {
  const STARTED = { periodStart: '2026-01-01', periodEnd: '2026-12-31' };
  const FUTURE = { periodStart: '2026-09-01', periodEnd: '2026-12-31' };
  const TODAY = '2026-06-15';
  it.each([
    [STARTED, '2026-06-01', null],
    [STARTED, TODAY, null],
    [STARTED, '2025-12-31', 'The end date must not be before the period starts.'],
    [STARTED, '2026-06-16', 'The end date must not be in the future.'],
    [FUTURE, TODAY, null],
    [FUTURE, '2026-06-14', 'An agreement for a future period ends today.'],
    [FUTURE, '2026-09-01', 'The end date must not be in the future.'],
    [{ periodStart: '2026-01-01', periodEnd: '2026-03-31' }, '2026-04-01', 'The end date must not be after the period ends.'],
  ])('%j ended on %s: %p', (agreement, endedOn, message) => {
    expect(endDateProblem(agreement, endedOn, TODAY)?.message ?? null).toBe(message);
  });
});
