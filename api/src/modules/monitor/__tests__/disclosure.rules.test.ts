import {
  cellKey,
  countNoiseRange,
  countPreimage,
  derivedShown,
  KEY_SPACE,
  magnitudeNoise,
  Measure,
  perturbCount,
  perturbMagnitude,
  toMonth,
} from '../disclosure.rules';

const keys = Array.from({ length: 1000 }, (_, i) => (i + 0.5) / 1000);

describe('cellKey', () => {
  it.each([
    [null, Measure.ACTIVE, 0],
    [0, Measure.ACTIVE, 0],
    [KEY_SPACE / 2, Measure.ACTIVE, 0.5],
    [KEY_SPACE + KEY_SPACE / 4, Measure.ACTIVE, 0.25],
    ['2147483648', Measure.ACTIVE, 0.5],
  ])('sum %p, measure %p -> %p', (sum, measure, key) => {
    expect(cellKey(sum, measure)).toBeCloseTo(key, 12);
  });

  it('gives each measure of one cell its own key in [0, 1)', () => {
    const ks = Object.values(Measure)
      .filter((m): m is Measure => typeof m === 'number')
      .map((m) => cellKey(123456789, m));
    expect(new Set(ks).size).toBe(ks.length);
    for (const k of ks) expect(k >= 0 && k < 1).toBe(true);
  });
});

describe('countNoiseRange', () => {
  it.each([
    [0, 0, 0],
    [1, 0, 3],
    [2, -1, 3],
    [4, -3, 3],
    [5, -3, 3],
    [99, -3, 3],
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
    [1, [1, 2, 3, 4]],
    [2, [1, 2, 3, 4, 5]],
    [4, [1, 2, 3, 4, 5, 6, 7]],
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
