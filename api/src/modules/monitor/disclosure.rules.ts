/**
 * Disclosure control for analysts: the cell key method (docs/disclosure-control.md has the method, the parameters and
 * why). Every arrangement carries a fixed random record key from 0 to 2^32 - 1; a cell's key is the sum of the keys of
 * the arrangements it counts, modulo 2^32, as a fraction of 2^32. The same set of arrangements therefore always gets the
 * same noise, whichever question finds that set, while two different sets (two overlapping periods, a margin and its
 * cells) get noise that is as good as independent. Pure functions: the SQL only sums the keys.
 */

export const KEY_SPACE = 2 ** 32;

/** Each measure reads the cell key at its own offset, so that measures of one cell do not share their noise. */
export enum Measure {
  ACTIVE = 0,
  NEW = 1,
  ENDED = 2,
  RESIDENTS = 3,
  WITH_NETWORK_PLAN = 4,
  ACHIEVED = 5,
  PARTLY = 6,
  NOT_ACHIEVED = 7,
  COST = 8,
  HOURS = 9,
  WAITING_DAYS = 10,
}

/** The fractional part of the golden ratio: offsets k * φ mod 1 spread evenly over [0, 1). */
const PHI = 0.6180339887498949;

/** The cell key in [0, 1) of a measure, from the sum of the record keys (null or 0 for an empty cell). */
export function cellKey(keySum: number | string | null, measure: Measure): number {
  const sum = keySum === null ? 0 : Number(keySum);
  const base = (((sum % KEY_SPACE) + KEY_SPACE) % KEY_SPACE) / KEY_SPACE;
  const key = (base + measure * PHI) % 1;
  return key < 0 ? 0 : key >= 1 ? 0 : key;
}

/**
 * The perturbation table of counts as a rule: the noise of a true count v lies in [lo, hi] and each value in it is
 * equally likely (the cell key picks one). Zero stays zero (it identifies no one); a count of 1 or more is never shown
 * as 0 or less. Noise is wide (7 values) for small and middling counts, so that the difference of two perturbed counts
 * hits the true difference for about 1 in 7 cells; from 100 up its width is at most 2% of the count, so that the
 * totals people plan with stay within 2%.
 */
export function countNoiseRange(v: number): { lo: number; hi: number } {
  if (v <= 0) return { lo: 0, hi: 0 };
  if (v >= 150) {
    const a = Math.floor(v / 50);
    return { lo: -a, hi: a };
  }
  if (v >= 100) return { lo: -2, hi: 2 };
  return { lo: Math.max(-3, 1 - v), hi: 3 };
}

/** The published count of a true count v with cell key `key` in [0, 1). */
export function perturbCount(v: number, key: number): number {
  const { lo, hi } = countNoiseRange(v);
  return v + lo + Math.min(hi - lo, Math.floor(key * (hi - lo + 1)));
}

/** Every true count that can be published as `published`: what an attacker who knows this table can conclude. */
export function countPreimage(published: number): number[] {
  if (published <= 0) return [0];
  const out: number[] = [];
  for (let v = Math.max(1, Math.floor(published / 1.03) - 4); v <= Math.ceil(published * 1.03) + 4; v++) {
    const { lo, hi } = countNoiseRange(v);
    if (published >= v + lo && published <= v + hi) out.push(v);
  }
  return out;
}

/**
 * Relative noise of a sum of money or hours (and of an average) over a group of n arrangements: small groups get
 * much, large groups little, so that a year's total for the municipality stays within 1.5% of the truth.
 */
export function magnitudeNoise(n: number): number {
  if (n < 5) return 0.2;
  if (n < 20) return 0.1;
  if (n < 100) return 0.05;
  return 0.015;
}

/** A sum (or average) x over n arrangements, multiplied by 1 + r with r in [-noise, +noise) picked by the key, rounded. */
export function perturbMagnitude(x: number, n: number, key: number, decimals = 0): number {
  if (x === 0) return 0;
  const r = magnitudeNoise(n) * (2 * key - 1);
  const scale = 10 ** decimals;
  return Math.round(x * (1 + r) * scale) / scale;
}

/** Derived figures (averages, ratios) are shown only when the published count of their group reaches the threshold. */
export function derivedShown(publishedCount: number, threshold: number): boolean {
  return publishedCount >= threshold;
}

/** Analysts see dates of records to the month only: the first day of the month stands for the month. */
export function toMonth(date: string | null): string | null {
  return date === null ? null : `${date.slice(0, 7)}-01`;
}
