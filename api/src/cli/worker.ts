import 'reflect-metadata';
import { loadConfig } from '../config';
import { locateDatabase } from '../db/connect';
import { migrateUp } from '../db/migrate';
import { startWorker } from '../jobs/worker';
import { oidcRuntime } from '../modules/oidc/oidc.runtime';
import { createSealer } from '../shared/auth/sealing';
import { createLogger } from '../shared/logger';
import { stopOnSignals, type StopSignals } from '../shared/stop-signals';

/**
 * `npm run worker`: the job worker alone, beside API processes started with WORKER=off. It migrates first (as the API
 * does), so either may start first.
 */
let signals: StopSignals | null = null;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const stops = stopOnSignals(logger);
  signals = stops;
  const location = await locateDatabase(config, logger);
  const stopEmbedded = async (): Promise<void> => {
    await location.embedded?.stop().catch(() => undefined);
  };
  stops.onRelease(stopEmbedded);
  try {
    await migrateUp(location.url);
    const publicUrl = config.worker.publicUrl ?? `http://${config.host}:${config.port}`;
    // Re-checking single sign-on sessions opens their sealed tokens: with the API's key (JWT_SECRET) only.
    const oidc = config.jwtSecret === null ? undefined : oidcRuntime(config, createSealer(config.jwtSecret, 'single sign-on'), () => publicUrl).runtime;
    const worker = startWorker({
      config: config.worker,
      databaseUrl: location.url,
      publicUrl,
      logger,
      oidc,
      // Counting selection rounds in the morning needs the API's pseudonym key (PSEUDONYM_SECRET, required in production).
      ...(config.pseudonymSecret === null ? {} : { pseudonymSecret: config.pseudonymSecret }),
    });
    stops.onStop(() => worker.then((w) => w.stop()));
    await worker;
    logger.info('worker started', { concurrency: config.worker.concurrency, smtp: config.worker.smtpUrl !== null });
  } catch (error) {
    await stopEmbedded();
    throw error;
  }
}

main().catch((error: unknown) => {
  // A signal during the start: the shutdown exits, cleanly.
  if (signals?.stopping()) return;
  process.stderr.write(`the worker could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
