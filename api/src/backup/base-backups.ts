import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import type { BackupConfig } from '../config';
import { takeBaseBackup, type BaseBackupSink } from '../db/base-backup';
import type { Logger } from '../shared/logger';
import { ArchiveError, keyId, restoreEncrypted, storeEncrypted, writeTextAtomically } from './archive-file';
import { retentionPlan, type BackupFacts } from './rules';
import { walDir } from './wal-archive';

/**
 * The base backups of the archive: `<target>/base/<time>/` holds every file of the data directory compressed and
 * encrypted (`data/<path>.enc`), the generated secrets of DATA_DIR (`secrets.json.enc`, without which the restored
 * database's passwords and pseudonyms are lost), and `manifest.json` with each file's SHA-256. The manifest is
 * written last, and again with `checkedAt` once every file was read back and decrypted: only such a backup counts.
 */
export const BASE_BACKUP_FORMAT = 'regiekamer-base-backup/1';
export const baseDir = (target: string): string => path.join(target, 'base');

export interface StoredEntry {
  /** The path in the data directory (or the name of an extra file). */
  path: string;
  /** The archive file, relative to the backup's folder. */
  stored: string;
  sha256: string;
  bytes: number;
}

export interface BaseBackupManifest {
  format: string;
  label: string;
  keyId: string;
  startedAt: string;
  finishedAt: string;
  checkedAt: string | null;
  startLsn: string;
  stopLsn: string;
  /** The WAL file the backup starts in: recovery needs it and every one after it. */
  startWal: string;
  directories: string[];
  files: StoredEntry[];
  /** DATA_DIR's secrets.json, when there is one. */
  secrets: StoredEntry | null;
  /** Bytes stored, compressed and encrypted. */
  storedBytes: number;
  /** Bytes of the data directory copied. */
  dataBytes: number;
}

/** "2026-11-29T02-30-00Z": sortable, and a valid folder name everywhere. */
const folderName = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');

function encryptingSink(dir: string, passphrase: string, entries: StoredEntry[], directories: string[]): BaseBackupSink {
  const store = async (relativePath: string, source: string | Buffer): Promise<void> => {
    const stored = `data/${relativePath}.enc`;
    const dest = path.join(dir, ...stored.split('/'));
    await mkdir(path.dirname(dest), { recursive: true });
    const { sha256, bytes } = await storeEncrypted(source, dest, passphrase);
    entries.push({ path: relativePath, stored, sha256, bytes });
  };
  return {
    file: (relativePath, absolutePath) => store(relativePath, absolutePath),
    content: (relativePath, data) => store(relativePath, Buffer.from(data)),
    directory: (relativePath) => {
      directories.push(relativePath);
      return Promise.resolve();
    },
  };
}

/** Reads every file back and decrypts it: a backup that passes can be restored with this key. */
export async function verifyBaseBackup(dir: string, manifest: BaseBackupManifest, passphrase: string): Promise<void> {
  if (manifest.keyId !== keyId(passphrase)) {
    throw new ArchiveError(`${path.basename(dir)}: made with another BACKUP_ENCRYPTION_KEY than the one given (key id ${manifest.keyId}, given ${keyId(passphrase)})`);
  }
  for (const entry of [...manifest.files, ...(manifest.secrets ? [manifest.secrets] : [])]) {
    await restoreEncrypted(path.join(dir, ...entry.stored.split('/')), entry.sha256, passphrase, null);
  }
}

/**
 * A base backup of the cluster in `clusterDir` (`url`: a superuser) into the archive, checked, then retention.
 * `dataDir`: DATA_DIR, whose secrets.json goes with it.
 */
export async function archiveBaseBackup(options: {
  url: string;
  clusterDir: string;
  dataDir: string | null;
  backup: BackupConfig;
  logger: Logger;
  now?: () => Date;
}): Promise<{ dir: string; manifest: BaseBackupManifest }> {
  const { backup, logger } = options;
  const now = options.now ?? (() => new Date());
  const started = now();
  const dir = path.join(baseDir(backup.target), folderName(started));
  await mkdir(dir, { recursive: true });
  const files: StoredEntry[] = [];
  const directories: string[] = [];
  const result = await takeBaseBackup({
    url: options.url,
    dataDir: options.clusterDir,
    label: `regiekamer ${started.toISOString()}`,
    // The backup counts only once the WAL up to its end is in the archive too.
    waitForArchive: true,
    sink: encryptingSink(dir, backup.encryptionKey, files, directories),
  });
  const finishedAt = now();
  const startWal = await walFileName(options.url, result.startLsn);
  let secrets: StoredEntry | null = null;
  const secretsFile = options.dataDir === null ? null : path.join(options.dataDir, 'secrets.json');
  if (secretsFile !== null && existsSync(secretsFile)) {
    const stored = await storeEncrypted(secretsFile, path.join(dir, 'secrets.json.enc'), backup.encryptionKey);
    secrets = { path: 'secrets.json', stored: 'secrets.json.enc', ...stored };
  }
  const manifest: BaseBackupManifest = {
    format: BASE_BACKUP_FORMAT,
    label: result.label,
    keyId: keyId(backup.encryptionKey),
    startedAt: result.startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    checkedAt: null,
    startLsn: result.startLsn,
    stopLsn: result.stopLsn,
    startWal,
    directories,
    files,
    secrets,
    storedBytes: [...files, ...(secrets ? [secrets] : [])].reduce((n, f) => n + f.bytes, 0),
    dataBytes: result.bytes,
  };
  await writeTextAtomically(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  await verifyBaseBackup(dir, manifest, backup.encryptionKey);
  manifest.checkedAt = now().toISOString();
  await writeTextAtomically(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  await writeTextAtomically(
    lastGoodFile(backup.target),
    JSON.stringify({ name: path.basename(dir), finishedAt: manifest.finishedAt, checkedAt: manifest.checkedAt, storedBytes: manifest.storedBytes }, null, 2) + '\n',
  );
  logger.info('base backup written', { dir, files: files.length, dataBytes: manifest.dataBytes, storedBytes: manifest.storedBytes, startWal });
  const removed = await applyRetention(backup, now());
  if (removed.deleteBackups.length + removed.deleteWal.length > 0) logger.info('backups past retention removed', { backups: removed.deleteBackups, walFiles: removed.deleteWal.length });
  return { dir, manifest };
}

async function walFileName(url: string, lsn: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('SELECT pg_walfile_name($1::pg_lsn) AS name', [lsn]);
    return rows[0]?.name ?? '';
  } finally {
    await client.end();
  }
}

export const lastGoodFile = (target: string): string => path.join(baseDir(target), 'last-good.json');

/** The base backups in the archive, newest last; a folder without a readable manifest is an unfinished one. */
export async function listBaseBackups(target: string): Promise<{ name: string; dir: string; manifest: BaseBackupManifest | null }[]> {
  const names = await readdir(baseDir(target), { withFileTypes: true }).catch(() => []);
  const found = [];
  for (const entry of names.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(baseDir(target), entry.name);
    const manifest = await readFile(path.join(dir, 'manifest.json'), 'utf8').then(
      (text) => JSON.parse(text) as BaseBackupManifest,
      () => null,
    );
    found.push({ name: entry.name, dir, manifest: manifest?.format === BASE_BACKUP_FORMAT ? manifest : null });
  }
  return found;
}

export function backupFacts(b: { name: string; manifest: BaseBackupManifest | null }): BackupFacts {
  const m = b.manifest;
  // An unfinished folder is dated by its name, so that retention removes it once it is older than what is kept.
  const named = new Date(b.name.replace(/T(\d{2})-(\d{2})-(\d{2})Z$/, 'T$1:$2:$3Z'));
  return { name: b.name, finishedAt: m ? new Date(m.finishedAt) : named, startWal: m?.startWal ?? '', good: m?.checkedAt != null };
}

/** Removes what the retention rule (rules.ts) says is no longer needed. */
export async function applyRetention(backup: BackupConfig, now: Date): Promise<{ deleteBackups: string[]; deleteWal: string[] }> {
  const backups = await listBaseBackups(backup.target);
  const walFiles = (await readdir(walDir(backup.target)).catch(() => [] as string[])).filter((f) => f.endsWith('.enc')).map((f) => f.slice(0, -'.enc'.length));
  const plan = retentionPlan(backups.map(backupFacts), walFiles, now, backup.retentionDays);
  for (const name of plan.deleteBackups) await rm(path.join(baseDir(backup.target), name), { recursive: true, force: true });
  for (const name of plan.deleteWal) {
    await rm(path.join(walDir(backup.target), `${name}.enc`), { force: true });
    await rm(path.join(walDir(backup.target), `${name}.enc.sha256`), { force: true });
  }
  return plan;
}
