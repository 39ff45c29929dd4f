/**
 * Pure calendar arithmetic on LocalDate strings ('YYYY-MM-DD'). Computed in UTC so that no local time zone or
 * daylight-saving change can shift a day.
 */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = Date.UTC(y!, m! - 1, d!) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The first and last day of a calendar year. */
export function yearBounds(year: number): { from: string; to: string } {
  const y = String(year).padStart(4, '0');
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}
