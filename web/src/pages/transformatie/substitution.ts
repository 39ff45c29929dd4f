/** The lighter forms of support: welfare and volunteer organisations. */
const LIGHTER = new Set(['WELFARE', 'VOLUNTEER']);

/**
 * Welfare's and volunteers' share together, from the shares per kind the API gives (each rounded to 4 decimals, so the
 * sum is rounded again); null when the bucket has nothing to divide.
 */
export function lighterShare(
  kinds: readonly { kind: string; hoursShare?: number | null; costShare?: number | null; arrangementsShare?: number | null }[],
  pick: 'hoursShare' | 'costShare' | 'arrangementsShare',
): number | null {
  const shares = kinds.filter((k) => LIGHTER.has(k.kind)).map((k) => k[pick]);
  if (shares.some((s) => s === null || s === undefined)) return null;
  return Math.round(shares.reduce<number>((sum, s) => sum + (s ?? 0), 0) * 10000) / 10000;
}
