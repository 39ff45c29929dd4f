import { describe, expect, test } from '@jest/globals';
import { Measure, cellKey, perturbCount, perturbMagnitude, protect } from '../../monitor/disclosure.rules';
import type { Figures } from '../../monitor/monitor.types';
import { ProviderKind } from '../../provider/provider.entity';
import {
  addKeys,
  centsPerHour,
  emptyCell,
  fundedHours,
  kindFigures,
  publish,
  receivedFromCare,
  rollUpByKind,
  share,
  type Cell,
} from '../transformation.rules';

const KINDS: Record<number, ProviderKind> = { 1: ProviderKind.CARE, 2: ProviderKind.CARE, 3: ProviderKind.WELFARE, 4: ProviderKind.VOLUNTEER };
const kindOf = (id: number) => KINDS[id];

describe('share', () => {
  test.each([
    [1, 3, 0.3333],
    [2, 3, 0.6667],
    [0, 5, 0],
    [5, 5, 1],
    [0, 0, null],
    [3, 0, null],
  ])('%d of %d is %p', (part, total, expected) => {
    expect(share(part, total)).toBe(expected);
  });
});

describe('centsPerHour', () => {
  test.each([
    [1_810_000, 16, 113_125],
    [2_720_000, 21, 129_524],
    [100, 0, null],
    [0, 4, 0],
  ])('%d cents over %d hours is %p', (cents, hours, expected) => {
    expect(centsPerHour(cents, hours)).toBe(expected);
  });
});

describe('addKeys', () => {
  test.each([
    [1, 2, 3],
    [2 ** 32 - 1, 1, 0],
    ['4294967295', '4294967295', 2 ** 32 - 2],
    [null, 7, 7],
  ])('%p + %p modulo 2^32 is %d', (a, b, expected) => {
    expect(addKeys(a, b)).toBe(expected);
  });
});

describe('rollUpByKind', () => {
  test('adds the providers of a kind: counts, sums and keys; an unknown provider counts nowhere; every kind is there', () => {
    const cells = rollUpByKind(
      [
        { providerId: 1, active: 2, new: 1, kActive: 2 ** 32 - 10, kNew: 5 },
        { providerId: 2, active: '3', new: '0', kActive: '20', kNew: null },
        { providerId: 3, active: 1, new: 1, kActive: 9, kNew: 9 },
        { providerId: 99, active: 50, new: 50, kActive: 1, kNew: 1 },
      ],
      [
        { providerId: 1, costCents: 1000, hoursDelivered: 0.1 },
        { providerId: 2, costCents: '500', hoursDelivered: '0.2' },
        { providerId: 99, costCents: 1, hoursDelivered: 1 },
      ],
      kindOf,
    );
    expect(cells.get(ProviderKind.CARE)).toEqual({ active: 5, new: 1, costCents: 1500, hoursDelivered: 0.3, kActive: 10, kNew: 5 });
    expect(cells.get(ProviderKind.WELFARE)).toEqual({ active: 1, new: 1, costCents: 0, hoursDelivered: 0, kActive: 9, kNew: 9 });
    expect(cells.get(ProviderKind.VOLUNTEER)).toEqual(emptyCell());
  });
});

/** A Figures object as the overview builds it, with only the volume measures set. */
function figuresOf(cell: Cell): Figures {
  const counts = { active: cell.active, new: cell.new, ended: 0, suppressed: [] };
  return {
    arrangements: counts,
    uniqueResidents: 0,
    residentsPerThousandInhabitants: null,
    costCents: cell.costCents,
    budgetCents: null,
    budgetUsedRatio: null,
    costPerArrangementCents: null,
    hoursDelivered: cell.hoursDelivered,
    averageWaitingDays: null,
    waitingNow: null,
    allocationCents: null,
    allocationUsedRatio: null,
    withNetworkPlan: 0,
    goalAttainment: { achieved: 0, partly: 0, notAchieved: 0, suppressed: [] },
    suppressed: [],
  };
}

describe('publish', () => {
  const cells: Cell[] = [
    { active: 3, new: 2, costCents: 36000, hoursDelivered: 22, kActive: 123456789, kNew: 987654321 },
    { active: 1, new: 0, costCents: 500, hoursDelivered: 5.25, kActive: 4000000000, kNew: 0 },
    { active: 140, new: 40, costCents: 9_999_999, hoursDelivered: 1234.56, kActive: 17, kNew: 42 },
    emptyCell(),
  ];
  test.each(cells)('an exact cell for the regisseur: %p', (cell) => {
    expect(publish(cell, null)).toEqual({ active: cell.active, new: cell.new, costCents: cell.costCents, hoursDelivered: cell.hoursDelivered });
  });
  test.each(cells)("for analysts exactly what the overview's protect publishes for the same arrangements: %p", (cell) => {
    const overview = protect(figuresOf(cell), { kActive: cell.kActive, kNew: cell.kNew, kEnded: null }, 5, 0);
    expect(publish(cell, 5)).toEqual({
      active: overview.arrangements.active,
      new: overview.arrangements.new,
      costCents: overview.costCents,
      hoursDelivered: overview.hoursDelivered,
    });
  });
});

describe('kindFigures', () => {
  test('shares of the published values, in the order care, welfare, volunteer', () => {
    const cells = new Map([
      [ProviderKind.VOLUNTEER, { ...emptyCell(), active: 1, hoursDelivered: 5, costCents: 500 }],
      [ProviderKind.CARE, { ...emptyCell(), active: 3, new: 2, hoursDelivered: 22, costCents: 36000 }],
    ]);
    expect(kindFigures(cells, null)).toEqual([
      {
        kind: 'CARE',
        activeArrangements: 3,
        newArrangements: 2,
        hoursDelivered: 22,
        costCents: 36000,
        arrangementsShare: 0.75,
        hoursShare: 0.8148,
        costShare: 0.9863,
      },
      {
        kind: 'WELFARE',
        activeArrangements: 0,
        newArrangements: 0,
        hoursDelivered: 0,
        costCents: 0,
        arrangementsShare: 0,
        hoursShare: 0,
        costShare: 0,
      },
      {
        kind: 'VOLUNTEER',
        activeArrangements: 1,
        newArrangements: 0,
        hoursDelivered: 5,
        costCents: 500,
        arrangementsShare: 0.25,
        hoursShare: 0.1852,
        costShare: 0.0137,
      },
    ]);
  });
  test("an analyst's shares are of the perturbed values", () => {
    const care: Cell = { active: 3, new: 2, costCents: 36000, hoursDelivered: 22, kActive: 11, kNew: 12 };
    const welfare: Cell = { active: 2, new: 0, costCents: 1000, hoursDelivered: 4, kActive: 13, kNew: 0 };
    const [c, w] = kindFigures(
      new Map([
        [ProviderKind.CARE, care],
        [ProviderKind.WELFARE, welfare],
      ]),
      5,
    );
    const pc = perturbCount(3, cellKey(11, Measure.ACTIVE));
    const pw = perturbCount(2, cellKey(13, Measure.ACTIVE));
    expect([c!.activeArrangements, w!.activeArrangements]).toEqual([pc, pw]);
    expect(c!.arrangementsShare).toBe(share(pc, pc + pw));
    const hc = perturbMagnitude(22, 3, cellKey(11, Measure.HOURS), 2);
    const hw = perturbMagnitude(4, 2, cellKey(13, Measure.HOURS), 2);
    expect(w!.hoursShare).toBe(share(hw, hc + hw));
  });
});

describe('receivedFromCare', () => {
  const flows = [
    { fromProviderId: 1, toProviderId: 3, agreedCents: 1000, paidCents: 200 },
    { fromProviderId: 2, toProviderId: 3, agreedCents: 500, paidCents: 0 },
    { fromProviderId: 2, toProviderId: 4, agreedCents: 300, paidCents: 300 },
    { fromProviderId: 3, toProviderId: 4, agreedCents: 999, paidCents: 999 }, // welfare → volunteer: not from care
    { fromProviderId: 1, toProviderId: 2, agreedCents: 999, paidCents: 999 }, // care → care: not to a lighter form
    { fromProviderId: 1, toProviderId: 4, agreedCents: 0, paidCents: 0 }, // nothing in the period
  ];
  test.each([
    [
      null,
      [
        { providerId: 3, agreedCents: 1500, paidCents: 200 },
        { providerId: 4, agreedCents: 300, paidCents: 300 },
      ],
    ],
    [4, [{ providerId: 4, agreedCents: 300, paidCents: 300 }]],
    [1, []],
  ])('receiver %p', (receiver, expected) => {
    expect(receivedFromCare(flows, kindOf, receiver)).toEqual(expected);
  });
});

describe('fundedHours', () => {
  const cell: Cell = { active: 2, new: 1, costCents: 8000, hoursDelivered: 16, kActive: 77, kNew: 78 };
  test('exact for the regisseur', () => {
    expect(fundedHours({ agreedCents: 1_810_000, paidCents: 500_000 }, cell, null)).toEqual({
      agreedCents: 1_810_000,
      paidCents: 500_000,
      hoursDelivered: 16,
      agreedCentsPerHour: 113_125,
      suppressed: [],
    });
  });
  test.each([[{ ...cell, active: 2 }], [{ ...cell, active: 40 }]])(
    'for analysts: money exact, hours protected, the amount per hour left out below the threshold (%p)',
    (c) => {
      const out = fundedHours({ agreedCents: 1_810_000, paidCents: 500_000 }, c, 5);
      const hours = perturbMagnitude(16, c.active, cellKey(77, Measure.HOURS), 2);
      const shown = perturbCount(c.active, cellKey(77, Measure.ACTIVE)) >= 5;
      expect(out).toEqual({
        agreedCents: 1_810_000,
        paidCents: 500_000,
        hoursDelivered: hours,
        agreedCentsPerHour: shown ? centsPerHour(1_810_000, hours) : null,
        suppressed: shown ? [] : ['agreedCentsPerHour'],
      });
    },
  );
  test('no hours: no amount per hour, nothing suppressed', () => {
    expect(fundedHours({ agreedCents: 100, paidCents: 0 }, emptyCell(), 5)).toEqual({
      agreedCents: 100,
      paidCents: 0,
      hoursDelivered: 0,
      agreedCentsPerHour: null,
      suppressed: [],
    });
  });
});
