/**
 * Deterministic randomness and calendar arithmetic for the seeds.
 *
 * Seeding must give the same rows for the same options, so nothing here touches Math.random or the local time
 * zone: a small seeded PRNG (mulberry32) drives every choice, and dates are 'YYYY-MM-DD' strings handled as whole
 * days since 1970-01-01 via Date.UTC, so no DST transition or TZ setting can shift a day.
 */

/** A seeded pseudo-random generator with the helpers the seeds need. Not for anything security related. */
export class Random {
  private state: number;

  constructor(seed: number) {
    // Mix the seed once so that nearby seeds (1, 2, 3 ...) do not start in nearby states.
    this.state = hash32(`seed:${seed}`);
  }

  /** Uniform in [0, 1): mulberry32. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Whole number in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Real number in [min, max). */
  real(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by relative weight: [['A', 3], ['B', 1]] gives A three times as often as B. */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of options) total += weight;
    if (!(total > 0)) throw new Error('weighted pick needs a positive total weight');
    let roll = this.next() * total;
    for (const [value, weight] of options) {
      roll -= weight;
      if (roll < 0) return value;
    }
    // Rounding can leave roll at ~0 after the last option.
    const last = options[options.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** `count` distinct items in random order (partial Fisher-Yates on a copy). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = this.int(i, copy.length - 1);
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy.slice(0, n);
  }

  /** Fixed-length base36 text, e.g. for pseudonymous keys. */
  base36(length: number): string {
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet.charAt(Math.floor(this.next() * 36));
    return out;
  }

  /** A calendar date in [from, to], both inclusive. */
  dateBetween(from: string, to: string): string {
    return fromDayNumber(this.int(toDayNumber(from), toDayNumber(to)));
  }
}

/** FNV-1a: a stable 32-bit hash of text, for seeding and for per-name constants that must not depend on order. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar dates as 'YYYY-MM-DD'. Day numbers count days since 1970-01-01 and are computed in UTC only.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function toDayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`not a calendar date (YYYY-MM-DD): ${date}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC silently rolls 2025-02-30 over into March; refuse it instead.
  if (fromDayNumber(ms / DAY_MS) !== date) throw new Error(`not a valid calendar date: ${date}`);
  return ms / DAY_MS;
}

export function fromDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * DAY_MS);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function lastOfMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  // Day 0 of the next month is the last day of this one.
  return fromDayNumber(Date.UTC(year, month, 0) / DAY_MS);
}

/** The first day of the month `months` after the month of `date` (negative goes back). */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return fromDayNumber(Date.UTC(year, month - 1 + months, 1) / DAY_MS);
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}
