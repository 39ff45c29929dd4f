import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { loadConfig, type Config } from '../config';
import { backupDatabase, restoreDatabase } from '../db/backup';
import { locateDatabase } from '../db/connect';
import { loadOrCreateSecrets } from '../db/secrets';
import { createLogger, type Logger } from '../shared/logger';
import { archiveBaseBackup } from '../backup/base-backups';
import { isArchive, restoreToPointInTime } from '../backup/point-in-time';
import { parseRecoveryTarget } from '../backup/rules';
import { runCommand } from './command';

/**
 * `npm run db:backup [-- --out DIR]`: a consistent logical backup (default DATA_DIR/backups/<time>).
 * `npm run db:restore -- --from DIR`: a logical backup into the configured database, which must be empty.
 * `npm run db:restore -- --from TARGET --to TIME [--data-dir DIR]`: a point-in-time restore from the archive
 *   (BACKUP_TARGET, with base backups) into a new data folder; a folder with base backups needs --to.
 * `npm run db:basebackup [-- --pg-data DIR]`: a base backup into BACKUP_TARGET now (--pg-data: the data directory of
 *   an external PostgreSQL, DATABASE_URL as a superuser, run on its machine).
 */
async function main(): Promise<void> {
  const [command] = process.argv.slice(2, 3);
  const { values } = parseArgs({
    args: process.argv.slice(3),
    options: { out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, 'data-dir': { type: 'string' }, 'pg-data': { type: 'string' } },
  });
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (command === 'restore' && (values.to !== undefined || (values.from !== undefined && isArchive(path.resolve(values.from))))) {
    await pointInTime(config, logger, values);
    return;
  }
  if (command === 'basebackup') {
    await baseBackupNow(config, logger, values['pg-data']);
    return;
  }
  const location = await locateDatabase(config, logger);
  try {
    if (command === 'backup') {
      const dir = path.resolve(values.out ?? path.join(config.dataDir, 'backups', new Date().toISOString().replace(/[:.]/g, '-')));
      const manifest = await backupDatabase(location.url, dir);
      logger.info('backup written', { dir, rows: manifest.tables.reduce((n, t) => n + t.rows, 0) });
    } else if (command === 'restore') {
      if (!values.from) throw new Error('usage: db:restore -- --from DIR');
      const manifest = await restoreDatabase(location.url, path.resolve(values.from));
      logger.info('backup restored', { from: values.from, createdAt: manifest.createdAt, rows: manifest.tables.reduce((n, t) => n + t.rows, 0) });
    } else {
      throw new Error('usage: backup backup|restore|basebackup');
    }
  } finally {
    await location.embedded?.stop();
  }
}

async function pointInTime(config: Config, logger: Logger, values: { from?: string | undefined; to?: string | undefined; 'data-dir'?: string | undefined }): Promise<void> {
  const from = path.resolve(values.from ?? config.backup?.target ?? '');
  if (!values.from && !config.backup) throw new Error('usage: db:restore -- --from TARGET --to "2026-11-28 14:00" [--data-dir DIR]');
  if (!values.to) throw new Error(`${from} is an archive of base backups and WAL: say to which moment with --to "2026-11-28 14:00" (Amsterdam time, or with an offset)`);
  if (!config.backup) throw new Error('a point-in-time restore needs BACKUP_ENCRYPTION_KEY (and BACKUP_TARGET): the archive is encrypted');
  const target = parseRecoveryTarget(values.to);
  const dataDir = path.resolve(values['data-dir'] ?? path.join(config.dataDir, `restored-${target.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-')}`));
  if (dataDir === config.dataDir || dataDir === path.join(config.dataDir, 'pg')) throw new Error('--data-dir must be a new folder, never the running DATA_DIR');
  const result = await restoreToPointInTime({ from, target, dataDir, passphrase: config.backup.encryptionKey, logger });
  logger.info('restored to a point in time', {
    dataDir: result.dataDir,
    baseBackup: result.baseBackup,
    target: result.target.toISOString(),
    stoppedAt: result.stoppedAt,
    walFilesChecked: result.walFilesChecked,
    seconds: Math.round(result.seconds * 10) / 10,
  });
  process.stdout.write(`Restored to ${result.target.toISOString()} in ${result.dataDir}. Start it with DATA_DIR=${result.dataDir} npm start\n`);
}

/** By hand: the running embedded server when there is one (the API's), else it is started for the backup. */
async function baseBackupNow(config: Config, logger: Logger, pgData: string | undefined): Promise<void> {
  if (!config.backup) throw new Error('db:basebackup needs BACKUP_TARGET and BACKUP_ENCRYPTION_KEY');
  const backup = config.backup;
  if (config.databaseUrl !== null) {
    if (!pgData) throw new Error('with DATABASE_URL, say where that server keeps its data: --pg-data DIR (run on its machine, DATABASE_URL a superuser)');
    await archiveBaseBackup({ url: config.databaseUrl, clusterDir: path.resolve(pgData), dataDir: null, backup, logger });
    return;
  }
  const clusterDir = path.join(config.dataDir, 'pg');
  const secrets = await loadOrCreateSecrets(config.dataDir);
  const runningUrl = `postgres://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${config.embeddedPostgresPort}/regiekamer`;
  if (existsSync(path.join(clusterDir, 'postmaster.pid')) && (await answers(runningUrl))) {
    await archiveBaseBackup({ url: runningUrl, clusterDir, dataDir: config.dataDir, backup, logger });
    return;
  }
  const location = await locateDatabase(config, logger);
  try {
    await archiveBaseBackup({ url: location.url, clusterDir, dataDir: config.dataDir, backup, logger });
  } finally {
    await location.embedded?.stop();
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

runCommand(main);
