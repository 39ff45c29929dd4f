import { copyFile, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';

/**
 * A base backup of a running cluster with the server's low-level backup API (pg_backup_start / pg_backup_stop on one
 * connection) and a file copy of its data directory: the embedded PostgreSQL ships no pg_basebackup. The copy is
 * inconsistent on its own; with the WAL from its start to its stop (archived, or streamed to a standby) it recovers
 * to a consistent cluster. Used for the archive's base backups and to make a hot standby.
 */
export interface BaseBackupSink {
  /** Copies the file at `absolutePath` to `relativePath` (POSIX separators, relative to the data directory). */
  file(relativePath: string, absolutePath: string): Promise<void>;
  /** Writes generated content (backup_label, tablespace_map). */
  content(relativePath: string, data: string): Promise<void>;
  /** A directory that must exist in the copy, even if empty. */
  directory(relativePath: string): Promise<void>;
}

export interface BaseBackupResult {
  label: string;
  startLsn: string;
  stopLsn: string;
  files: number;
  bytes: number;
  startedAt: Date;
}

/** Directories whose contents a base backup leaves out (PostgreSQL's documentation, "Making a Base Backup Using the Low Level API"). */
const EMPTIED_DIRECTORIES = new Set(['pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans']);
/** Files at the top of the data directory that a copy must not carry: they describe the running server, not the data. */
const TOP_LEVEL_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'standby.signal', 'recovery.signal', 'backup_label.old']);

/**
 * Whether a path of the data directory is left out of a base backup. The emptied directories themselves are kept;
 * temporary files and relation cache files are rebuilt by the server.
 */
export function excludedFromBaseBackup(relativePath: string): boolean {
  const parts = relativePath.split('/');
  const name = parts[parts.length - 1] ?? '';
  if (parts.length === 1 && TOP_LEVEL_FILES.has(name)) return true;
  if (parts.length > 1 && EMPTIED_DIRECTORIES.has(parts[0] ?? '')) {
    // WAL's status folders are kept (empty): the server expects them.
    return !(parts[0] === 'pg_wal' && parts.length === 2 && (name === 'archive_status' || name === 'summaries'));
  }
  return name === 'pg_internal.init' || name.startsWith('pgsql_tmp');
}

/** Files removed while being copied (a table dropped meanwhile) are skipped: the WAL replay recreates the state. */
function vanished(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

async function copyTree(dataDir: string, relative: string, sink: BaseBackupSink, counts: { files: number; bytes: number }): Promise<void> {
  let entries;
  try {
    entries = await readdir(path.join(dataDir, relative), { withFileTypes: true });
  } catch (error) {
    if (vanished(error)) return;
    throw error;
  }
  for (const entry of entries) {
    const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (excludedFromBaseBackup(rel)) continue;
    const absolute = path.join(dataDir, rel);
    if (entry.isDirectory()) {
      await sink.directory(rel);
      // Into emptied directories too: their contents are excluded one by one, WAL's status folders kept.
      await copyTree(dataDir, rel, sink, counts);
    } else if (entry.isFile()) {
      try {
        const size = (await stat(absolute)).size;
        await sink.file(rel, absolute);
        counts.files += 1;
        counts.bytes += size;
      } catch (error) {
        if (!vanished(error)) throw error;
      }
    }
    // Symbolic links (tablespaces under pg_tblspc) are not followed: Regiekamer creates no tablespaces.
  }
}

/**
 * Takes a base backup of the cluster at `url` (a superuser, or a role granted pg_backup_start/stop) whose data
 * directory is `dataDir`. With `waitForArchive`, pg_backup_stop returns only once the last WAL segment it needs is
 * archived, so that the backup can be restored from the archive alone.
 */
export async function takeBaseBackup(options: {
  url: string;
  dataDir: string;
  label: string;
  waitForArchive: boolean;
  sink: BaseBackupSink;
}): Promise<BaseBackupResult> {
  const { url, dataDir, label, waitForArchive, sink } = options;
  const client = new Client({ connectionString: url });
  await client.connect();
  // The backup belongs to this connection: should the copy fail, closing it aborts the backup on the server.
  try {
    const startedAt = new Date();
    const started = await client.query<{ lsn: string }>('SELECT pg_backup_start($1, true)::text AS lsn', [label]);
    const counts = { files: 0, bytes: 0 };
    await copyTree(dataDir, '', sink, counts);
    const stopped = await client.query<{ lsn: string; labelfile: string; spcmapfile: string | null }>(
      'SELECT lsn::text AS lsn, labelfile, spcmapfile FROM pg_backup_stop($1)',
      [waitForArchive],
    );
    const row = stopped.rows[0];
    if (row === undefined) throw new Error('pg_backup_stop returned no row');
    await sink.content('backup_label', row.labelfile);
    if (row.spcmapfile) await sink.content('tablespace_map', row.spcmapfile);
    return { label, startLsn: started.rows[0]?.lsn ?? '', stopLsn: row.lsn, files: counts.files, bytes: counts.bytes, startedAt };
  } finally {
    await client.end();
  }
}

/** A plain copy into `targetDir`, as PostgreSQL wants a data directory: private to its owner (0700). */
export function directorySink(targetDir: string): BaseBackupSink {
  const at = (relativePath: string): string => path.join(targetDir, ...relativePath.split('/'));
  const parent = (relativePath: string): Promise<unknown> => mkdir(path.dirname(at(relativePath)), { recursive: true, mode: 0o700 });
  return {
    async file(relativePath, absolutePath) {
      await parent(relativePath);
      await copyFile(absolutePath, at(relativePath));
    },
    async content(relativePath, data) {
      await parent(relativePath);
      await writeFile(at(relativePath), data, { mode: 0o600 });
    },
    async directory(relativePath) {
      await mkdir(at(relativePath), { recursive: true, mode: 0o700 });
    },
  };
}
