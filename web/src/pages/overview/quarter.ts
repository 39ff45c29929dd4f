/** "1e kwartaal 2026" for a quarter starting on the given date (YYYY-MM-DD). */
export function quarterLabel(periodStart: string): string {
  const month = Number(periodStart.slice(5, 7));
  return `${Math.floor((month - 1) / 3) + 1}e kwartaal ${periodStart.slice(0, 4)}`;
}
