import { Client } from 'pg';
import type { Logger } from '../shared/logger';
import { first } from '../shared/loader-utils';

/**
 * access_log (NEN 7513) is partitioned by calendar month (UTC) of `at`: partitions are named access_log_yYYYYmMM,
 * rows outside every partition land in access_log_default. The API process keeps them up as the database owner, at
 * start and then daily: it creates this month's and the next MONTHS_AHEAD months' partitions, and drops a month's
 * partition once every row in it is older than the retention (ACCESS_LOG_RETENTION_MONTHS): the month must end on or
 * before the first day of the current month minus the retention. Dropping a partition is the only way rows leave the
 * log; UPDATE, DELETE and TRUNCATE are refused by triggers, for the owner too.
 */
export const MONTHS_AHEAD = 2;
const PARTITION = /^access_log_y(\d{4})m(\d{2})$/;

/** Months as a count since year 0, so that adding months is plain arithmetic. */
const toIndex = (year: number, month: number): number => year * 12 + (month - 1);
const fromIndex = (index: number): string => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;

export interface PartitionPlan {
  /** First days of the months to create a partition for (YYYY-MM-01). */
  create: string[];
  /** Names of partitions to drop. */
  drop: string[];
}

/** What the upkeep does, given the partitions there are, the current month (YYYY-MM, UTC) and the retention in months. */
export function accessLogPartitionPlan(existing: readonly string[], currentMonth: string, retentionMonths: number): PartitionPlan {
  const match = /^(\d{4})-(\d{2})$/.exec(currentMonth);
  if (!match) throw new Error(`not a month: ${currentMonth}`);
  const current = toIndex(Number(match[1]), Number(match[2]));
  const have = new Set<number>();
  const drop: string[] = [];
  for (const name of existing) {
    const m = PARTITION.exec(name);
    if (!m) continue;
    const index = toIndex(Number(m[1]), Number(m[2]));
    have.add(index);
    // The month ends at index + 1; it goes when that is on or before the current month minus the retention.
    if (index + 1 <= current - retentionMonths) drop.push(name);
  }
  const create: string[] = [];
  for (let i = current; i <= current + MONTHS_AHEAD; i++) if (!have.has(i)) create.push(fromIndex(i));
  return { create, drop: drop.sort() };
}

export async function runAccessLogUpkeep(ownerUrl: string, retentionMonths: number, logger: Logger): Promise<PartitionPlan> {
  const client = new Client({ connectionString: ownerUrl, connectionTimeoutMillis: 5000, application_name: 'regiekamer-upkeep' });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; month: string }>(
      `SELECT c.relname AS name, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM') AS month
         FROM (SELECT 1) one LEFT JOIN pg_inherits i ON i.inhparent = 'access_log'::regclass
         LEFT JOIN pg_class c ON c.oid = i.inhrelid`,
    );
    const plan = accessLogPartitionPlan(
      rows.flatMap((r) => (r.name ? [r.name] : [])),
      first(rows, 'the current month').month,
      retentionMonths,
    );
    for (const month of plan.create) await client.query(`SELECT access_log_partition_create($1::date)`, [month]);
    for (const name of plan.drop) {
      if (!PARTITION.test(name)) continue;
      await client.query(`DROP TABLE ${name}`);
    }
    if (plan.create.length > 0 || plan.drop.length > 0) logger.info('access log partitions', { created: plan.create, dropped: plan.drop });
    return plan;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs the upkeep now and then daily. A failed run is logged, not fatal: rows then land in access_log_default. */
export function startAccessLogUpkeep(ownerUrl: string, retentionMonths: number, logger: Logger): { firstRun: Promise<void>; stop(): void } {
  const run = (): Promise<void> =>
    runAccessLogUpkeep(ownerUrl, retentionMonths, logger).then(
      () => undefined,
      (error: unknown) => logger.error('access log upkeep failed', { error: error instanceof Error ? error.message : String(error) }),
    );
  const timer = setInterval(() => void run(), DAY_MS);
  timer.unref();
  return { firstRun: run(), stop: () => clearInterval(timer) };
}
