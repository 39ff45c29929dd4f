import { formatText, OVERVIEW_QUARTER_TEXTS as T } from '@regiekamer/texts';

/** The quarter (1–4) and year of a quarter starting on the given date (YYYY-MM-DD). */
function quarterOf(periodStart: string): Record<string, string> {
  const month = Number(periodStart.slice(5, 7));
  return { quarter: String(Math.floor((month - 1) / 3) + 1), year: periodStart.slice(0, 4) };
}

/** "1e kwartaal 2026" for a quarter starting on the given date (YYYY-MM-DD). */
export function quarterLabel(periodStart: string): string {
  return formatText(T.long, quarterOf(periodStart));
}

/** "1e kw. 2026": the same, short, for a chart's axis. */
export function quarterShortLabel(periodStart: string): string {
  return formatText(T.short, quarterOf(periodStart));
}
