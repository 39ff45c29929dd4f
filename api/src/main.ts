import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { locateDatabase } from './db/connect';
import { migrateUp } from './db/migrate';
import { Database } from './db/database';
import { loadOrCreateSecrets } from './db/secrets';
import { AppLoginError } from './db/app-login';
import { startApp } from './app';
import { seedDemoIfEmpty } from './demo';
import { createLogger } from './shared/logger';
import { systemClock } from './clock';
import { configureFaultPoints } from './shared/faults';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  configureFaultPoints(config.faultPoints);
  const location = await locateDatabase(config, logger);
  let stopping = false;
  const stopEmbedded = async (): Promise<void> => {
    await location.embedded?.stop().catch(() => undefined);
  };
  try {
    const applied = await migrateUp(location.url);
    if (applied.length > 0) logger.info('migrations applied', { migrations: applied });
    const generated = config.jwtSecret && config.pseudonymSecret && config.appDatabaseUrl ? null : await loadOrCreateSecrets(config.dataDir);
    const jwtSecret = config.jwtSecret ?? generated!.jwtSecret;
    const pseudonymSecret = config.pseudonymSecret ?? generated!.pseudonymSecret;
    if (config.demoMode) {
      // Seed before listening, so that ready means ready with data.
      const seedDb = Database.connect(location.url, { poolSize: 2 });
      try {
        const summary = await seedDemoIfEmpty(seedDb, config.demoPassword, systemClock, logger);
        if (summary) {
          logger.info('demo data seeded', { providers: summary.providers, arrangements: summary.arrangements, reports: summary.reports });
        }
      } finally {
        await seedDb.end();
      }
    }
    const app = await startApp({ config, databaseUrl: location.url, appPassword: generated?.appPassword, jwtSecret, pseudonymSecret, logger });
    if (config.demoMode) {
      process.stdout.write(
        `\nRegiekamer is running at ${app.url}  (demo mode: embedded database in ${config.dataDir})\n` +
          `Demo users, password "${config.demoPassword}":\n` +
          `  regisseur@gemeente.example (REGISSEUR), analist@gemeente.example (ANALYST), admin@gemeente.example (ADMIN)\n` +
          `  one PROVIDER_REP per provider: query providers { representatives { email } } as the regisseur\n\n`,
      );
    } else {
      logger.info('regiekamer started', { url: app.url });
    }
    const shutdown = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      logger.info('shutting down', { signal });
      void app
        .close()
        .catch((error: unknown) => logger.error('error while closing', { error: String(error) }))
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
  const message =
    error instanceof ConfigError
      ? `configuration error: ${error.message}`
      : error instanceof AppLoginError
        ? `database login error: ${error.message}`
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
