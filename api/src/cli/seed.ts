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
import { seedNational } from '../../../seeds/national';
import { Client } from 'pg';
import { beginSql } from '../db/request-db';
import { progressBar } from './progress';
import { runCommand } from './command';

/**
 * `npm run seed -- --scale N`: on an empty database, the demo data with N times the arrangements and reports;
 * on a seeded one, (N - 1) x 300 more arrangements with their reports, so that the total is about N times the demo.
 * `npm run seed -- --municipalities N`: on an empty database, the national data set (seeds/national.ts): N
 * municipalities each the size of the demo with three years of history, loaded with COPY.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, municipalities: { type: 'string' }, first: { type: 'string', default: '1' } } });
  const scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) throw new Error('--scale must be a whole number from 1 to 1000');
  const municipalities = values.municipalities === undefined ? null : Number(values.municipalities);
  if (municipalities !== null && scale !== 1) throw new Error('--municipalities and --scale are not combined: each municipality has the size of the demo');
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
    if (municipalities !== null) {
      if (existing[0] !== undefined) throw new Error('--municipalities needs an empty database');
      const passwordHash = await hashPassword(config.demoPassword);
      // One connection and one transaction: COPY needs the client itself, and a failed load leaves nothing behind.
      const client = new Client({ connectionString: location.url });
      await client.connect();
      const bar = progressBar('municipalities');
      try {
        await client.query(beginSql(SYSTEM_ACTOR, false));
        await client.query(`SET LOCAL statement_timeout = 0`);
        const summary = await seedNational(client, { municipalities, first: Number(values.first), today, passwordHash, progress: (done, total) => bar.update(done, total) });
        await client.query('COMMIT');
        // A bulk load leaves no page marked all-visible: without a VACUUM the counts that the covering indexes answer
        // would visit the table until autovacuum came by. Minutes at national size, so without the statement timeout.
        await client.query('SET statement_timeout = 0');
        await client.query('VACUUM (ANALYZE)');
        bar.done();
        logger.info('seeded the national data set', { ...summary, ms: Date.now() - started });
      } catch (error) {
        bar.done();
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        await client.end();
      }
    } else if (existing[0] === undefined) {
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
    // The statistics (the extended ones too) and the visibility map, before the first query.
    await db.query('VACUUM (ANALYZE)');
  } finally {
    await db.end();
    await location.embedded?.stop();
  }
}

runCommand(main, 'stack');
