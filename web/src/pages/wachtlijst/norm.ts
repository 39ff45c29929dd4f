/** The waiting norm as typed: a whole number of days from 1 to 365 (the API's bounds), or null. */
export function parseNormDays(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const days = Number(text.trim());
  return days >= 1 && days <= 365 ? days : null;
}
