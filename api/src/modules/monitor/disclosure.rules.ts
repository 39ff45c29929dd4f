/**
 * Disclosure control for analysts: the cell key method (docs/disclosure-control.md has the method, the parameters and
 * why). Every arrangement carries a fixed random record key from 0 to 2^32 - 1; a cell's key is the sum of the keys of
 * the arrangements it counts, modulo 2^32, as a fraction of 2^32. The same set of arrangements therefore always gets the
 * same noise, whichever question finds that set, while two different sets (two overlapping periods, a margin and its
 * cells) get noise that is as good as independent. Pure functions: the SQL only sums the keys.
 */

import type { Viewer } from '../../shared/auth/viewer';
import { Role } from '../user/user.entity';
import type { Figures, WaitingNow } from './monitor.types';

export const KEY_SPACE = 2 ** 32;

/** Each measure of a cell draws its own noise from the cell key, so that measures of one cell do not share their noise. */
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
  WAITING_NOW = 11,
  WAITING_MEDIAN = 12,
  WAITING_LONGEST = 13,
}

/** MurmurHash3's 32-bit finaliser: every input bit changes about half the output bits. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The key in [0, 1) from which a measure of a cell draws its noise, from the sum of the record keys (null or 0 for an
 * empty cell). Cell keys add up: the key of a total is the sum of the keys of its parts, and of a period the sum of its
 * months. Read directly, the noise of a total would then be close to the sum of the noises of its parts (modulo the
 * table's width), and a margin or a difference would cancel it. The key is therefore mixed (a fixed bijection of 32-bit
 * numbers) before it is used: the same set still gets the same noise, but sums of keys no longer give sums of noise.
 */
export function cellKey(keySum: number | string | null, measure: Measure | number): number {
  const sum = keySum === null ? 0 : Number(keySum);
  const key = ((sum % KEY_SPACE) + KEY_SPACE) % KEY_SPACE;
  return mix32((key + Math.imul(measure + 1, 0x9e3779b9)) >>> 0) / KEY_SPACE;
}

/**
 * The perturbation table of counts as a rule: the noise of a true count v lies in [lo, hi] and each value in it is
 * equally likely (the cell key picks one). Zero stays zero (it identifies no one); a count of 1 or more is never shown
 * as 0 or less, so the noise of 1 to 4 reaches up to +5 (6 to 9 values). Noise is 9 values wide for counts from 5
 * to 99, so that the difference of two perturbed counts hits the true difference for about 1 in 9 cells; from 100 up
 * its width is at most 2% of the count, so that the totals people plan with stay within 2%.
 */
export function countNoiseRange(v: number): { lo: number; hi: number } {
  if (v <= 0) return { lo: 0, hi: 0 };
  if (v >= 150) {
    const a = Math.floor(v / 50);
    return { lo: -a, hi: a };
  }
  if (v >= 100) return { lo: -2, hi: 2 };
  if (v >= 5) return { lo: -4, hi: 4 };
  return { lo: 1 - v, hi: 5 };
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
  for (let v = Math.max(1, Math.floor(published / 1.03) - 6); v <= Math.ceil(published * 1.03) + 6; v++) {
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
export function toMonth(date: string): string;
export function toMonth(date: string | null): string | null;
export function toMonth(date: string | null): string | null {
  return date === null ? null : `${date.slice(0, 7)}-01`;
}

/**
 * Who gets protected figures: analysts, with the configured threshold (SUPPRESSION_THRESHOLD, 5 unless set) below which
 * derived figures and records are held back; null for everyone else, who sees the exact figures.
 */
export function thresholdFor(viewer: Viewer, threshold: number): number | null {
  return viewer.role === Role.ANALYST ? threshold : null;
}

/** Sums of the record keys (modulo 2^32) of the arrangements a cell counts: its cell keys. */
export interface CellKeys {
  kActive: number | string | null;
  kNew: number | string | null;
  kEnded: number | string | null;
  /** Of the requests waiting now (absent in series, which have no waitingNow). */
  kWaiting?: number | string | null;
}

/** Residents per 1,000 inhabitants, to one decimal; null without a number of inhabitants. */
export const perThousand = (residents: number, inhabitants: number): number | null =>
  inhabitants > 0 ? Math.round((residents * 10000) / inhabitants) / 10 : null;

/**
 * Requests waiting now, for analysts: the count perturbed with the cell key of the waiting requests, the median and the
 * longest wait with relative noise, and both left out below the threshold (the longest wait of a small group is one
 * resident's wait). Allocations are policy figures, not records: they are shown as they are.
 */
export function protectWaiting(w: WaitingNow | null, key: number | string | null, threshold: number): WaitingNow | null {
  if (w === null) return null;
  const trueCount = w.count ?? 0;
  const count = perturbCount(trueCount, cellKey(key, Measure.WAITING_NOW));
  const out: WaitingNow = {
    count,
    medianDaysWaited: w.medianDaysWaited === null ? null : perturbMagnitude(w.medianDaysWaited, trueCount, cellKey(key, Measure.WAITING_MEDIAN), 1),
    longestDaysWaited: w.longestDaysWaited === null ? null : perturbMagnitude(w.longestDaysWaited, trueCount, cellKey(key, Measure.WAITING_LONGEST)),
    suppressed: [],
  };
  if (!derivedShown(count, threshold)) {
    for (const field of ['medianDaysWaited', 'longestDaysWaited'] as const) {
      if (out[field] !== null) out.suppressed.push(field);
      out[field] = null;
    }
  }
  return out;
}

/**
 * Statistical disclosure control for analysts (disclosure.rules.ts, docs/disclosure-control.md): every count is
 * perturbed with the cell key of the arrangements it counts, sums of money and hours and the average waiting time get
 * key-driven relative noise, and what is derived from a group whose published count is below the threshold (cost per
 * arrangement, waiting time) is left out and named in `suppressed`. The unperturbed figures never leave this function.
 */
export function protect(figures: Figures, keys: CellKeys, threshold: number | null, inhabitants: number): Figures {
  if (threshold === null) return figures;
  const count = (v: number | null, key: number | string | null, measure: Measure): number | null =>
    v === null ? null : perturbCount(v, cellKey(key, measure));
  const trueActive = figures.arrangements.active ?? 0;
  const trueNew = figures.arrangements.new ?? 0;
  const active = count(figures.arrangements.active, keys.kActive, Measure.ACTIVE) ?? 0;
  const started = count(figures.arrangements.new, keys.kNew, Measure.NEW) ?? 0;
  const residents = count(figures.uniqueResidents, keys.kActive, Measure.RESIDENTS);
  const costCents = figures.costCents === null ? null : perturbMagnitude(figures.costCents, trueActive, cellKey(keys.kActive, Measure.COST));
  const f: Figures = {
    arrangements: { active, new: started, ended: count(figures.arrangements.ended, keys.kEnded, Measure.ENDED), suppressed: [] },
    uniqueResidents: residents,
    residentsPerThousandInhabitants: perThousand(residents ?? 0, inhabitants),
    costCents,
    budgetCents: figures.budgetCents,
    budgetUsedRatio:
      figures.budgetCents && costCents !== null ? Math.round((costCents / figures.budgetCents) * 10000) / 10000 : figures.budgetUsedRatio,
    costPerArrangementCents: active > 0 && costCents !== null ? Math.round(costCents / active) : null,
    hoursDelivered:
      figures.hoursDelivered === null ? null : perturbMagnitude(figures.hoursDelivered, trueActive, cellKey(keys.kActive, Measure.HOURS), 2),
    averageWaitingDays:
      figures.averageWaitingDays === null ? null : perturbMagnitude(figures.averageWaitingDays, trueNew, cellKey(keys.kNew, Measure.WAITING_DAYS), 1),
    waitingNow: protectWaiting(figures.waitingNow, keys.kWaiting ?? null, threshold),
    allocationCents: figures.allocationCents,
    allocationUsedRatio:
      figures.allocationCents && costCents !== null ? Math.round((costCents / figures.allocationCents) * 10000) / 10000 : figures.allocationUsedRatio,
    withNetworkPlan: count(figures.withNetworkPlan, keys.kActive, Measure.WITH_NETWORK_PLAN),
    goalAttainment: {
      achieved: count(figures.goalAttainment.achieved, keys.kEnded, Measure.ACHIEVED),
      partly: count(figures.goalAttainment.partly, keys.kEnded, Measure.PARTLY),
      notAchieved: count(figures.goalAttainment.notAchieved, keys.kEnded, Measure.NOT_ACHIEVED),
      suppressed: [],
    },
    suppressed: [],
  };
  if (!derivedShown(active, threshold) && f.costPerArrangementCents !== null) {
    f.costPerArrangementCents = null;
    f.suppressed.push('costPerArrangementCents');
  }
  if (!derivedShown(started, threshold) && f.averageWaitingDays !== null) {
    f.averageWaitingDays = null;
    f.suppressed.push('averageWaitingDays');
  }
  return f;
}
