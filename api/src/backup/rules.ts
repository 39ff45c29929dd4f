import { zonedInstant } from '../modules/notification/notification.rules';

/** The rules of the archive: pure, table-tested (backup/__tests__/rules.test.ts). */

/**
 * The moment of `db:restore -- --to`: with an offset ("Z", "+01:00") exactly that instant; without one, the time on
 * Amsterdam's clocks, as the people who report a mistake read it ("at 14:00"). Seconds and fractions are optional.
 */
export function parseRecoveryTarget(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(text.trim());
  if (!match) throw new Error(`--to must be a date and time such as "2026-11-28 14:00" (Amsterdam) or "2026-11-28T13:00:00Z", got "${text}"`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part: string | undefined) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw new Error(`--to: no such date or time: "${text}"`);
  }
  const millis = match[7] === undefined ? 0 : Math.floor(Number(match[7]) * 1000);
  const offset = match[8];
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  if (offset === undefined) {
    // Clocks change on whole hours: the minute's instant plus the seconds is the instant of that second.
    return new Date(zonedInstant(date, `${match[4]}:${match[5]}`).getTime() + second * 1000 + millis);
  }
  const zone = offset.toUpperCase() === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2)));
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) + millis - zone * 60000);
}

/** A base backup as retention and restore see it. */
export interface BackupFacts {
  name: string;
  /** When pg_backup_stop answered: a restore can reach any moment after it. */
  finishedAt: Date;
  /** The WAL file the backup starts in (recovery needs it and every one after it). */
  startWal: string;
  /** Complete and checked after writing. */
  good: boolean;
}

/** The base backup to restore from for `target`: the latest good one that finished before it. */
export function baseBackupFor(backups: readonly BackupFacts[], target: Date): BackupFacts | null {
  const before = backups.filter((b) => b.good && b.finishedAt.getTime() < target.getTime());
  return before.sort((a, b) => b.finishedAt.getTime() - a.finishedAt.getTime())[0] ?? null;
}

/** The segment number of a WAL file's name (timeline left out), or null for a timeline history file. */
export function walSegment(name: string): string | null {
  const match = /^[0-9A-F]{8}([0-9A-F]{16})(?:\.partial|\.[0-9A-F]{8}\.backup)?$/.exec(name);
  return match?.[1] ?? null;
}

/**
 * What retention deletes, keeping every moment of the last `days` days restorable: the good backups that finished
 * in the window, the newest good one before it (the window's first moments are restored from it), and every WAL file
 * from the oldest kept backup's start on; timeline histories always. Without a good backup nothing is deleted.
 */
export function retentionPlan(
  backups: readonly BackupFacts[],
  walNames: readonly string[],
  now: Date,
  days: number,
): { deleteBackups: string[]; deleteWal: string[] } {
  const cutoff = now.getTime() - days * 24 * 3600 * 1000;
  const good = backups.filter((b) => b.good).sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime());
  if (good.length === 0) return { deleteBackups: [], deleteWal: [] };
  const firstInWindow = good.findIndex((b) => b.finishedAt.getTime() >= cutoff);
  // None in the window: the newest is the one that covers it.
  const oldestKept = firstInWindow === -1 ? good.length - 1 : Math.max(0, firstInWindow - 1);
  const kept = good.slice(oldestKept);
  const keptStart = kept[0];
  if (keptStart === undefined) return { deleteBackups: [], deleteWal: [] };
  const needed = walSegment(keptStart.startWal) ?? '';
  const deleteBackups = backups
    .filter((b) => !kept.includes(b) && b.finishedAt.getTime() < keptStart.finishedAt.getTime())
    .map((b) => b.name);
  const deleteWal = walNames.filter((n) => {
    const segment = walSegment(n);
    return segment !== null && segment < needed;
  });
  return { deleteBackups, deleteWal };
}
