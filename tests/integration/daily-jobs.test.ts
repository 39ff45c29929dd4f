import { loadConfig } from '../../api/src/config';
import { Database } from '../../api/src/db/database';
import { dailyJobKey } from '../../api/src/jobs/daily';
import { startWorker, type RunningWorker } from '../../api/src/jobs/worker';
import { nextDailyRun, zonedDate } from '../../api/src/modules/notification/notification.rules';
import { silentLogger } from '../../api/src/shared/logger';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

/**
 * Work at a time of day in Amsterdam, on the real queue: one waiting job however many workers start, at the instant
 * the tested rule gives; each run adds the next day's.
 */
const TASK = 'test_daily';

let database: TestDatabase;
let db: Database;
const workers: RunningWorker[] = [];
const runs: string[] = [];

async function start(): Promise<void> {
  const config = { ...loadConfig({}).worker, smtpUrl: null };
  const daily = [{ task: TASK, at: '07:00', run: (on: string) => Promise.resolve(void runs.push(on)) }];
  workers.push(await startWorker({ config, databaseUrl: database.url, publicUrl: 'http://localhost', logger: silentLogger, daily }));
}

async function waiting(): Promise<{ id: string; runAt: Date; payload: { on: string } }[]> {
  // The queue's view leaves the payload out; its table has it.
  return db.query(
    `SELECT j.id::text AS id, j.run_at AS "runAt", p.payload FROM graphile_worker.jobs j JOIN graphile_worker._private_jobs p ON p.id = j.id
      WHERE j.key = $1 AND j.locked_at IS NULL ORDER BY j.id`,
    [dailyJobKey(TASK)],
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = Database.connect(database.url, { poolSize: 2 });
});

afterAll(async () => {
  for (const w of workers) await w.stop();
  await db.end();
  await database.drop();
});

it('two workers starting leave one job, at the next 07:00 in Amsterdam; a run adds the next day', async () => {
  await start();
  await start();
  const [job, ...others] = await waiting();
  expect(others).toEqual([]);
  const expected = nextDailyRun(new Date(), '07:00');
  expect(job?.runAt.toISOString()).toBe(expected.toISOString());
  expect(job?.payload).toEqual({ on: zonedDate(expected) });
  await db.query(`SELECT graphile_worker.reschedule_jobs(ARRAY[$1]::bigint[], run_at => now())`, [job!.id]);
  const started = Date.now();
  while (runs.length === 0 && Date.now() - started < 15000) await new Promise((r) => setTimeout(r, 100));
  expect(runs).toEqual([zonedDate(expected)]);
  let next: Awaited<ReturnType<typeof waiting>> = [];
  while (Date.now() - started < 15000) {
    next = await waiting();
    if (next.length === 1 && next[0]?.id !== job?.id) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(next).toHaveLength(1);
  expect(next[0]?.runAt.getTime()).toBe(nextDailyRun(expected, '07:00').getTime());
});
