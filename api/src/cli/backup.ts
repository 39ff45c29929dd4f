import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { backupDatabase, restoreDatabase } from '../db/backup';
import { locateDatabase } from '../db/connect';
import { createLogger } from '../shared/logger';

/**
 * `npm run db:backup [-- --out DIR]`: a consistent logical backup (default DATA_DIR/backups/<time>).
 * `npm run db:restore -- --from DIR`: into the configured database, which must be empty.
 */
async function main(): Promise<void> {
  const [command] = process.argv.slice(2, 3);
  const { values } = parseArgs({ args: process.argv.slice(3), options: { out: { type: 'string' }, from: { type: 'string' } } });
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
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
      throw new Error('usage: backup backup|restore');
    }
  } finally {
    await location.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
