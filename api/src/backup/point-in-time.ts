import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../db/embedded';
import type { Logger } from '../shared/logger';
import { ArchiveError, keyId, readChecksumFile, readEncrypted, restoreEncrypted, sha256OfFile } from './archive-file';
import { restoreCommand, serverOwner, writeKeyFile } from './archiving';
import { backupFacts, listBaseBackups, type BaseBackupManifest } from './base-backups';
import { baseBackupFor, walSegment } from './rules';
import { walDir } from './wal-archive';

export interface PointInTimeResult {
  /** The new DATA_DIR: its cluster in `pg/`, the restored secrets.json beside it. */
  dataDir: string;
  baseBackup: string;
  target: Date;
  /** Where the server's recovery stopped, in its words. */
  stoppedAt: string | null;
  walFilesChecked: number;
  seconds: number;
}

/** Is there a base backup in `dir` (a point-in-time archive, as opposed to a logical backup)? */
export const isArchive = (dir: string): boolean => existsSync(path.join(dir, 'base'));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Brings a new cluster in `dataDir` (which must not exist or be empty) to the moment `target`: the latest good base
 * backup before it, decrypted and checked file by file, every WAL file from its start checked against its checksum,
 * then PostgreSQL's own recovery with restore_command (decrypting from the archive), recovery_target_time and
 * promote. The cluster is started, checked and stopped again; `DATA_DIR=<dataDir> npm start` serves it.
 */
export async function restoreToPointInTime(options: {
  from: string;
  target: Date;
  dataDir: string;
  passphrase: string;
  logger: Logger;
  /** Where the cluster listens during the recovery; a free port when not given. */
  port?: number;
}): Promise<PointInTimeResult> {
  const { from, target, passphrase, logger } = options;
  const started = performance.now();
  const dataDir = path.resolve(options.dataDir);
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new ArchiveError(`${dataDir} is not empty: a point-in-time restore makes a new data folder and never writes over one`);
  }
  const backup = await baseBackupToRestore(from, target, passphrase);
  const walFilesChecked = await checkWalFiles(from, backup.manifest);
  logger.info('restoring base backup', {
    baseBackup: backup.name,
    finishedAt: backup.manifest.finishedAt,
    target: target.toISOString(),
    walFiles: walFilesChecked,
  });
  const restored = await restoreBaseBackup(backup, dataDir, passphrase);
  const port = options.port ?? (await freePort());
  const serverLog = await recover({ ...restored, from, target, port, logger });
  return {
    dataDir,
    baseBackup: backup.name,
    target,
    stoppedAt: recoveryStop(serverLog),
    walFilesChecked,
    seconds: (performance.now() - started) / 1000,
  };
}

/** A base backup with its manifest: finished and checked. */
interface ChosenBackup {
  name: string;
  dir: string;
  manifest: BaseBackupManifest;
}

/** The latest good base backup before `target`, made with the key of `passphrase`. */
async function baseBackupToRestore(from: string, target: Date, passphrase: string): Promise<ChosenBackup> {
  const backups = await listBaseBackups(from);
  const chosen = baseBackupFor(backups.map(backupFacts), target);
  const found = backups.find((b) => b.name === chosen?.name);
  if (!found?.manifest) {
    const first = backups.map(backupFacts).find((b) => b.good);
    throw new ArchiveError(
      first
        ? `no base backup finished before ${target.toISOString()}: the earliest moment this archive can restore is ${first.finishedAt.toISOString()}`
        : `no checked base backup in ${from} (run npm run db:basebackup first)`,
    );
  }
  const manifest: BaseBackupManifest = found.manifest;
  if (manifest.keyId !== keyId(passphrase)) {
    throw new ArchiveError(`the archive was made with another BACKUP_ENCRYPTION_KEY than the one given (key id ${manifest.keyId}, given ${keyId(passphrase)})`);
  }
  return { name: found.name, dir: found.dir, manifest };
}

/** Every WAL file the recovery may read, checked before anything starts: a damaged one would end it early. How many. */
async function checkWalFiles(from: string, manifest: BaseBackupManifest): Promise<number> {
  const startSegment = walSegment(manifest.startWal) ?? '';
  const walNames = (await readdir(walDir(from)).catch(() => [] as string[])).filter((f) => f.endsWith('.enc')).map((f) => f.slice(0, -4));
  const needed = walNames.filter((n) => (walSegment(n) ?? 'F') >= startSegment);
  for (const name of needed) {
    const file = path.join(walDir(from), `${name}.enc`);
    const expected = await readChecksumFile(`${file}.sha256`);
    const actual = await sha256OfFile(file);
    if (actual !== expected) throw new ArchiveError(`wal/${name}.enc: checksum mismatch (SHA-256 ${actual}, expected ${expected}): the archived file is damaged`);
  }
  return needed.length;
}

/** A cluster ready to recover: the base backup in `dataDir/pg`, its secrets, the recovery signal and the archive's key. */
interface RestoredCluster {
  clusterDir: string;
  /** The restored cluster's superuser password, from the backed-up secrets.json. */
  postgresPassword: string;
  keyFile: string;
}

async function restoreBaseBackup(backup: ChosenBackup, dataDir: string, passphrase: string): Promise<RestoredCluster> {
  const clusterDir = path.join(dataDir, 'pg');
  await restoreFiles(backup, dataDir, clusterDir, passphrase);
  const postgresPassword = await restoreSecrets(backup, dataDir, passphrase);
  await writeFile(path.join(clusterDir, 'recovery.signal'), '', { mode: 0o600 });
  const keyFile = await writeKeyFile(dataDir, passphrase);
  const owner = serverOwner();
  if (owner) execFileSync('chown', ['-R', `${owner.uid}:${owner.gid}`, clusterDir]);
  await chmod(clusterDir, 0o700);
  return { clusterDir, postgresPassword, keyFile };
}

/** The base backup's folders and files, each decrypted and checked against its SHA-256. */
async function restoreFiles(backup: ChosenBackup, dataDir: string, clusterDir: string, passphrase: string): Promise<void> {
  const { manifest } = backup;
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  // The server, as user postgres when we are root, must reach the folder.
  await chmod(dataDir, 0o755);
  for (const dir of [...manifest.directories, 'pg_wal', 'pg_wal/archive_status']) await mkdir(path.join(clusterDir, ...dir.split('/')), { recursive: true, mode: 0o700 });
  for (const entry of manifest.files) {
    const dest = path.join(clusterDir, ...entry.path.split('/'));
    await mkdir(path.dirname(dest), { recursive: true, mode: 0o700 });
    await restoreEncrypted(path.join(backup.dir, ...entry.stored.split('/')), entry.sha256, passphrase, dest);
  }
}

/** The backed-up secrets.json, written into `dataDir`; the restored cluster's superuser password. */
async function restoreSecrets(backup: ChosenBackup, dataDir: string, passphrase: string): Promise<string> {
  const { manifest } = backup;
  if (!manifest.secrets) throw new ArchiveError(`${backup.name} holds no secrets.json: the restored cluster's passwords are unknown`);
  const secretsText = (await readEncrypted(path.join(backup.dir, manifest.secrets.stored), manifest.secrets.sha256, passphrase)).toString('utf8');
  await writeFile(path.join(dataDir, 'secrets.json'), secretsText, { mode: 0o600 });
  const secrets = JSON.parse(secretsText) as { postgresPassword?: string };
  if (!secrets.postgresPassword) throw new ArchiveError('the backed-up secrets.json holds no postgresPassword');
  return secrets.postgresPassword;
}

/**
 * PostgreSQL's recovery: replays to the first commit after the target, stops before it and promotes. Should the
 * archive end before the target, the server refuses to start ("recovery ended before configured recovery target").
 * The server is started, checked and stopped again; the answer is its own account of the recovery.
 */
async function recover(options: RestoredCluster & { from: string; target: Date; port: number; logger: Logger }): Promise<string> {
  const { clusterDir, keyFile, from, target, port, logger } = options;
  // The server's own account of the recovery: where it stopped, and why when it fails.
  let serverLog = '';
  const recording: Logger = {
    ...logger,
    debug: (msg, fields) => {
      if (msg === 'postgres' && typeof fields?.message === 'string') serverLog = (serverLog + fields.message + '\n').slice(-20000);
      logger.debug(msg, fields);
    },
  };
  const db = await startEmbeddedPostgres({
    clusterDir,
    port,
    password: options.postgresPassword,
    database: 'regiekamer',
    logger: recording,
    extraFlags: [
      '-c', `restore_command=${restoreCommand(from, keyFile)}`,
      // PostgreSQL's own timestamp form: it refuses ISO 8601's "T…Z" here.
      '-c', `recovery_target_time=${target.toISOString().replace('T', ' ').replace('Z', '+00')}`,
      '-c', 'recovery_target_action=promote',
      '-c', 'archive_mode=off',
    ],
  }).catch((error: unknown) => {
    const said = serverLog.split('\n').filter((line) => /FATAL|wal-archive|recovery/.test(line)).slice(-6).join('\n');
    throw new ArchiveError(
      `the recovery did not complete (${error instanceof Error ? error.message : 'the server exited'}):\n${said}\n` +
        'If the server says the recovery ended before the target was reached, the archive does not reach that moment yet.',
    );
  });
  try {
    await checkPromoted(db.url);
  } finally {
    await db.stop();
  }
  return serverLog;
}

/** The restored cluster takes writes: out of recovery. */
async function checkPromoted(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ recovering: boolean }>('SELECT pg_is_in_recovery() AS recovering');
    if (rows[0]?.recovering !== false) throw new ArchiveError('the restored cluster is still in recovery');
  } finally {
    await client.end();
  }
}

/** Where the server's recovery stopped, as it logs it ("recovery stopping before commit of transaction 812, time …"). */
export function recoveryStop(log: string): string | null {
  return /recovery stopping [^\n]*/.exec(log)?.[0]?.trim() ?? /last completed transaction was at log time [^\n]*/.exec(log)?.[0]?.trim() ?? null;
}
