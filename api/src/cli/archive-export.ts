import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { locateDatabase } from '../db/connect';
import { Database } from '../db/database';
import { systemClock } from '../clock';
import { writeArchivePackage } from '../modules/archive/archive.package';
import { validDate } from '../modules/monitor/export';
import { MIN_DATE } from '../shared/bounds';
import { createLogger } from '../shared/logger';
import { runCommand } from './command';

/**
 * `npm run archive:export -- --to DIR [--van YYYY-MM-DD] [--tot YYYY-MM-DD] [--gemeente CBSCODE]`: writes the archival
 * records (decisions, besluitenlijst, convenants with their documents, MDTO metadata; see modules/archive/) of each
 * municipality, or of the one named by its CBS code, into DIR as archief-<cbs>-<van>-<tot>.zip. Without --van
 * everything from the first day the system knows; without --tot up to today. Runs as the database owner.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { to: { type: 'string' }, van: { type: 'string' }, tot: { type: 'string' }, gemeente: { type: 'string' } },
  });
  if (values.to === undefined || values.to === '') throw new Error('--to DIR is required: the folder the packages are written to');
  const today = systemClock.today();
  const period = { from: validDate(values.van ?? MIN_DATE, '--van'), to: validDate(values.tot ?? today, '--tot') };
  if (period.to < period.from) throw new Error('--tot must not be before --van');
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const location = await locateDatabase(config, logger);
  const db = Database.connect(location.url, { poolSize: 2, statementTimeoutMs: 0 });
  try {
    const municipalities = await db.query<{ id: number; cbsCode: string }>(
      `SELECT id, cbs_code AS "cbsCode" FROM municipality WHERE $1::text IS NULL OR cbs_code = $1 ORDER BY id`,
      [values.gemeente ?? null],
    );
    if (municipalities.length === 0)
      throw new Error(values.gemeente === undefined ? 'there is no municipality' : `no municipality with CBS code ${values.gemeente}`);
    await mkdir(values.to, { recursive: true });
    for (const m of municipalities) {
      const file = path.join(values.to, `archief-${m.cbsCode}-${period.from}-${period.to}.zip`);
      // Written under a temporary name and renamed when whole: a package in DIR is always complete.
      const partial = `${file}.partial`;
      try {
        const manifest = await writeArchivePackage({ db, municipalityId: m.id, period, madeAt: new Date() }, createWriteStream(partial));
        await rename(partial, file);
        process.stdout.write(`${file}: ${manifest.records.length} records, ${manifest.records.reduce((n, r) => n + r.files.length, 0)} files\n`);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    }
  } finally {
    await db.end();
    await location.embedded?.stop();
  }
}

runCommand(main);
