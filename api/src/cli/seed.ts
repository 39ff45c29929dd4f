// The demo seeds the proposals by the API's own rules, which load the entity enums (type-graphql decorators).
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { locateDatabase } from '../db/connect';
import { Database } from '../db/database';
import { SYSTEM_ACTOR } from '../db/request-db';
import { migrateUp } from '../db/migrate';
import { systemClock } from '../clock';
import { hashPassword } from '../shared/auth/passwords';
import { createLogger } from '../shared/logger';
import { seedArrangements, seedDemo } from '../../../seeds/demo';

/**
 * `npm run seed -- --scale N`: on an empty database, the demo data with N times the arrangements and reports;
 * on a seeded one, (N - 1) x 300 more arrangements with their reports, so that the total is about N times the demo.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
  const scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) throw new Error('--scale must be a whole number from 1 to 1000');
  const config = loadConfig();
  // The demo users' password is published in the README.
  if (config.production) throw new Error('npm run seed writes demo users and is refused with NODE_ENV=production');
  const logger = createLogger(config.logLevel);
  const location = await locateDatabase(config, logger);
  const db = Database.connect(location.url, { poolSize: 2, statementTimeoutMs: 0 });
  try {
    await migrateUp(location.url);
    const started = Date.now();
    const log = (msg: string): void => logger.info(msg);
    const existing = await db.query<{ id: number }>('SELECT id FROM municipality ORDER BY id LIMIT 1');
    const today = systemClock.today();
    if (existing[0] === undefined) {
      const summary = await db.transaction(SYSTEM_ACTOR, (tx) =>
        seedDemo(tx, { scale, demoPassword: config.demoPassword, today, hashPassword, log }),
      );
      logger.info('seeded', { scale, arrangements: summary.arrangements, reports: summary.reports, ms: Date.now() - started });
    } else if (scale > 1) {
      const municipalityId = existing[0].id;
      const added = await db.transaction(SYSTEM_ACTOR, (tx) => seedArrangements(tx, { municipalityId, scale: scale - 1, today, seed: scale, log }));
      logger.info('added arrangements', { scale, ...added, ms: Date.now() - started });
    } else {
      logger.info('database already seeded; nothing to do at --scale 1');
    }
    await db.query('ANALYZE');
  } finally {
    await db.end();
    await location.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
