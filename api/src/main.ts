// First: traces hook the modules they instrument as those load.
import { tracing } from './observability/tracing-start';
import 'reflect-metadata';
import { ConfigError, loadConfig, type Config } from './config';
import { locateDatabase } from './db/connect';
import { migrateUp } from './db/migrate';
import { Database } from './db/database';
import { loadOrCreateSecrets } from './db/secrets';
import { AppLoginError, derivedAppPassword } from './db/app-login';
import { startApp, type RunningApp } from './app';
import { seedDemoIfEmpty } from './demo';
import { createLogger, type Logger } from './shared/logger';
import { systemClock } from './clock';
import { configureFaultPoints } from './shared/faults';
import { explainStartFailure, formatStartFailure, StartStageError, startStep } from './start-failure';
import { startWorker } from './jobs/worker';
import { stopOnSignals, type StopSignals } from './shared/stop-signals';
import { baseBackupTask } from './backup/schedule';

/** Read before anything can fail but the configuration itself; the failure message names its settings. */
let startConfig: Config | null = null;
/** Set before anything starts: a signal during the start stops what has started. */
let signals: StopSignals | null = null;

async function main(): Promise<void> {
  const config = loadConfig();
  startConfig = config;
  const logger = createLogger(config.logLevel);
  configureFaultPoints(config.faultPoints);
  const stops = stopOnSignals(logger);
  signals = stops;
  const traces = tracing;
  if (traces) stops.onRelease(() => traces.stop());
  const location = await startStep('database', () => locateDatabase(config, logger));
  const stopEmbedded = async (): Promise<void> => {
    await location.embedded?.stop().catch(() => undefined);
  };
  stops.onRelease(stopEmbedded);
  // Freshly seeded demo data: its morning notices come at once, so that Meldingen and the outbox are not empty until 07:00.
  let seeded = false;
  try {
    const applied = await startStep('database', () => migrateUp(location.url));
    if (applied.length > 0) logger.info('migrations applied', { migrations: applied });
    // DATA_DIR keeps the secrets the environment does not give.
    const generated =
      config.jwtSecret && config.pseudonymSecret && config.appDatabaseUrl
        ? null
        : await startStep('data-dir', () => loadOrCreateSecrets(config.dataDir));
    const jwtSecret = config.jwtSecret ?? generated?.jwtSecret;
    const pseudonymSecret = config.pseudonymSecret ?? generated?.pseudonymSecret;
    if (jwtSecret === undefined || pseudonymSecret === undefined) throw new Error('no JWT or pseudonym secret: neither set nor generated');
    if (config.demoMode) {
      // Seed before listening, so that ready means ready with data.
      const seedDb = Database.connect(location.url, { poolSize: 2 });
      try {
        const summary = await startStep('database', () => seedDemoIfEmpty(seedDb, config.demoPassword, systemClock, logger));
        if (summary) {
          logger.info('demo data seeded', { providers: summary.providers, arrangements: summary.arrangements, reports: summary.reports });
          seeded = true;
        }
      } finally {
        await seedDb.end();
      }
    }
    const app = await startStep('listen', () =>
      startApp({
        config,
        databaseUrl: location.url,
        appPassword: appPasswordFor(config, generated?.appPassword),
        jwtSecret,
        pseudonymSecret,
        logger,
      }),
    );
    // The application's own connection (its URL or role may differ from the migrations'): refused now, not at the first request.
    await startStep('app-database', () => app.db.verify()).catch(async (error: unknown) => {
      await app.close().catch(() => undefined);
      throw error;
    });
    stops.onStop(() => app.close());
    await runWorkerBeside(app, config, location.url, logger, stops, seeded, pseudonymSecret);
    if (config.demoMode) {
      process.stdout.write(
        `\nRegiekamer is running at ${app.url}  (demo mode: embedded database in ${config.dataDir})\n` +
          `Demo users, password "${config.demoPassword}":\n` +
          `  regisseur@gemeente.example (REGISSEUR), analist@gemeente.example (ANALYST), admin@gemeente.example (ADMIN)\n` +
          `  clientenraad@gemeente.example (CLIENT_COUNCIL), bewoner@gemeente.example (RESIDENT)\n` +
          `  one PROVIDER_REP per provider: query providers { representatives { email } } as the regisseur\n\n`,
      );
    } else {
      logger.info('regiekamer started', { url: app.url });
    }
  } catch (error) {
    await stopEmbedded();
    throw error;
  }
}

/**
 * The job worker beside the HTTP server (unless WORKER=off: then `npm run worker` runs it). A signal stops both
 * together, running requests and jobs finishing first, a worker still starting once it has started: the server is
 * ready (and may be told to stop) before the worker is. Just after the demo data was seeded, the morning notices run
 * at once for today.
 */
async function runWorkerBeside(
  app: RunningApp,
  config: Config,
  databaseUrl: string,
  logger: Logger,
  stops: StopSignals,
  demoSeeded: boolean,
  pseudonymSecret: string,
): Promise<void> {
  const publicUrl = config.worker.publicUrl ?? app.url;
  // The nightly base backup of the embedded cluster (an external server's are made on its machine: db:basebackup).
  const daily = config.backup && config.databaseUrl === null ? [baseBackupTask({ url: databaseUrl, dataDir: config.dataDir, backup: config.backup, logger })] : [];
  const worker = config.worker.enabled ? startWorker({ config: config.worker, databaseUrl, publicUrl, logger, oidc: app.oidc, pseudonymSecret, daily }) : Promise.resolve(null);
  stops.onStop(() => worker.then((w) => w?.stop()));
  const started = await startStep('database', () => worker).catch(async (error: unknown) => {
    if (stops.stopping()) return null;
    await app.close().catch(() => undefined);
    throw error;
  });
  if (demoSeeded && started) await started.runMorningNow(systemClock.today());
}

/** The embedded database's role password lives in DATA_DIR; on a shared database every process derives the same one. */
function appPasswordFor(config: Config, generated: string | undefined): string | undefined {
  if (config.appDatabaseUrl) return undefined;
  return config.databaseUrl !== null && config.jwtSecret !== null ? derivedAppPassword(config.jwtSecret) : generated;
}

main().catch((error: unknown) => {
  // A signal during the start: the shutdown exits, cleanly.
  if (signals?.stopping()) return;
  const cause = error instanceof StartStageError ? error.error : error;
  const message =
    cause instanceof ConfigError
      ? `configuration error: ${cause.message}\nWhat to do: correct that environment variable (see the configuration table in the README).\n`
      : cause instanceof AppLoginError
        ? // Its message says what to do.
          `Regiekamer could not start: database login error: ${cause.message}\n`
        : formatStartFailure(explainStartFailure(error, startConfig));
  process.stderr.write(message);
  // The detail behind the failure, for a report; the message above says what to do.
  if (startConfig?.logLevel === 'debug' && cause instanceof Error) process.stderr.write(`${cause.stack ?? cause.message}\n`);
  process.exit(1);
});
