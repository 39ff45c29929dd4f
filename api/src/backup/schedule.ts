import path from 'node:path';
import type { BackupConfig } from '../config';
import type { DailyTask } from '../jobs/daily';
import type { Logger } from '../shared/logger';
import { archiveBaseBackup } from './base-backups';

export const BASE_BACKUP_TASK = 'base_backup';

/** The nightly base backup of the embedded cluster (DATA_DIR/pg), a daily job of the worker at BASE_BACKUP_AT. */
export function baseBackupTask(options: { url: string; dataDir: string; backup: BackupConfig; logger: Logger }): DailyTask {
  return {
    task: BASE_BACKUP_TASK,
    at: options.backup.baseBackupAt,
    run: async () => {
      await archiveBaseBackup({ url: options.url, clusterDir: path.join(options.dataDir, 'pg'), dataDir: options.dataDir, backup: options.backup, logger: options.logger });
    },
  };
}
