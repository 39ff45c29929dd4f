import { readFile } from 'node:fs/promises';
import { lastGoodFile } from './base-backups';

/** The last base backup that was written and checked (base/last-good.json in the archive). */
export interface LastGoodBackup {
  name: string;
  finishedAt: string;
  checkedAt: string;
  storedBytes: number;
}

/** How long a read of the archive (perhaps a hung network share) may hold up /readyz or a scrape. */
const READ_TIMEOUT_MS = 2000;

export async function readLastGoodBackup(target: string): Promise<LastGoodBackup | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), READ_TIMEOUT_MS);
  });
  const read = readFile(lastGoodFile(target), 'utf8').then(
    (text) => JSON.parse(text) as LastGoodBackup,
    () => null,
  );
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Seconds since the last good base backup finished: null when archiving is off (`target` null) or no backup was
 * made yet or the archive cannot be read. For /readyz and the backup-age gauge of /metrics.
 */
export async function lastGoodBackupAgeSeconds(target: string | null, now: Date = new Date()): Promise<number | null> {
  if (target === null) return null;
  const last = await readLastGoodBackup(target);
  return last === null ? null : backupAgeSeconds(last, now);
}

export const backupAgeSeconds = (last: LastGoodBackup, now: Date): number => Math.max(0, Math.round((now.getTime() - Date.parse(last.finishedAt)) / 1000));
