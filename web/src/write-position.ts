/**
 * Read-your-writes with a standby: after a write the API answers with its position in the primary's log
 * (Regiekamer-Lsn); sent back with every later request, it keeps this user's reads on the primary until the standby
 * has replayed that far. The highest position seen is kept (answers may arrive out of order).
 */
export const WRITE_POSITION_HEADER = 'regiekamer-lsn';

let latest: string | null = null;

/** A position (`16/B374D848`) as a number to compare; null when the text is not one. */
export function positionValue(lsn: string): bigint | null {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(lsn);
  if (!match?.[1] || !match[2]) return null;
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

/** Keeps the answer's position when it is past the one kept. */
export function noteWritePosition(lsn: string | null): void {
  if (lsn === null) return;
  const value = positionValue(lsn);
  if (value === null) return;
  const kept = latest === null ? null : positionValue(latest);
  if (kept === null || value > kept) latest = lsn;
}

/** The header to send: the last write's position, or nothing before the first write. */
export function writePositionHeaders(): Record<string, string> {
  return latest === null ? {} : { [WRITE_POSITION_HEADER]: latest };
}
