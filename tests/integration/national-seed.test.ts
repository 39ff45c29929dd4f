import { Client } from 'pg';
import { startApp, type RunningApp } from '../../api/src/app';
import { fixedClock } from '../../api/src/clock';
import { appLoginUrl } from '../../api/src/db/app-login';
import { beginSql, SYSTEM_ACTOR } from '../../api/src/db/request-db';
import { hashPassword } from '../../api/src/shared/auth/passwords';
import { silentLogger } from '../../api/src/shared/logger';
import { NATIONAL_ARRANGEMENTS, nationalEmail, seedNational } from '../../seeds/national';
import { PROVIDER_MUNICIPALITY_TABLES } from '../../migrations/1796420000000-ProviderMunicipalityStatistics';
import { createTestDatabase, testAppPassword, type TestDatabase } from '../support/test-db';
import { gid, testConfig } from '../support/test-app';

/**
 * The national seed with three municipalities: loaded in bulk (COPY, triggers off, derived tables in one statement
 * each) and, into a second database, row by row with every trigger on. Both must hold the same rows, derived ones
 * included; row security must keep each municipality to itself; the planner must know that a provider decides the
 * municipality.
 */
const TODAY = '2026-06-15';
const PASSWORD = 'national-seed-test';
const N = 3;

async function load(database: TestDatabase, bulk: boolean, passwordHash: string): Promise<void> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(beginSql(SYSTEM_ACTOR, false));
    await seedNational(client, { municipalities: N, today: TODAY, passwordHash, bulk });
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

async function rows(database: TestDatabase, sql: string): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('npm run seed -- --municipalities N', () => {
  let bulk: TestDatabase;
  let byRow: TestDatabase;
  // Set as they are made, so that afterAll cleans up what a failed beforeAll left.
  const databases: TestDatabase[] = [];
  let app: RunningApp | undefined;
  const appUrl = (): string => {
    if (!app) throw new Error('the API did not start');
    return app.url;
  };

  beforeAll(async () => {
    const passwordHash = await hashPassword(PASSWORD);
    bulk = await createTestDatabase();
    databases.push(bulk);
    byRow = await createTestDatabase();
    databases.push(byRow);
    await Promise.all([load(bulk, true, passwordHash), load(byRow, false, passwordHash)]);
    app = await startApp({
      config: testConfig(),
      databaseUrl: bulk.url,
      appPassword: testAppPassword(),
      jwtSecret: 'national-seed-test-secret-long-enough-to-sign',
      pseudonymSecret: 'national-seed-test-pseudonym-secret-long-enough',
      clock: fixedClock(TODAY),
      logger: silentLogger,
    });
    // Two loads of 2,700 arrangements, one of them row by row: a minute on a busy machine.
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await Promise.all(databases.map((d) => d.drop()));
  });

  it('gives every municipality the demo size: providers, users, a convenant in force, 900 arrangements with reports', async () => {
    const counts = (await rows(
      bulk,
      `SELECT m.id::int AS id, m.cbs_code,
              (SELECT count(*)::int FROM provider p WHERE p.municipality_id = m.id) AS providers,
              (SELECT count(*)::int FROM app_user u WHERE u.municipality_id = m.id AND u.role IN ('REGISSEUR', 'ANALYST')) AS staff,
              (SELECT count(*)::int FROM app_user u WHERE u.municipality_id = m.id AND u.role = 'PROVIDER_REP') AS reps,
              (SELECT count(*)::int FROM convenant c WHERE c.municipality_id = m.id AND c.status = 'IN_FORCE') AS convenants,
              (SELECT count(*)::int FROM arrangement a WHERE a.municipality_id = m.id) AS arrangements,
              (SELECT count(*)::int FROM arrangement_report r WHERE r.municipality_id = m.id) AS reports
         FROM municipality m ORDER BY m.id`,
    )) as { cbs_code: string; providers: number; staff: number; reps: number; convenants: number; arrangements: number; reports: number }[];
    expect(counts.map((c) => c.cbs_code)).toEqual(['GM9001', 'GM9002', 'GM9003']);
    for (const c of counts) {
      expect(c).toMatchObject({ providers: 10, staff: 2, reps: 10, convenants: 1, arrangements: NATIONAL_ARRANGEMENTS });
      // Three years of monthly reports: several per arrangement on average.
      expect(c.reports).toBeGreaterThan(NATIONAL_ARRANGEMENTS * 4);
    }
    // Each municipality draws its own rows: not three copies of one.
    expect(new Set(counts.map((c) => c.reports)).size).toBe(N);
    // Reports belong to an arrangement of their own municipality and provider.
    expect(
      await rows(
        bulk,
        `SELECT count(*)::int AS n FROM arrangement_report r JOIN arrangement a ON a.id = r.arrangement_id
          WHERE a.municipality_id <> r.municipality_id OR a.provider_id <> r.provider_id`,
      ),
    ).toEqual([{ n: 0 }]);
  });

  it('holds the same rows as the row-by-row load, the derived ones included (report_summary, realised cost)', async () => {
    const same = async (sql: string): Promise<number> => {
      const [a, b] = await Promise.all([rows(bulk, sql), rows(byRow, sql)]);
      expect(a).toEqual(b);
      return a.length;
    };
    expect(
      await same(
        `SELECT municipality_id::int, period_start::text, provider_id::int, product_category::text, reports, cost_cents::text, hours_delivered::text
           FROM report_summary ORDER BY 1, 2, 3, 4`,
      ),
    ).toBeGreaterThan(100);
    // record_key is drawn at random by the column's default (the cell key method's secret), in either load.
    expect(await same(`SELECT (to_jsonb(a) - 'created_at' - 'updated_at' - 'record_key')::text AS row FROM arrangement a ORDER BY id`)).toBe(
      N * NATIONAL_ARRANGEMENTS,
    );
    await same(`SELECT (to_jsonb(r) - 'created_at')::text AS row FROM arrangement_report r ORDER BY id`);
    // The indexes and constraints the bulk load dropped are back, the same as the migrations made them.
    expect(await same(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`)).toBeGreaterThan(50);
    await same(`SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def, convalidated FROM pg_constraint
                 WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`);
    // The realised cost is not trivially zero: the derived value was really computed.
    expect(await rows(bulk, `SELECT (sum(realised_cost_cents) > 0) AS positive FROM arrangement`)).toEqual([{ positive: true }]);
    // The triggers are on again after the bulk load: a new report is summed and added to its arrangement.
    const client = new Client({ connectionString: bulk.url });
    await client.connect();
    try {
      await client.query(beginSql(SYSTEM_ACTOR, false));
      const [arr] = (
        await client.query<{ id: string; realised: string }>(
          `SELECT id, realised_cost_cents AS realised FROM arrangement WHERE status = 'ACTIVE' ORDER BY id LIMIT 1`,
        )
      ).rows;
      await client.query(
        `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, created_by_user_id)
         SELECT a.municipality_id, a.id, a.provider_id, '2030-01-01', '2030-01-31', 1, 1234, u.id
           FROM arrangement a JOIN app_user u ON u.provider_id = a.provider_id WHERE a.id = $1`,
        [arr?.id],
      );
      const after = await client.query<{ realised: string; summed: string }>(
        `SELECT a.realised_cost_cents AS realised,
                (SELECT s.cost_cents FROM report_summary s WHERE s.provider_id = a.provider_id AND s.period_start = '2030-01-01') AS summed
           FROM arrangement a WHERE a.id = $1`,
        [arr?.id],
      );
      // bigint columns come back as numbers (the API's type parser) or strings: compared as numbers.
      expect({ realised: Number(after.rows[0]?.realised), summed: Number(after.rows[0]?.summed) }).toEqual({
        realised: Number(arr?.realised) + 1234,
        summed: 1234,
      });
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
    }
  });

  it("tells the planner that a provider decides the municipality: both keys together keep all of the provider's rows", async () => {
    // Every table whose rows belong to a provider has the statistics, named after it (a new such table needs them too).
    const owned = await rows(
      bulk,
      `SELECT DISTINCT k.conrelid::regclass::text AS tbl FROM pg_constraint k
         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] AND a.attname = 'provider_id'
        WHERE k.contype = 'f' AND k.confrelid = 'provider'::regclass AND cardinality(k.conkey) = 1
          AND EXISTS (SELECT 1 FROM pg_attribute m WHERE m.attrelid = k.conrelid AND m.attname = 'municipality_id' AND NOT m.attisdropped)
        ORDER BY 1`,
    );
    expect(owned.map((r) => r.tbl)).toEqual([...PROVIDER_MUNICIPALITY_TABLES].sort());
    expect(
      await rows(
        bulk,
        `SELECT s.stxrelid::regclass::text AS tbl, s.stxname::text AS name, s.stxkind::text AS kinds,
                (SELECT array_agg(a.attname::text ORDER BY a.attname) FROM pg_attribute a
                  WHERE a.attrelid = s.stxrelid AND a.attnum = ANY (s.stxkeys)) AS columns
           FROM pg_statistic_ext s WHERE s.stxnamespace = 'public'::regnamespace ORDER BY 1`,
      ),
    ).toEqual(
      [...PROVIDER_MUNICIPALITY_TABLES]
        .sort()
        .map((tbl) => ({ tbl, name: `${tbl}_provider_municipality`, kinds: '{f}', columns: ['municipality_id', 'provider_id'] })),
    );

    // As `npm run seed` does after the load. Without the statistics the planner multiplies the provider's share of the
    // rows by the municipality's, so expects a third of the provider's rows here (1/342 of them nationally).
    await rows(bulk, 'ANALYZE');
    interface Explained {
      'QUERY PLAN': { Plan: { 'Plan Rows': number } }[];
    }
    const estimate = async (client: Client, table: string, provider: number, municipality: number): Promise<number> => {
      const { rows: plans } = await client.query<Explained>(
        `EXPLAIN (FORMAT JSON) SELECT * FROM ${table} WHERE provider_id = ${provider} AND municipality_id = ${municipality}`,
      );
      return plans[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? NaN;
    };
    const close = (estimated: number, real: number): boolean => estimated >= real / 1.5 && estimated <= real * 1.5;
    interface Pair {
      provider: number;
      municipality: number;
      n: number;
    }
    let largest: Pair | undefined;
    const owner = new Client({ connectionString: bulk.url });
    await owner.connect();
    try {
      for (const table of ['arrangement', 'arrangement_report']) {
        const { rows: pairs } = await owner.query<Pair>(
          `SELECT provider_id::int AS provider, municipality_id::int AS municipality, count(*)::int AS n FROM ${table} GROUP BY 1, 2 ORDER BY 1, 2`,
        );
        expect(pairs).toHaveLength(N * 10);
        for (const { provider, municipality, n } of pairs) {
          const estimated = await estimate(owner, table, provider, municipality);
          expect({ table, provider, n, estimated, close: close(estimated, n) }).toEqual({ table, provider, n, estimated, close: true });
          if (table === 'arrangement' && n > (largest?.n ?? 0)) largest = { provider, municipality, n };
        }
      }
    } finally {
      await owner.end();
    }

    // Also as the application role, whose row security adds the municipality's condition once more.
    const pair = largest;
    if (!pair) throw new Error('no arrangements');
    const appClient = new Client({ connectionString: appLoginUrl(bulk.url, testAppPassword()) });
    await appClient.connect();
    try {
      await appClient.query('BEGIN');
      await appClient.query(`SELECT set_config('app.role', 'REGISSEUR', true), set_config('app.municipality_id', $1, true)`, [
        String(pair.municipality),
      ]);
      const estimated = await estimate(appClient, 'arrangement', pair.provider, pair.municipality);
      expect({ n: pair.n, estimated, close: close(estimated, pair.n) }).toEqual({ n: pair.n, estimated, close: true });
      await appClient.query('COMMIT');
    } finally {
      await appClient.end();
    }
  });

  it('keeps municipalities apart under row security: a regisseur of municipality 2 sees nothing of municipality 1', async () => {
    const [m1, m2] = (await rows(bulk, `SELECT id::int AS id FROM municipality ORDER BY id`)) as { id: number }[];
    // In the database, as the application role with municipality 2's settings, over every table with the tenant key.
    const app2 = new Client({ connectionString: appLoginUrl(bulk.url, testAppPassword()) });
    await app2.connect();
    try {
      await app2.query('BEGIN');
      await app2.query(`SELECT set_config('app.role', 'REGISSEUR', true), set_config('app.municipality_id', $1, true)`, [String(m2?.id)]);
      for (const table of ['provider', 'app_user', 'convenant', 'convenant_party', 'budget_allocation', 'arrangement', 'arrangement_report', 'report_summary']) {
        const seen = await app2.query<{ own: number; other: number }>(
          `SELECT count(*) FILTER (WHERE municipality_id = $1)::int AS own, count(*) FILTER (WHERE municipality_id <> $1)::int AS other FROM ${table}`,
          [m2?.id],
        );
        expect({ table, other: seen.rows[0]?.other }).toEqual({ table, other: 0 });
        expect({ table, own: seen.rows[0]?.own }).toEqual({ table, own: expect.any(Number) as unknown });
        expect(seen.rows[0]?.own).toBeGreaterThan(0);
      }
      await app2.query('COMMIT');
    } finally {
      await app2.end();
    }

    // Through the API: signed in as municipality 2's regisseur, municipality 1's arrangement is not found.
    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data?: Record<string, unknown> }> => {
      const res = await fetch(`${appUrl()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: Record<string, unknown> };
    };
    const login = await gql(`mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, {
      e: nationalEmail('regisseur', 'gemeente.example', 2),
      p: PASSWORD,
    });
    const token = (login.data?.login as { token?: string } | undefined)?.token;
    expect(token).toEqual(expect.any(String));
    const [theirs] = (await rows(bulk, `SELECT id::int AS id FROM arrangement WHERE municipality_id = ${m1?.id} ORDER BY id LIMIT 1`)) as { id: number }[];
    const [ours] = (await rows(bulk, `SELECT id::int AS id FROM arrangement WHERE municipality_id = ${m2?.id} ORDER BY id LIMIT 1`)) as { id: number }[];
    const node = `query($id: ID!) { node(id: $id) { ... on Arrangement { id } } }`;
    expect((await gql(node, { id: gid('Arrangement', theirs?.id ?? 0) }, token)).data).toEqual({ node: null });
    expect((await gql(node, { id: gid('Arrangement', ours?.id ?? 0) }, token)).data).toEqual({ node: { id: gid('Arrangement', ours?.id ?? 0) } });
  });
});
