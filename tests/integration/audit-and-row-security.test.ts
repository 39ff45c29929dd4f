import { NO_PARTICIPANT_TABLES } from '../../migrations/1795600000000-Participants';
import { APP_ROLE } from '../../api/src/db/database';
import { declaredTables } from '../../api/src/modules';
import { appRoleClient, asAppRole } from '../support/app-role';
import { insertArrangement, insertReport } from '../support/factories';
import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';

const CREATE = `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id version } userErrors { code field } } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: ArrangementUpdateInput!) {
  arrangementUpdate(id: $id, version: $version, input: $input) { arrangement { version hoursPerWeek } userErrors { code } } }`;
const input = {
  clientKey: 'K-AUDIT-1',
  productCategory: 'BEGELEIDING',
  form: 'INDIVIDUAL',
  requestedOn: '2026-03-01',
  startsOn: '2026-03-10',
  hoursPerWeek: 3,
  plannedCostCents: 120000,
};

let t: TestApp;

describe('audit trail: changes', () => {
  beforeAll(async () => {
    t = await startTestApp({ convenantInForce: true });
  });

  it('records who, when, which provider and request, and the row before and after, for every change', async () => {
    const rep = await t.as('repCare');
    const created = await rep<{ arrangementCreate: { arrangement: { id: string; version: number } } }>(CREATE, { input });
    const id = created.data!.arrangementCreate.arrangement.id;
    const updated = await rep(UPDATE, { id, version: 1, input: { hoursPerWeek: 4.5 } });
    expect(errorCodes(updated)).toEqual([]);

    const rows = await t.db.query<{
      userId: number;
      role: string;
      providerId: number;
      requestId: string;
      operation: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }>(
      `SELECT user_id AS "userId", role, provider_id AS "providerId", request_id AS "requestId", operation, before, after
         FROM audit_log WHERE table_name = 'arrangement' ORDER BY id`,
    );
    expect(rows.map((r) => r.operation)).toEqual(['INSERT', 'UPDATE']);
    for (const row of rows) {
      expect(row).toMatchObject({ userId: t.fixture.users.repCare, role: 'PROVIDER_REP', providerId: t.fixture.providers.care });
      expect(row.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(rows[0]!.before).toBeNull();
    expect(rows[1]!.before).toMatchObject({ hours_per_week: 3, version: 1 });
    expect(rows[1]!.after).toMatchObject({ hours_per_week: 4.5, version: 2 });
    expect(rows[0]!.requestId).not.toBe(rows[1]!.requestId);
  });

  it('shows the trail to the regisseur and the admin, with the client key hidden, and to no one else', async () => {
    const [a] = await t.db.query<{ id: number }>(`SELECT id FROM arrangement WHERE client_key = 'K-AUDIT-1'`);
    const query = `query ($id: ID!) { auditTrail(entityId: $id) { totalCount edges { node { operation tableName role user { email } before after } } } }`;
    const regisseur = await t.as('regisseur');
    const res = await regisseur<{
      auditTrail: { totalCount: number; edges: { node: { operation: string; user: { email: string }; after: Record<string, unknown> } }[] };
    }>(query, {
      id: gid('Arrangement', a!.id),
    });
    expect(errorCodes(res)).toEqual([]);
    expect(res.data!.auditTrail.totalCount).toBe(2);
    expect(res.data!.auditTrail.edges.map((e) => e.node.operation)).toEqual(['INSERT', 'UPDATE']);
    expect(res.data!.auditTrail.edges[0]!.node.user.email).toBe('rep@zorg.example');
    expect(res.data!.auditTrail.edges[0]!.node.after.client_key).toBe('[hidden]');
    expect(JSON.stringify(res.data)).not.toContain('K-AUDIT-1');
    for (const who of ['repCare', 'analyst'] as const) {
      const refused = await (await t.as(who))(query, { id: gid('Arrangement', a!.id) });
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    }
  });

  it('cannot be changed or removed by the application role, nor written by it directly', async () => {
    const before = await t.count('audit_log');
    const settings = { role: 'REGISSEUR', municipalityId: t.fixture.municipalityId };
    await expect(asAppRole(t, settings, `UPDATE audit_log SET operation = 'DELETE'`)).rejects.toThrow(/permission denied/);
    await expect(asAppRole(t, settings, `DELETE FROM audit_log`)).rejects.toThrow(/permission denied/);
    await expect(asAppRole(t, settings, `INSERT INTO audit_log (table_name, operation, entity_id) VALUES ('x', 'INSERT', 1)`)).rejects.toThrow(
      /permission denied/,
    );
    // Not even the owner can rewrite history.
    await expect(t.db.query(`UPDATE audit_log SET operation = 'DELETE'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    expect(await t.count('audit_log')).toBe(before);
  });
});

describe('audit trail: reads (NEN 7513)', () => {
  it("logs a provider's reads of client records (NEN 7513), not the regisseur's", async () => {
    const before = await t.count('access_log');
    const rep = await t.as('repCare');
    const res = await rep<{ arrangements: { edges: { node: { id: string } }[] } }>(`{ arrangements(first: 10) { edges { node { id } } } }`);
    const seen = res.data!.arrangements.edges.length;
    expect(seen).toBeGreaterThan(0);
    const rows = await t.db.query<{ userId: number; arrangementId: number; requestId: string }>(
      `SELECT user_id AS "userId", arrangement_id AS "arrangementId", request_id AS "requestId" FROM access_log ORDER BY id`,
    );
    expect(rows).toHaveLength(before + seen);
    expect(rows.at(-1)).toMatchObject({ userId: t.fixture.users.repCare });
    await (
      await t.as('regisseur')
    )(`{ arrangements(first: 10) { edges { node { id } } } }`);
    expect(await t.count('access_log')).toBe(before + seen);
  });

  it('logs each read once when the answer carries an error, which is executed once', async () => {
    for (let i = 0; i < 2; i++) await insertArrangement(t.db, { municipalityId: t.fixture.municipalityId, providerId: t.fixture.providers.care });
    const own = await t.db.query<{ id: number }>(`SELECT id FROM arrangement WHERE provider_id = $1 ORDER BY id LIMIT 10`, [
      t.fixture.providers.care,
    ]);
    expect(own.length).toBeGreaterThanOrEqual(2);
    const before = await t.count('access_log');
    const rep = await t.as('repCare');
    const statementsBefore = t.app.db.statements;
    const roundTripsBefore = t.app.db.roundTrips;
    // A bad cursor further down: BAD_USER_INPUT, with the page of arrangements answered beside it. (An error that
    // nulls the whole answer would let graphql-js answer before the page is read, and the page would not be shown.)
    const res = await rep<{ arrangements: unknown; me: unknown }>(
      `{ arrangements(first: 10) { edges { node { id } } } me { provider { arrangements(first: 1, after: "nope") { edges { node { id } } } } } }`,
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.data?.me).toEqual({ provider: { arrangements: null } });
    const logged = await t.db.query<{ arrangementId: number }>(`SELECT arrangement_id AS "arrangementId" FROM access_log ORDER BY id OFFSET $1`, [
      before,
    ]);
    expect(logged.map((r) => r.arrangementId)).toEqual(own.map((r) => r.id));
    // The user, the page, `me` and its provider, and the log: the operation runs once. (It used to run a second time
    // on graphql-js for its errors, reading the page again: a root list has no loader to remember it.) A query's
    // transaction is read-only, so the log is written in a transaction of its own: COMMIT and BEGIN before it, the
    // COMMIT after it.
    expect(t.app.db.statements - statementsBefore).toBe(7);
    // The log's three travel together: the user; the page with `me`; its provider; the log (it took three of its own).
    expect(t.app.db.roundTrips - roundTripsBefore).toBe(4);
  });
  afterAll(async () => {
    await t.close();
  });
});

let other: { municipalityId: number; providerId: number };

describe('row-level security as a second wall: roles, limits and policies', () => {
  beforeAll(async () => {
    t = await startTestApp({ convenantInForce: true });
    const { users, providers, municipalityId } = t.fixture;
    for (const providerId of [providers.care, providers.care, providers.welfare]) {
      const arrangementId = await insertArrangement(t.db, { municipalityId, providerId });
      await insertReport(t.db, {
        municipalityId,
        providerId,
        arrangementId,
        userId: users.regisseur,
        periodStart: '2026-02-01',
        periodEnd: '2026-02-28',
      });
    }
    const [m] = await t.db.query<{ id: number }>(
      `INSERT INTO municipality (cbs_code, name, inhabitants) VALUES ('GM9002', 'Andere gemeente', 30000) RETURNING id`,
    );
    const [p] = await t.db.query<{ id: number }>(
      `INSERT INTO provider (municipality_id, name, kind, kvk_number) VALUES ($1, 'Elders', 'CARE', '20000001') RETURNING id`,
      [m!.id],
    );
    other = { municipalityId: m!.id, providerId: p!.id };
    await insertArrangement(t.db, other);
  });

  it('every statement of the API has a time limit', async () => {
    const [row] = await t.app.db.query<{ timeout: string }>(`SELECT current_setting('statement_timeout') AS timeout`);
    expect(row!.timeout).toBe('15s');
  });

  it('the API connects as a role that is neither owner nor superuser', async () => {
    const [row] = await t.app.db.query<{ currentUser: string; superuser: boolean; owner: string }>(
      `SELECT current_user AS "currentUser", (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
              (SELECT tableowner FROM pg_tables WHERE tablename = 'arrangement') AS owner`,
    );
    expect(row).toMatchObject({ currentUser: APP_ROLE, superuser: false });
    expect(row!.owner).not.toBe(APP_ROLE);
  });

  it('every table has exactly the row-security policies its module declares, and every table is declared', async () => {
    // Partitions (of access_log) inherit their parent's policies; the migrations' own bookkeeping table is no module's.
    const rows = await t.db.query<{ table: string; rls: boolean; policies: string[] }>(
      `SELECT c.relname AS table, c.relrowsecurity AS rls,
              coalesce((SELECT array_agg(p.polname::text ORDER BY p.polname) FROM pg_policy p WHERE p.polrelid = c.oid), '{}') AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> 'schema_migration'
        ORDER BY c.relname`,
    );
    const actual = Object.fromEntries(rows.map((r) => [r.table, { rls: r.rls, policies: r.policies }]));
    const declared = Object.fromEntries(declaredTables().map((d) => [d.table, { rls: d.policies.length > 0, policies: [...d.policies].sort() }]));
    expect(actual).toEqual(declared);
  });

  it("a query that forgets the provider filter still sees only the representative's own rows", async () => {
    const { municipalityId, providers } = t.fixture;
    const mine = await asAppRole<{ providerId: number }>(
      t,
      { role: 'PROVIDER_REP', municipalityId, providerId: providers.care },
      `SELECT provider_id AS "providerId" FROM arrangement`,
    );
    expect(mine).toHaveLength(2);
    expect(new Set(mine.map((r) => r.providerId))).toEqual(new Set([providers.care]));
    const reports = await asAppRole<{ providerId: number }>(
      t,
      { role: 'PROVIDER_REP', municipalityId, providerId: providers.welfare },
      `SELECT provider_id AS "providerId" FROM arrangement_report`,
    );
    expect(reports.map((r) => r.providerId)).toEqual([providers.welfare]);
  });
});

describe("row-level security as a second wall: the regisseur's municipality", () => {
  it('the regisseur sees every provider of the municipality, never another municipality', async () => {
    const all = await asAppRole<{ municipalityId: number }>(
      t,
      { role: 'REGISSEUR', municipalityId: t.fixture.municipalityId },
      `SELECT municipality_id AS "municipalityId" FROM arrangement`,
    );
    expect(all).toHaveLength(3);
    expect(all.every((r) => r.municipalityId === t.fixture.municipalityId)).toBe(true);
    const providers = await asAppRole(
      t,
      { role: 'REGISSEUR', municipalityId: t.fixture.municipalityId },
      `SELECT id FROM provider WHERE id = ${other.providerId}`,
    );
    expect(providers).toEqual([]);
  });
});

describe('row-level security as a second wall: residents and the client council', () => {
  it.each(['CLIENT_COUNCIL', 'RESIDENT'])('%s sees no arrangement, report, money or convenant row, even by a query without filters', async (role) => {
    const { municipalityId } = t.fixture;
    expect(await t.count('arrangement')).toBeGreaterThan(0);
    for (const table of NO_PARTICIPANT_TABLES) {
      expect([table, await asAppRole(t, { role, municipalityId }, `SELECT * FROM ${table}`)]).toEqual([table, []]);
    }
    // The same query as the regisseur sees the rows: the wall is the role, not the query.
    expect(await asAppRole(t, { role: 'REGISSEUR', municipalityId }, `SELECT id FROM arrangement`)).toHaveLength(3);
  });

  it('a resident cannot write an arrangement either', async () => {
    const { municipalityId, providers } = t.fixture;
    const before = await t.count('arrangement');
    await expect(
      asAppRole(
        t,
        { role: 'RESIDENT', municipalityId },
        `INSERT INTO arrangement (municipality_id, provider_id, client_key, status, form, product_category, requested_on, hours_per_week, planned_cost_cents)
         VALUES (${municipalityId}, ${providers.care}, 'K-R', 'REQUESTED', 'GROUP', 'DAGBESTEDING', '2026-01-01', 1, 1)`,
      ),
    ).rejects.toThrow(/row-level security|permission denied/);
    expect(await t.count('arrangement')).toBe(before);
  });
});

describe('row-level security as a second wall: without settings', () => {
  it('without settings no domain row is visible, and none can be written for another provider', async () => {
    const client = appRoleClient(t);
    await client.connect();
    try {
      expect((await client.query('SELECT * FROM arrangement')).rowCount).toBe(0);
      expect((await client.query('SELECT * FROM provider')).rowCount).toBe(0);
    } finally {
      await client.end();
    }
    const { municipalityId, providers } = t.fixture;
    const before = await t.count('arrangement');
    await expect(
      asAppRole(
        t,
        { role: 'PROVIDER_REP', municipalityId, providerId: providers.care },
        `INSERT INTO arrangement (municipality_id, provider_id, client_key, status, form, product_category, requested_on, hours_per_week, planned_cost_cents)
         VALUES (${municipalityId}, ${providers.welfare}, 'K-X', 'REQUESTED', 'GROUP', 'DAGBESTEDING', '2026-01-01', 1, 1)`,
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await t.count('arrangement')).toBe(before);
  });
  afterAll(async () => {
    await t.close();
  });
});
