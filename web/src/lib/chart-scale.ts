/** Axis ticks for charts: round steps (1, 2, 2.5 or 5 times a power of ten) from 0 to at least the largest value. */

export interface Scale {
  max: number;
  ticks: number[];
}

/** Null when there is nothing to draw (no values, or only zeros): the chart says "geen gegevens" instead of an axis of zeros. */
/** `minStep`: the smallest step between ticks (1 for whole euros or counts). */
export function niceScale(values: readonly (number | null | undefined)[], { tickCount = 4, minStep = 0 } = {}): Scale | null {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const largest = Math.max(0, ...present);
  if (present.length === 0 || largest <= 0) return null;
  const rough = largest / tickCount;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(minStep, [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const max = Math.ceil(largest / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { max, ticks };
}

const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const EURO_COMPACT = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 2 });

/** Whole euros for an axis: `€ 12.500`; from a million on `€ 1,25 mln.`, so the labels stay short. */
export function formatEuroAxis(euros: number): string {
  return Math.abs(euros) >= 1_000_000 ? EURO_COMPACT.format(euros) : EURO.format(euros);
}
