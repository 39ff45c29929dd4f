/** What a left-out figure shows: the API leaves out (null) what is derived from a group below 5, and says so in `suppressed`. */
export const SUPPRESSED = '< 5';

export function cell(text: string, raw: unknown, field: string, suppressed: readonly string[]): string {
  if (raw !== null && raw !== undefined) return text;
  return suppressed.includes(field) ? SUPPRESSED : '—';
}
