import 'reflect-metadata';
import { loadConfig } from '../config';
import { locateDatabase } from '../db/connect';
import { migrateUp } from '../db/migrate';
import { startWorker } from '../jobs/worker';
import { createLogger } from '../shared/logger';
import { stopOnSignals } from '../shared/stop-signals';

/**
 * `npm run worker`: the job worker alone, beside API processes started with WORKER=off. It migrates first (as the API
 * does), so either may start first.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const location = await locateDatabase(config, logger);
  const stopEmbedded = async (): Promise<void> => {
    await location.embedded?.stop().catch(() => undefined);
  };
  try {
    await migrateUp(location.url);
    const publicUrl = config.worker.publicUrl ?? `http://${config.host}:${config.port}`;
    const worker = await startWorker({ config: config.worker, databaseUrl: location.url, publicUrl, logger });
    logger.info('worker started', { concurrency: config.worker.concurrency, smtp: config.worker.smtpUrl !== null });
    stopOnSignals(logger, () => worker.stop(), stopEmbedded);
  } catch (error) {
    await stopEmbedded();
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`the worker could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
