import {
  cellKey,
  countNoiseRange,
  countPreimage,
  derivedShown,
  KEY_SPACE,
  magnitudeNoise,
  Measure,
  perturbCount,
  perThousand,
  perturbMagnitude,
  protect,
  thresholdFor,
  toMonth,
} from '../disclosure.rules';
import type { Figures } from '../monitor.types';
import { Role } from '../../user/user.entity';

const keys = Array.from({ length: 1000 }, (_, i) => (i + 0.5) / 1000);

describe('cellKey', () => {
  it.each([null, 0, 1, 2 ** 31, '4294967295'])('turns the key sum %p into a key in [0, 1), the same every time', (sum) => {
    const key = cellKey(sum, Measure.ACTIVE);
    expect(key >= 0 && key < 1).toBe(true);
    expect(cellKey(sum, Measure.ACTIVE)).toBe(key);
  });

  it('reads sums modulo 2^32', () => {
    expect(cellKey(KEY_SPACE + 12345, Measure.NEW)).toBe(cellKey(12345, Measure.NEW));
    expect(cellKey(null, Measure.NEW)).toBe(cellKey(0, Measure.NEW));
  });

  it('gives each measure of one cell its own key', () => {
    const ks = Object.values(Measure)
      .filter((m): m is Measure => typeof m === 'number')
      .map((m) => cellKey(123456789, m));
    expect(new Set(ks).size).toBe(ks.length);
  });

  it('does not let the noise of a sum of keys follow the sum of the noises (a margin does not cancel it)', () => {
    let hits = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const a = Math.floor(((i * 2654435761) % KEY_SPACE) / 1);
      const b = Math.floor(((i * 40503 + 977) * 97) % KEY_SPACE);
      const noise = (sum: number) => perturbCount(50, cellKey(sum, Measure.ACTIVE)) - 50;
      if ((((noise(a + b) - noise(a) - noise(b)) % 9) + 9) % 9 === 0) hits++;
    }
    // Independent noise: about 1 in 9.
    expect(hits / n).toBeGreaterThan(0.08);
    expect(hits / n).toBeLessThan(0.15);
  });
});

describe('countNoiseRange', () => {
  it.each([
    [0, 0, 0],
    [1, 0, 5],
    [2, -1, 5],
    [4, -3, 5],
    [5, -4, 4],
    [99, -4, 4],
    [100, -2, 2],
    [149, -2, 2],
    [150, -3, 3],
    [250, -5, 5],
  ])('%p -> [%p, %p]', (v, lo, hi) => {
    expect(countNoiseRange(v)).toEqual({ lo, hi });
  });

  it('stays within 2% from 100 up', () => {
    for (let v = 100; v < 5000; v++) expect(countNoiseRange(v).hi / v).toBeLessThanOrEqual(0.02);
  });
});

describe('perturbCount', () => {
  it('keeps zero at zero and never shows a count of 1 or more as 0', () => {
    for (const k of keys) {
      expect(perturbCount(0, k)).toBe(0);
      for (let v = 1; v < 10; v++) expect(perturbCount(v, k)).toBeGreaterThanOrEqual(1);
    }
  });

  it.each([1, 2, 3, 4, 5, 20, 120, 400])('spreads %p evenly over its range, the same key the same answer', (v) => {
    const { lo, hi } = countNoiseRange(v);
    const seen = new Map<number, number>();
    for (const k of keys) seen.set(perturbCount(v, k) - v, (seen.get(perturbCount(v, k) - v) ?? 0) + 1);
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: hi - lo + 1 }, (_, i) => lo + i));
    for (const n of seen.values()) expect(Math.abs(n - keys.length / (hi - lo + 1))).toBeLessThanOrEqual(1);
    expect(perturbCount(v, 0.4242)).toBe(perturbCount(v, 0.4242));
  });
});

describe('countPreimage', () => {
  it.each([
    [0, [0]],
    [1, [1, 2, 3, 4, 5]],
    [2, [1, 2, 3, 4, 5, 6]],
    [6, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
  ])('published %p could be any of %p', (published, values) => {
    expect(countPreimage(published)).toEqual(values);
  });

  it('leaves at least two true values possible for every published count above zero', () => {
    for (let p = 1; p < 2000; p++) expect(countPreimage(p).length).toBeGreaterThanOrEqual(2);
  });

  it('contains the truth for every value and key', () => {
    for (let v = 0; v < 400; v += 7) for (const k of keys.filter((_, i) => i % 50 === 0)) expect(countPreimage(perturbCount(v, k))).toContain(v);
  });
});

describe('perturbMagnitude', () => {
  it.each([
    [1, 0.2],
    [4, 0.2],
    [5, 0.1],
    [19, 0.1],
    [20, 0.05],
    [100, 0.015],
  ])('a group of %p gets at most %p relative noise', (n, r) => {
    expect(magnitudeNoise(n)).toBe(r);
    for (const k of keys) expect(Math.abs(perturbMagnitude(1_000_000, n, k) / 1_000_000 - 1)).toBeLessThanOrEqual(r + 1e-9);
  });

  it('keeps zero and rounds to the decimals asked', () => {
    expect(perturbMagnitude(0, 3, 0.9)).toBe(0);
    expect(perturbMagnitude(12.34, 3, 0.9, 2)).toBe(Math.round(12.34 * (1 + 0.2 * 0.8) * 100) / 100);
  });
});

describe('derivedShown and toMonth', () => {
  it.each([
    [4, false],
    [5, true],
  ])('a published count of %p shows derived figures: %p', (n, shown) => {
    expect(derivedShown(n, 5)).toBe(shown);
  });

  it.each([
    ['2026-03-17', '2026-03-01'],
    [null, null],
  ])('%p -> %p', (date, month) => {
    expect(toMonth(date)).toBe(month);
  });
});

describe('analysts see protected figures, with the suppression threshold; everyone else the exact ones', () => {
  const viewer = (role: Role) => ({ userId: 1, email: 'x@example.org', role, municipalityId: 1, providerId: role === Role.PROVIDER_REP ? 2 : null });
  it.each([
    [Role.ANALYST, 5, 5],
    [Role.ANALYST, 10, 10],
    [Role.REGISSEUR, 5, null],
    [Role.ADMIN, 5, null],
    [Role.PROVIDER_REP, 5, null],
  ])('%s with threshold %i: %p', (role, threshold, expected) => {
    expect(thresholdFor(viewer(role), threshold)).toBe(expected);
  });
});

describe('protect: aggregate cells under the threshold give no derived figures, and every figure carries noise', () => {
  const figures = (active: number, started: number): Figures => ({
    arrangements: { active, new: started, ended: 2, suppressed: [] },
    uniqueResidents: active,
    residentsPerThousandInhabitants: null,
    costCents: 120_000,
    budgetCents: 1_000_000,
    budgetUsedRatio: 0.12,
    costPerArrangementCents: active > 0 ? Math.round(120_000 / active) : null,
    hoursDelivered: 40,
    averageWaitingDays: 12.5,
    waitingNow: null,
    allocationCents: null,
    allocationUsedRatio: null,
    withNetworkPlan: 1,
    goalAttainment: { achieved: 1, partly: 1, notAchieved: 0, suppressed: [] },
    suppressed: [],
  });
  const KEYS = { kActive: 12345, kNew: 678, kEnded: 91011 };

  it('leaves the figures exact without a threshold (not an analyst)', () => {
    expect(protect(figures(3, 1), KEYS, null, 10_000)).toEqual(figures(3, 1));
  });

  it.each([
    // true active, true new: which derived figures are held back at threshold 5 (by the published counts).
    [200, 150, []],
    [0, 0, ['averageWaitingDays']],
  ])('active %i, new %i: suppressed %j', (active, started, suppressed) => {
    const f = protect(figures(active, started), KEYS, 5, 10_000);
    expect(f.suppressed).toEqual(suppressed);
    expect(f.arrangements.active).toBe(perturbCount(active, cellKey(KEYS.kActive, Measure.ACTIVE)));
    expect(f.residentsPerThousandInhabitants).toBe(perThousand(f.uniqueResidents ?? 0, 10_000));
  });

  it('holds back a derived figure whose published count is under the threshold, and names it', () => {
    // A published count of active arrangements below 5 happens only for true counts below about 10.
    const small = Array.from({ length: 2000 }, (_, k) => protect(figures(2, 2), { kActive: k, kNew: k, kEnded: k }, 5, 10_000));
    const held = small.filter((f) => f.suppressed.includes('costPerArrangementCents'));
    expect(held.length).toBeGreaterThan(0);
    for (const f of held) {
      expect(f.arrangements.active).toBeLessThan(5);
      expect(f.costPerArrangementCents).toBeNull();
    }
  });
});

describe('residents per 1,000 inhabitants', () => {
  it.each([
    [25, 10_000, 2.5],
    [1, 3, 333.3],
    [5, 0, null],
  ])('%i of %i inhabitants: %p', (residents, inhabitants, expected) => {
    expect(perThousand(residents, inhabitants)).toBe(expected);
  });
});
