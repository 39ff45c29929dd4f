import { startApp, type RunningApp } from '../../api/src/app';
import { fixedClock } from '../../api/src/clock';
import { loadConfig } from '../../api/src/config';
import { CONSTRAINT_RULES, problemForViolation } from '../../api/src/db/constraint-problems';
import { Database } from '../../api/src/db/database';
import { SYSTEM_ACTOR } from '../../api/src/db/request-db';
import { hashPassword } from '../../api/src/shared/auth/passwords';
import { silentLogger } from '../../api/src/shared/logger';
import { seedDemo } from '../../seeds/demo';
import { createTestDatabase, type TestDatabase } from '../support/test-db';
import type { GraphQLResponse } from '../support/test-app';

/**
 * A database constraint violation is answered with the userError of the same rule in TypeScript, never a masked 500.
 * Every CHECK, UNIQUE and exclusion constraint of the schema has its rule in db/constraint-problems.ts; each one that
 * the demo data gives rows for is violated for real here; and a mutation whose service misses a case gets a userError
 * over HTTP, with nothing stored.
 */
interface DbConstraint {
  name: string;
  tbl: string;
}

const CONSTRAINTS_SQL = `
  SELECT c.conname AS name, c.conrelid::regclass::text AS tbl FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
   WHERE n.nspname = 'public' AND c.contype IN ('c', 'u', 'x')
  UNION ALL
  SELECT i.relname, t.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = i.relnamespace
   WHERE n.nspname = 'public' AND x.indisunique AND NOT x.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
  ORDER BY 2, 1`;

/**
 * A real violation: a copy of the table's first row with some columns replaced (SQL expressions over the row `s`), in a
 * transaction that is rolled back. `before` runs first in the same transaction.
 */
type Violation = { table: string; set: Record<string, string>; before?: string };
const VIOLATIONS: Record<string, Violation> = {
  UQ_3fa909d0e37c531ebc237703391: { table: 'app_user', set: {} },
  UQ_c9a438776da641c3564a9022a9c: { table: 'municipality', set: {} },
  provider_municipality_name_key: { table: 'provider', set: {} },
  arrangement_hours_check: { table: 'arrangement', set: { hours_per_week: '-1' } },
  arrangement_cost_check: { table: 'arrangement', set: { planned_cost_cents: '-1' } },
  arrangement_planned_cost_bound: { table: 'arrangement', set: { planned_cost_cents: '100000001' } },
  arrangement_end_check: { table: 'arrangement', set: { status: `'ENDED'`, ended_on: `s.requested_on - 1`, starts_on: 'NULL' } },
  arrangement_start_check: { table: 'arrangement', set: { starts_on: `s.requested_on - 1` } },
  arrangement_report_amounts_check: { table: 'arrangement_report', set: { cost_cents: '-1', period_start: `s.period_start - 1` } },
  arrangement_report_cost_bound: { table: 'arrangement_report', set: { cost_cents: '100000001', period_start: `s.period_start - 1` } },
  arrangement_report_hours_bound: {
    table: 'arrangement_report',
    set: { hours_delivered: '24 * (s.period_end - s.period_start + 2) + 1', period_start: `s.period_start - 1` },
  },
  arrangement_report_period_check: { table: 'arrangement_report', set: { period_end: 's.period_start - 1', hours_delivered: '0' } },
  arrangement_report_period_key: { table: 'arrangement_report', set: {} },
  convenant_budget_check: { table: 'convenant', set: { budget_cents: '-1' } },
  convenant_budget_bound: { table: 'convenant', set: { budget_cents: '1000000000001' } },
  convenant_period_check: { table: 'convenant', set: { ends_on: 's.starts_on - 1' } },
  convenant_party_signature_check: {
    table: 'convenant_party',
    set: { signed_at: 'now()', signed_by_user_id: 'NULL', kind: `'PROVIDER'`, provider_id: '(SELECT max(id) + 1000 FROM provider)' },
    before: `ALTER TABLE convenant_party DISABLE TRIGGER USER`,
  },
  convenant_party_kind_check: { table: 'convenant_party', set: { kind: `'MUNICIPALITY'`, provider_id: '(SELECT min(id) FROM provider)' }, before: `ALTER TABLE convenant_party DISABLE TRIGGER USER` },
  convenant_party_municipality_key: { table: 'convenant_party', set: { kind: `'MUNICIPALITY'`, provider_id: 'NULL' }, before: `ALTER TABLE convenant_party DISABLE TRIGGER USER` },
  convenant_party_provider_key: { table: 'convenant_party', set: { kind: `'PROVIDER'`, provider_id: `(SELECT min(provider_id) FROM convenant_party)` }, before: `ALTER TABLE convenant_party DISABLE TRIGGER USER` },
  opgave_rung_check: { table: 'opgave', set: { ownership_rung: '6' } },
  opgave_rung_change_rung_check: { table: 'opgave_rung_change', set: { rung: '0' } },
  opgaveteam_opgave_key: { table: 'opgaveteam', set: {} },
};

describe('database constraint violations', () => {
  const PASSWORD = 'constraint-test-password';
  let database: TestDatabase;
  let app: RunningApp;
  /** The owner's connection, for what is stored and for the violations. */
  let owner: Database;
  let constraints: DbConstraint[];
  let repToken: string;

  const gql = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLResponse<T>> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) } as GraphQLResponse<T>;
  };

  beforeAll(async () => {
    // The demo data (small): rows in most tables, to violate their constraints with.
    database = await createTestDatabase();
    owner = Database.connect(database.url, { poolSize: 2 });
    await owner.transaction(SYSTEM_ACTOR, (tx) => seedDemo(tx, { scale: 0.1, demoPassword: PASSWORD, today: '2026-06-15', hashPassword }));
    constraints = await owner.query<DbConstraint>(CONSTRAINTS_SQL);
    app = await startApp({
      config: { ...loadConfig({ LOG_LEVEL: 'error' }), port: 0 },
      databaseUrl: database.url,
      jwtSecret: 'constraint-test-secret-that-is-long-enough',
      pseudonymSecret: 'constraint-test-pseudonym-secret-long-enough',
      clock: fixedClock('2026-06-15'),
      logger: silentLogger,
    });
    // A representative of a provider with arrangements.
    const [rep] = await owner.query<{ email: string }>(
      `SELECT u.email FROM app_user u WHERE u.role = 'PROVIDER_REP' AND EXISTS (SELECT 1 FROM arrangement a WHERE a.provider_id = u.provider_id) ORDER BY u.id LIMIT 1`,
    );
    const login = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(input: { email: "${rep!.email}", password: "${PASSWORD}" }) { token } }` }),
    });
    repToken = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await owner.end();
    await database.drop();
  });

  it('has a rule for every CHECK, UNIQUE and exclusion constraint and unique index of the schema, and no rule for one that does not exist', () => {
    const names = constraints.map((c) => c.name);
    expect(names.length).toBeGreaterThanOrEqual(50);
    expect(names.filter((n) => !(n in CONSTRAINT_RULES))).toEqual([]);
    expect(Object.keys(CONSTRAINT_RULES).filter((n) => !names.includes(n))).toEqual([]);
  });

  /** Runs the violation as the owner and returns the error PostgreSQL gives; nothing is kept. */
  const violate = async (v: Violation): Promise<unknown> => {
    const columns = (
      await owner.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_identity = 'NO' AND is_generated = 'NEVER' ORDER BY ordinal_position`,
        [v.table],
      )
    ).map((c) => c.column_name);
    const values = columns.map((c) => v.set[c] ?? `s.${c}`);
    const client = await owner.pool.connect();
    try {
      await client.query('BEGIN');
      if (v.before) await client.query(v.before);
      await client.query(`INSERT INTO ${v.table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM ${v.table} s ORDER BY s.id LIMIT 1`);
      return null;
    } catch (error) {
      return error;
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  };

  it.each(Object.keys(VIOLATIONS))('%s: a real violation names the constraint and maps to its rule', async (name) => {
    const error = await violate(VIOLATIONS[name]!);
    expect(error).toMatchObject({ constraint: name });
    const rule = CONSTRAINT_RULES[name]!;
    expect(problemForViolation(error)).toEqual({ code: rule.code, field: rule.field, message: rule.message });
  });

  describe('over HTTP, when a service misses a case', () => {
    const ADD = `mutation ($arrangementId: ID!, $input: ArrangementReportInput!) {
      arrangementReportAdd(arrangementId: $arrangementId, input: $input) { report { id } userErrors { code field } } }`;
    const snapshot = async () => ({
      reports: await owner.query(`SELECT * FROM arrangement_report ORDER BY id`),
      arrangements: await owner.query(`SELECT id, realised_cost_cents, version FROM arrangement ORDER BY id`),
    });
    let arrangementId: string;

    beforeAll(async () => {
      const res = await gql<{ arrangementCreate: { arrangement: { id: string } } }>(
        `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id } } }`,
        {
          input: { clientKey: 'K-CONSTRAINT', productCategory: 'BEGELEIDING', form: 'INDIVIDUAL', requestedOn: '2026-01-01', startsOn: '2026-01-01', hoursPerWeek: 2, plannedCostCents: 100 },
        },
        repToken,
      );
      arrangementId = res.data!.arrangementCreate.arrangement.id;
    });

    it.each([
      // The database's bound tightened under the same name: the service's own check lets 2 hours through.
      ['a mapped CHECK', `ALTER TABLE arrangement_report DROP CONSTRAINT arrangement_report_hours_bound, ADD CONSTRAINT arrangement_report_hours_bound CHECK (hours_delivered <= 1) NOT VALID`, { code: 'HOURS_OUT_OF_RANGE', field: 'input.hoursDelivered' }],
      ['a CHECK without a rule', `ALTER TABLE arrangement_report ADD CONSTRAINT test_unmapped_check CHECK (cost_cents <> 777) NOT VALID`, { code: 'INVALID_INPUT', field: null }],
    ])('answers %s as a userError, not a 500, and stores nothing', async (_what, ddl, expected) => {
      const restore = await owner.query<{ def: string }>(`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'arrangement_report_hours_bound'`);
      await owner.query(ddl);
      try {
        const before = await snapshot();
        const res = await gql<{ arrangementReportAdd: { report: unknown; userErrors: unknown[] } }>(
          ADD,
          { arrangementId, input: { periodStart: '2026-05-01', periodEnd: '2026-05-31', hoursDelivered: 2, costCents: 777 } },
          repToken,
        );
        expect(res.status).toBe(200);
        expect(res.errors).toBeUndefined();
        expect(res.data?.arrangementReportAdd).toEqual({ report: null, userErrors: [expected] });
        expect(await snapshot()).toEqual(before);
      } finally {
        await owner.query(`ALTER TABLE arrangement_report DROP CONSTRAINT IF EXISTS test_unmapped_check`);
        await owner.query(`ALTER TABLE arrangement_report DROP CONSTRAINT arrangement_report_hours_bound, ADD CONSTRAINT arrangement_report_hours_bound ${restore[0]!.def}`);
      }
    });
  });
});
