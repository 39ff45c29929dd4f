import 'reflect-metadata';
import { loadConfig } from '../config';
import { locateDatabase } from '../db/connect';
import { migrateUp } from '../db/migrate';
import { startWorker } from '../jobs/worker';
import { createLogger } from '../shared/logger';

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
    let stopping = false;
    const shutdown = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      logger.info('worker shutting down', { signal });
      void worker
        .stop()
        .catch((error: unknown) => logger.error('error while stopping the worker', { error: String(error) }))
        .then(stopEmbedded)
        .then(() => process.exit(0));
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
  } catch (error) {
    await stopEmbedded();
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`the worker could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
