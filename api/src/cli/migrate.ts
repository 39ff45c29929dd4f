import { loadConfig } from '../config';
import { locateDatabase } from '../db/connect';
import { migrateDown, migrateUp } from '../db/migrate';
import { createLogger } from '../shared/logger';
import { runCommand } from './command';

/** `npm run db:migrate` applies pending migrations; `npm run db:revert` undoes the last one. */
async function main(): Promise<void> {
  const direction = process.argv[2];
  if (direction !== 'up' && direction !== 'down') throw new Error('usage: migrate up|down');
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const location = await locateDatabase(config, logger);
  try {
    if (direction === 'up') {
      const applied = await migrateUp(location.url);
      logger.info(applied.length > 0 ? 'migrations applied' : 'database is up to date', { migrations: applied });
    } else {
      await migrateDown(location.url);
      logger.info('last migration reverted');
    }
  } finally {
    await location.embedded?.stop();
  }
}

runCommand(main);
