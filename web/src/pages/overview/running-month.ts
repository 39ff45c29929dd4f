/**
 * Where a period of a series stands on `today`, by its first day: `done` (its month is over), `running` (the month of
 * today) or `future`. Reports of a month come after it ends, so only a month that is over has its cost: the running
 * month and those after it would read as € 0.
 */
export function monthState(periodStart: string, today: string): 'done' | 'running' | 'future' {
  const month = periodStart.slice(0, 7);
  const now = today.slice(0, 7);
  return month < now ? 'done' : month === now ? 'running' : 'future';
}

/** Cost in euros per period for a chart's line: none for a period without figures or one that is not over. */
export function costLine(series: readonly { periodStart: string; costCents?: number | null }[], today: string): (number | null)[] {
  return series.map((s) => (s.costCents == null || monthState(s.periodStart, today) !== 'done' ? null : s.costCents / 100));
}
