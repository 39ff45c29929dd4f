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

const dayNumber = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The first and last day of a quarter (1..4) of a year. */
export function quarterBounds(year: number, quarter: number): { from: string; to: string } {
  const y = String(year).padStart(4, '0');
  const startMonth = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, startMonth + 2, 0)).getUTCDate();
  return { from: `${y}-${String(startMonth).padStart(2, '0')}-01`, to: `${y}-${String(startMonth + 2).padStart(2, '0')}-${lastDay}` };
}

/** The longest period a figure is asked for: ten years, so that one question cannot scan all history day by day. */
export const MAX_PERIOD_DAYS = 3660;
