import { Client, type QueryResultRow } from 'pg';
import { Database } from '../../api/src/db/database';
import { ArrangementStatus } from '../../api/src/modules/arrangement/arrangement.entity';
import { arrangementCountStatement, REPORT_COUNT_SQL } from '../../api/src/modules/arrangement/arrangement.loaders';
import { INSERT_REPORT_UNLESS_OVERLAP, reportSharesADaySql } from '../../api/src/modules/arrangement/arrangement.service';
import { MISSING_REPORTS_SQL } from '../../api/src/modules/attention/attention.sources';
import { ARRANGEMENT_FIGURES_SQL, ARRANGEMENT_SERIES_SQL } from '../../api/src/modules/monitor/monitor.sql';
import { createFixture, type Fixture } from '../support/fixture';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

/**
 * How reports are read where an arrangement holds many of them. A page of reports per arrangement (`reports(first: N)`, in id order) reads at most N + 1 reports of each
 * arrangement from `arrangement_report_arrangement_order_idx`, also when a few arrangements hold thousands of reports
 * and the rest a few: the spread under which the planner, without that index, walks the whole table's primary key for
 * an arrangement with fewer than N reports. Both ways of asking are checked: ours (a lateral join over the page's
 * arrangements) and a correlated subquery per arrangement, as generated SQL and analysts' queries ask it. A new
 * report's overlap check, and the attention list's count of arrangements without a report last month, read one step
 * back in each arrangement's reports by period, not every earlier report.
 */
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Scan Direction'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

/** The nodes that read `table` (not the one that writes it). */
function scans(node: PlanNode, table: string): PlanNode[] {
  const own = node['Relation Name'] === table && node['Node Type'] !== 'ModifyTable' ? [node] : [];
  return [...own, ...(node.Plans ?? []).flatMap((child) => scans(child, table))];
}

const PAGE = 3;
const BUSY_REPORTS = 2000;

describe('reports of arrangements that hold many', () => {
  let database: TestDatabase;
  let db: Database;
  let fixture: Fixture;
  let arrangementIds: number[];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = Database.connect(database.url, { poolSize: 2 });
    fixture = await createFixture(db);
    const { municipalityId } = fixture;
    const providerId = fixture.providers.care;
    // 50 arrangements: every fifth holds 2,000 single-day reports, the others 0, 1 or 2.
    const made = await db.query<{ id: number }>(
      `INSERT INTO arrangement (municipality_id, provider_id, client_key, status, form, product_category, requested_on, starts_on, hours_per_week, planned_cost_cents)
       SELECT $1, $2, 'PLAN-' || g, 'ACTIVE', 'INDIVIDUAL', 'BEGELEIDING', DATE '2020-01-01', DATE '2020-01-01', 2, 10000
         FROM generate_series(1, 50) g ORDER BY g RETURNING id`,
      [municipalityId, providerId],
    );
    arrangementIds = made.map((r) => r.id);
    await db.query(
      `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, created_by_user_id)
       SELECT $1, a.id, $2, DATE '2020-01-01' + d::int, DATE '2020-01-01' + d::int, 1, 100, $3
         FROM unnest($4::bigint[]) WITH ORDINALITY AS a(id, n)
         CROSS JOIN LATERAL generate_series(0, CASE WHEN a.n % 5 = 0 THEN $5::int - 1 ELSE (a.n % 3)::int - 1 END) AS d
        ORDER BY d, a.n`,
      [municipalityId, providerId, fixture.users.repCare, arrangementIds, BUSY_REPORTS],
    );
    await db.query('ANALYZE arrangement_report');
  });

  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  /** Rows of `sql` as the API asks: the application's role, under row security, as the regisseur. */
  async function asRegisseur<T extends QueryResultRow>(sql: string, params: unknown[], settings: readonly string[] = []): Promise<T[]> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE regiekamer_app');
      await client.query(`SELECT set_config('app.role', 'REGISSEUR', true), set_config('app.municipality_id', $1, true)`, [String(fixture.municipalityId)]);
      for (const setting of settings) await client.query(`SET LOCAL ${setting}`);
      const { rows } = await client.query<T>(sql, params);
      await client.query('ROLLBACK');
      return rows;
    } finally {
      await client.end();
    }
  }

  async function explain(sql: string, params: unknown[], analyze = true, settings: readonly string[] = []): Promise<PlanNode> {
    const [row] = await asRegisseur<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`EXPLAIN (${analyze ? 'ANALYZE, ' : ''}FORMAT JSON) ${sql}`, params, settings);
    return row!['QUERY PLAN'][0]!.Plan;
  }

  const expectReadInIdOrder = (plan: PlanNode): void => {
    const reads = scans(plan, 'arrangement_report');
    expect(reads.map((n) => n['Index Name'])).toEqual(['arrangement_report_arrangement_order_idx']);
    // Rows read from the index in all: at most a page and one more per arrangement (the next page's probe).
    const read = reads.reduce((sum, n) => sum + n['Actual Rows'] * n['Actual Loops'], 0);
    expect(read).toBeLessThanOrEqual(arrangementIds.length * (PAGE + 1));
  };

  it('reads each page from the index in id order, as the API asks for it', async () => {
    const plan = await explain(
      `SELECT r.id FROM unnest($1::bigint[]) AS p(id)
         CROSS JOIN LATERAL (
           SELECT * FROM arrangement_report x
            WHERE x.arrangement_id = p.id AND x.municipality_id = $2 AND ($3::bigint IS NULL OR x.id > $3)
            ORDER BY x.id LIMIT $4
         ) r ORDER BY r.arrangement_id, r.id`,
      [arrangementIds, fixture.municipalityId, null, PAGE + 1],
    );
    expectReadInIdOrder(plan);
  });

  it('reads each page from the index in id order, asked per arrangement', async () => {
    const plan = await explain(
      `SELECT a.id, array(SELECT x.id FROM arrangement_report x WHERE x.arrangement_id = a.id ORDER BY x.id LIMIT ${PAGE}) AS reports
         FROM arrangement a WHERE a.id = ANY($1::bigint[]) ORDER BY a.id`,
      [arrangementIds],
    );
    expectReadInIdOrder(plan);
  });

  /**
   * After a VACUUM has marked every page all-visible, as autovacuum keeps a table in use (the seed ends with one). A
   * transaction still open elsewhere in this database (a read's COMMIT waits up to 25 ms) keeps it from that: again.
   */
  async function vacuumed(): Promise<void> {
    const allVisible = async (): Promise<boolean> => {
      await db.query('VACUUM arrangement, arrangement_report');
      const [row] = await db.query<{ all: boolean }>(
        `SELECT bool_and(relallvisible = relpages) AS "all" FROM pg_class WHERE relname IN ('arrangement', 'arrangement_report')`,
      );
      return row!.all;
    };
    for (let attempt = 0; !(await allVisible()) && attempt < 20; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // An index, rather than the cheapest plan for this small fixture; PostgreSQL then reads the index alone only where
  // it holds every column that the statement and row security read.
  const indexOnly = ['enable_seqscan = off', 'enable_bitmapscan = off'];

  it("counts a page's reports and a provider's arrangements from the index alone, row security's columns included", async () => {
    await vacuumed();
    const counted = await explain(REPORT_COUNT_SQL, [arrangementIds, fixture.municipalityId], true, indexOnly);
    expect(scans(counted, 'arrangement_report').map((n) => [n['Node Type'], n['Index Name']])).toEqual([
      ['Index Only Scan', 'arrangement_report_arrangement_order_idx'],
    ]);
    const [reports] = await asRegisseur<{ counted: string; direct: string }>(
      `SELECT (SELECT sum(total) FROM (${REPORT_COUNT_SQL}) c)::text AS counted,
              (SELECT count(*) FROM arrangement_report WHERE arrangement_id = ANY($1))::text AS direct`,
      [arrangementIds, fixture.municipalityId],
    );
    expect(Number(reports!.counted)).toBeGreaterThan(10 * BUSY_REPORTS);
    expect(reports!.counted).toBe(reports!.direct);

    const all = arrangementCountStatement([fixture.providers.care], fixture.municipalityId, { status: null, productCategory: null, released: null });
    const plan = await explain(all.text, all.params, true, indexOnly);
    // Either index that carries row security's columns (this fixture's one municipality makes them alike to the planner).
    const counts = scans(plan, 'arrangement');
    expect(counts.map((n) => n['Node Type'])).toEqual(['Index Only Scan']);
    expect(['arrangement_provider_idx', 'arrangement_municipality_idx']).toContain(counts[0]!['Index Name']);
    // A filter on a column of the table reads the table, and counts what it should.
    const active = arrangementCountStatement([fixture.providers.care], fixture.municipalityId, { status: ArrangementStatus.ACTIVE, productCategory: null, released: null });
    const [byStatus] = await asRegisseur<{ count: string }>(active.text, active.params);
    const [everyOne] = await asRegisseur<{ count: string }>(all.text, all.params);
    expect(Number(byStatus!.count)).toBeGreaterThanOrEqual(arrangementIds.length);
    expect(Number(byStatus!.count)).toBeLessThanOrEqual(Number(everyOne!.count));
  });

  it("reads the overview's arrangements from the municipality's index alone, row security's columns included", async () => {
    await vacuumed();
    const period = ['2020-01-01', '2020-12-31'];
    for (const [sql, params] of [
      [ARRANGEMENT_FIGURES_SQL, [fixture.municipalityId, ...period, null, '2020-12-31']],
      [ARRANGEMENT_SERIES_SQL, [fixture.municipalityId, ...period, null, 'month']],
    ] as const) {
      const plan = await explain(sql, [...params], true, indexOnly);
      const reads = scans(plan, 'arrangement').map((n) => [n['Node Type'], n['Index Name']]);
      expect(reads.length).toBeGreaterThanOrEqual(1);
      expect(reads).toEqual(reads.map(() => ['Index Only Scan', 'arrangement_municipality_idx']));
    }
    // The same figures as read from the table.
    const [figures] = await asRegisseur<{ active: string }>(
      `SELECT active::text FROM (${ARRANGEMENT_FIGURES_SQL}) f WHERE "byProvider" = 1 AND "byCategory" = 1`,
      [fixture.municipalityId, ...period, null, '2020-12-31'],
    );
    const [direct] = await asRegisseur<{ active: string }>(
      `SELECT count(*)::text AS active FROM arrangement WHERE starts_on <= '2020-12-31' AND (ended_on IS NULL OR ended_on >= '2020-01-01')`,
      [],
    );
    expect(Number(figures!.active)).toBeGreaterThanOrEqual(arrangementIds.length);
    expect(figures!.active).toBe(direct!.active);
  });

  it("checks a new report's period against the one report before it, not every earlier report", async () => {
    // A busy arrangement (2,000 reports, one a day) and a period after all of them: every earlier report starts before it ends.
    const busy = arrangementIds[4]!;
    const plan = await explain(
      INSERT_REPORT_UNLESS_OVERLAP,
      [fixture.municipalityId, busy, fixture.providers.care, '2026-06-01', '2026-06-01', 1, 100, null, fixture.users.repCare],
      false, // planned only: nothing is inserted
    );
    const reads = scans(plan, 'arrangement_report');
    // Under row security, as the API asks: the last report starting on or before the period's end, found backwards.
    expect(reads.map((n) => [n['Node Type'], n['Index Name'], n['Scan Direction']])).toEqual([
      ['Index Scan', 'arrangement_report_arrangement_idx', 'Backward'],
    ]);
  });

  it('counts arrangements without a report in a month from one report each, as asking every earlier report would', async () => {
    const params = (from: string, to: string): unknown[] => [fixture.municipalityId, null, from, to];
    // Every earlier report of an arrangement that shares a day with the month: the form that reads them all.
    const everyReport = MISSING_REPORTS_SQL.replace(
      reportSharesADaySql('a.id', '$3::date', '$4::date'),
      `EXISTS (SELECT 1 FROM arrangement_report x WHERE x.arrangement_id = a.id AND x.period_start <= $4::date AND x.period_end >= $3::date)`,
    );
    expect(everyReport).not.toBe(MISSING_REPORTS_SQL);
    // Before every report, on the first day, inside the busy arrangements' run, and after all of them.
    for (const [from, to] of [['2019-12-01', '2019-12-31'], ['2020-01-01', '2020-01-01'], ['2020-01-02', '2020-01-31'], ['2026-05-01', '2026-05-31']] as const) {
      const counted = await asRegisseur<{ n: number }>(MISSING_REPORTS_SQL, params(from, to));
      expect(counted).toEqual(await asRegisseur<{ n: number }>(everyReport, params(from, to)));
    }
    const [inside] = await asRegisseur<{ n: number }>(MISSING_REPORTS_SQL, params('2020-01-02', '2020-01-31'));
    // The 10 busy arrangements and those with 2 reports (the second on 2 January) have one; 0- and 1-report ones not.
    expect(inside!.n).toBe(50 - 10 - arrangementIds.filter((_, i) => (i + 1) % 5 !== 0 && (i + 1) % 3 === 2).length);

    const plan = await explain(MISSING_REPORTS_SQL, params('2026-05-01', '2026-05-31'));
    const reads = scans(plan, 'arrangement_report');
    expect(reads.map((n) => [n['Node Type'], n['Index Name'], n['Scan Direction']])).toEqual([
      ['Index Scan', 'arrangement_report_arrangement_idx', 'Backward'],
    ]);
    // At most one report read each time an arrangement is asked about (Actual Rows is per loop), where asking for
    // every earlier report read 2,000 for each busy arrangement.
    expect(reads[0]!['Actual Loops']).toBeGreaterThanOrEqual(arrangementIds.length);
    expect(reads[0]!['Actual Rows']).toBeLessThanOrEqual(1);
  });
});
