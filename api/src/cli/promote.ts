import path from 'node:path';
import { parseArgs } from 'node:util';
import { promoteStandby } from '../db/standby';
import { runCommand } from './command';

/**
 * `npm run db:promote -- --url URL` or `-- --data-dir DIR`: promotes a hot standby to a primary (pg_promote() through
 * its URL as a superuser, or pg_ctl promote on its data folder) and waits until it accepts writes.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { url: { type: 'string' }, 'data-dir': { type: 'string' }, timeout: { type: 'string' } },
  });
  const timeout = values.timeout === undefined ? 60 : Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout < 1) throw new Error('--timeout must be a whole number of seconds');
  const dataDir = values['data-dir'];
  if ((values.url === undefined) === (dataDir === undefined)) throw new Error('usage: db:promote -- --url URL | --data-dir DIR [--timeout SECONDS]');
  await promoteStandby(dataDir !== undefined ? { dataDir: path.resolve(dataDir) } : { url: values.url ?? '' }, timeout);
  process.stdout.write('standby promoted: it is a primary now and accepts writes\n');
}

runCommand(main);
