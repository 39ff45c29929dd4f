import pg from 'pg';
import { loadConfig } from '../config';
import { locateDatabase } from '../db/connect';
import { installPgTypeParsers } from '../db/pg-types';
import { runRetention } from '../modules/retention/retention.job';
import { createLogger } from '../shared/logger';
import { runCommand } from './command';

/**
 * `npm run retention -- --dry-run`: what the retention schedule would remove or anonymise now, counted per kind and
 * table and rolled back. `npm run retention -- --now`: does it now (the daily job does the same at RETENTION_AT).
 */
async function main(): Promise<void> {
  const mode = process.argv[2];
  if ((mode !== '--dry-run' && mode !== '--now') || process.argv.length > 3) throw new Error('usage: retention --dry-run|--now');
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const location = await locateDatabase(config, logger);
  installPgTypeParsers();
  const pool = new pg.Pool({ connectionString: config.worker.databaseUrl ?? location.url, max: 1, application_name: 'regiekamer-retention' });
  try {
    const runs = await runRetention(pool, {
      retention: config.worker.retention,
      now: new Date(),
      dryRun: mode === '--dry-run',
      job: mode === '--dry-run' ? 'cli-dry-run' : 'cli',
      logger,
    });
    for (const run of runs) {
      process.stdout.write(
        `${JSON.stringify({ kind: run.kind, cutoff: run.cutoff.toISOString(), dryRun: mode === '--dry-run', counts: run.counts })}\n`,
      );
    }
  } finally {
    await pool.end();
    await location.embedded?.stop();
  }
}

runCommand(main);
