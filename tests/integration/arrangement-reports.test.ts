import { errorCodes, gid, startTestApp, TODAY, type GraphQLResponse, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';

/** What providers report per period of an arrangement: adding, listing, the realised cost, and who may report. */

const CREATE = `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id status version } userErrors { code field } } }`;
const REPORT_FIELDS = 'id periodStart periodEnd hoursDelivered costCents remarks createdAt';
const ADD = `mutation ($arrangementId: ID!, $input: ArrangementReportInput!) {
  arrangementReportAdd(arrangementId: $arrangementId, input: $input) {
    report { ${REPORT_FIELDS} } arrangement { id realisedCostCents plannedCostCents version } userErrors { code field message } } }`;
const REPORTS = `query ($id: ID!, $first: Int, $after: String) {
  node(id: $id) { ... on Arrangement { realisedCostCents reports(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ${REPORT_FIELDS} } } } } } }`;

interface ReportView {
  id: string;
  periodStart: string;
  periodEnd: string;
  hoursDelivered: number;
  costCents: number;
  remarks: string | null;
  createdAt: string;
}
interface ReportPayloadView {
  report: ReportView | null;
  arrangement: { id: string; realisedCostCents: number; plannedCostCents: number; version: number } | null;
  userErrors: { code: string; field: string | null; message: string }[];
}
interface ReportInput {
  periodStart: string;
  periodEnd: string;
  hoursDelivered: number;
  costCents: number;
  remarks?: string | null;
}

const MAY: ReportInput = {
  periodStart: '2026-05-01',
  periodEnd: '2026-05-31',
  hoursDelivered: 12.5,
  costCents: 43_210,
  remarks: 'Wekelijks huisbezoek',
};

function localId(globalId: string): number {
  const [, raw] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  return Number(raw);
}

let t: TestApp;
let keySeq = 0;

beforeAll(async () => {
  t = await startTestApp({ convenantInForce: true });
});
afterAll(async () => {
  await t.close();
});

const run = async <T>(user: FixtureUser, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> =>
  (await t.as(user))<T>(query, variables);

/** An arrangement of the representative's provider, started on 2026-01-01 unless told otherwise. */
const arrangement = async (user: FixtureUser, startsOn: string | null = '2026-01-01'): Promise<string> => {
  const res = await run<{ arrangementCreate: { arrangement: { id: string } | null; userErrors: unknown[] } }>(user, CREATE, {
    input: {
      clientKey: `K-R-${++keySeq}`,
      productCategory: 'BEGELEIDING',
      form: 'INDIVIDUAL',
      requestedOn: '2026-01-01',
      startsOn,
      hoursPerWeek: 3,
      plannedCostCents: 500_000,
    },
  });
  expect(res.data?.arrangementCreate.userErrors).toEqual([]);
  return res.data!.arrangementCreate.arrangement!.id;
};

const add = (user: FixtureUser, arrangementId: string, input: ReportInput) =>
  run<{ arrangementReportAdd: ReportPayloadView | null }>(user, ADD, { arrangementId, input });

/** What is stored for one arrangement: its row's realised cost and version, and its reports. */
const stored = async (arrangementId: string) => {
  const [row] = await t.db.query<{ realised_cost_cents: number; version: number }>(
    `SELECT realised_cost_cents, version FROM arrangement WHERE id = $1`,
    [localId(arrangementId)],
  );
  const reports = await t.db.query(`SELECT * FROM arrangement_report WHERE arrangement_id = $1 ORDER BY id`, [localId(arrangementId)]);
  return { realisedCostCents: row!.realised_cost_cents, version: row!.version, reports, total: await t.count('arrangement_report') };
};

describe('arrangement reports: arrangementReportAdd: what is stored', () => {
  it('stores the report of the owning representative and raises the realised cost by exactly its cost, also in the payload', async () => {
    const id = await arrangement('repCare');
    const first = await add('repCare', id, MAY);
    expect(first.errors).toBeUndefined();
    expect(first.data?.arrangementReportAdd?.userErrors).toEqual([]);
    expect(first.data?.arrangementReportAdd?.report).toMatchObject({
      periodStart: '2026-05-01',
      periodEnd: '2026-05-31',
      hoursDelivered: 12.5,
      costCents: 43_210,
      remarks: 'Wekelijks huisbezoek',
    });
    expect(first.data?.arrangementReportAdd?.arrangement).toMatchObject({ id, realisedCostCents: 43_210, plannedCostCents: 500_000 });

    const second = await add('repCare', id, {
      periodStart: '2026-06-01',
      periodEnd: '2026-06-14',
      hoursDelivered: 4,
      costCents: 1_999,
      remarks: null,
    });
    expect(second.data?.arrangementReportAdd?.userErrors).toEqual([]);
    expect(second.data?.arrangementReportAdd?.arrangement?.realisedCostCents).toBe(43_210 + 1_999);
    expect(second.data?.arrangementReportAdd?.report?.remarks).toBeNull();

    const after = await stored(id);
    expect(after.realisedCostCents).toBe(45_209);
    expect(after.reports).toHaveLength(2);
    expect(after.reports[0]).toMatchObject({
      id: localId(first.data!.arrangementReportAdd!.report!.id),
      provider_id: t.fixture.providers.care,
      municipality_id: t.fixture.municipalityId,
      created_by_user_id: t.fixture.users.repCare,
      period_start: '2026-05-01',
      period_end: '2026-05-31',
      hours_delivered: 12.5,
      cost_cents: 43_210,
    });
  });

  it('accepts a period that ends today, and one that only begins before the start but runs into it', async () => {
    const id = await arrangement('repCare', '2026-03-10');
    const endsToday = await add('repCare', id, { ...MAY, periodStart: '2026-06-01', periodEnd: TODAY });
    expect(endsToday.data?.arrangementReportAdd?.userErrors).toEqual([]);
    const straddles = await add('repCare', id, { ...MAY, periodStart: '2026-03-01', periodEnd: '2026-03-31' });
    expect(straddles.data?.arrangementReportAdd?.userErrors).toEqual([]);
    expect((await stored(id)).reports).toHaveLength(2);
  });
});

const invalid: [string, Partial<ReportInput>, string][] = [
  ['a period that ends before it starts', { periodStart: '2026-05-31', periodEnd: '2026-05-01' }, 'input.periodEnd'],
  ['a period that ends in the future', { periodStart: '2026-06-01', periodEnd: '2026-06-16' }, 'input.periodEnd'],
  ['a period before the arrangement started', { periodStart: '2025-12-01', periodEnd: '2025-12-31' }, 'input.periodEnd'],
  ['a negative cost', { costCents: -1 }, 'input.costCents'],
  ['negative hours delivered', { hoursDelivered: -0.25 }, 'input.hoursDelivered'],
];

describe('arrangement reports: arrangementReportAdd: refusals', () => {
  it.each(invalid)('refuses %s with a userError on that field, stores nothing and leaves the realised cost', async (_, overrides, field) => {
    const id = await arrangement('repCare');
    expect(
      (await add('repCare', id, { ...MAY, periodStart: '2026-04-01', periodEnd: '2026-04-30', costCents: 700 })).data?.arrangementReportAdd
        ?.userErrors,
    ).toEqual([]);
    const before = await stored(id);
    const res = await add('repCare', id, { ...MAY, ...overrides });
    expect(res.errors).toBeUndefined();
    expect(res.data?.arrangementReportAdd).toEqual({
      report: null,
      arrangement: null,
      userErrors: [{ code: 'INVALID_INPUT', field, message: expect.any(String) }],
    });
    expect(await stored(id)).toEqual(before);
    expect(before.realisedCostCents).toBe(700);
  });

  it('refuses a second report for exactly the same period with DUPLICATE; one report stays and the cost counts once', async () => {
    const id = await arrangement('repCare');
    expect((await add('repCare', id, MAY)).data?.arrangementReportAdd?.userErrors).toEqual([]);
    const before = await stored(id);
    const again = await add('repCare', id, { ...MAY, costCents: 99_999, remarks: 'Nog een keer' });
    expect(again.errors).toBeUndefined();
    expect(again.data?.arrangementReportAdd).toEqual({
      report: null,
      arrangement: null,
      userErrors: [{ code: 'DUPLICATE', field: 'input.periodStart', message: expect.any(String) }],
    });
    const after = await stored(id);
    expect(after).toEqual(before);
    expect(after.reports).toHaveLength(1);
    expect(after.realisedCostCents).toBe(MAY.costCents);
  });

  it('refuses a report on a REQUESTED arrangement with INVALID_STATE and stores nothing', async () => {
    for (const startsOn of [null, '2026-07-01']) {
      const id = await arrangement('repCare', startsOn);
      const before = await stored(id);
      const res = await add('repCare', id, MAY);
      expect(res.data?.arrangementReportAdd).toEqual({
        report: null,
        arrangement: null,
        userErrors: [{ code: 'INVALID_STATE', field: 'arrangementId', message: expect.any(String) }],
      });
      expect(await stored(id)).toEqual(before);
    }
  });

  it.each<FixtureUser>(['regisseur', 'analyst', 'admin'])(
    'refuses %s with FORBIDDEN: only the provider reports, and nothing is stored',
    async (user) => {
      const id = await arrangement('repCare');
      const before = await stored(id);
      const res = await add(user, id, MAY);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data?.arrangementReportAdd ?? null).toBeNull();
      expect(await stored(id)).toEqual(before);
    },
  );
});

describe('arrangement reports: arrangementReportAdd: another provider', () => {
  // Row-level security hides another provider's arrangement from the representative's connection,
  // so the refusal is the same as for an id that does not exist and reveals nothing about it.
  it("refuses another provider's representative as if the arrangement did not exist, and stores nothing", async () => {
    const id = await arrangement('repCare');
    const before = await stored(id);
    const res = await add('repWelfare', id, MAY);
    expect(res.errors).toBeUndefined();
    expect(res.data?.arrangementReportAdd).toEqual({
      report: null,
      arrangement: null,
      userErrors: [{ code: 'NOT_FOUND', field: 'arrangementId', message: 'No arrangement with this id.' }],
    });
    expect((await add('repWelfare', gid('Arrangement', 987654), MAY)).data).toEqual(res.data);
    expect(await stored(id)).toEqual(before);
  });
});

let id: string;
const months = ['01', '02', '03', '04', '05'];

describe('arrangement reports: reading reports', () => {
  beforeAll(async () => {
    id = await arrangement('repWelfare');
    for (const [i, m] of months.entries()) {
      const res = await add('repWelfare', id, {
        periodStart: `2026-${m}-01`,
        periodEnd: `2026-${m}-28`,
        hoursDelivered: i + 1,
        costCents: (i + 1) * 1000,
      });
      expect(res.data?.arrangementReportAdd?.userErrors).toEqual([]);
    }
  });

  it('pages through arrangement.reports with first and after, oldest first, each once, with the total count', async () => {
    const seen: ReportView[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      interface Page {
        node: {
          realisedCostCents: number;
          reports: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
            edges: { node: ReportView }[];
          };
        };
      }
      const res: GraphQLResponse<Page> = await run('repWelfare', REPORTS, { id, first: 2, after });
      expect(res.errors).toBeUndefined();
      const reports = res.data!.node.reports;
      expect(reports.totalCount).toBe(5);
      expect(reports.edges).toHaveLength(page < 2 ? 2 : 1);
      expect(reports.pageInfo.hasNextPage).toBe(page < 2);
      expect(reports.pageInfo.hasPreviousPage).toBe(page > 0);
      expect(res.data!.node.realisedCostCents).toBe(15_000);
      seen.push(...reports.edges.map((e) => e.node));
      after = reports.pageInfo.endCursor;
    }
    expect(seen.map((r) => r.periodStart)).toEqual(months.map((m) => `2026-${m}-01`));
    expect(seen.map((r) => r.costCents)).toEqual([1000, 2000, 3000, 4000, 5000]);
  });
});

describe('arrangement reports: reading reports: who sees them', () => {
  it('gives analysts neither an arrangement that fewer than 5 share its provider, category and months with, nor its reports', async () => {
    const res = await run<{ node: unknown }>('analyst', REPORTS, { id, first: 10 });
    expect(res).toEqual({ status: 200, data: { node: null } });
    const [report] = await t.db.query<{ id: number }>(`SELECT id FROM arrangement_report WHERE arrangement_id = $1 ORDER BY id LIMIT 1`, [
      localId(id),
    ]);
    const viaReport = await run<{ node: unknown }>('analyst', `query ($id: ID!) { node(id: $id) { ... on ArrangementReport { costCents } } }`, {
      id: gid('ArrangementReport', report!.id),
    });
    expect(viaReport.data?.node ?? null).toBeNull();
  });

  it.each<FixtureUser>(['regisseur'])('shows %s the reports of any provider', async (user) => {
    const res = await run<{ node: { reports: { totalCount: number; edges: { node: ReportView }[] } } }>(user, REPORTS, { id, first: 10 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node.reports.totalCount).toBe(5);
    expect(res.data!.node.reports.edges).toHaveLength(5);
  });

  it("gives another provider's representative neither the arrangement nor its reports", async () => {
    const viaArrangement = await run<{ node: unknown }>('repCare', REPORTS, { id, first: 10 });
    expect(viaArrangement.data?.node ?? null).toBeNull();
    const [report] = await t.db.query<{ id: number }>(`SELECT id FROM arrangement_report WHERE arrangement_id = $1 ORDER BY id LIMIT 1`, [
      localId(id),
    ]);
    const viaReport = await run<{ node: unknown }>('repCare', `query ($id: ID!) { node(id: $id) { ... on ArrangementReport { costCents } } }`, {
      id: gid('ArrangementReport', report!.id),
    });
    expect(viaReport.data?.node ?? null).toBeNull();
    const own = await run<{ node: { costCents: number } | null }>(
      'repWelfare',
      `query ($id: ID!) { node(id: $id) { ... on ArrangementReport { costCents } } }`,
      {
        id: gid('ArrangementReport', report!.id),
      },
    );
    expect(own.data?.node).toEqual({ costCents: 1000 });
  });
});

describe('arrangement reports: append-only in the database itself', () => {
  it('refuses a raw SQL UPDATE or DELETE of a report, even by the owner of the tables, and keeps the report', async () => {
    const id = await arrangement('repCare');
    expect((await add('repCare', id, MAY)).data?.arrangementReportAdd?.userErrors).toEqual([]);
    const before = await stored(id);
    const reportId = (before.reports[0] as { id: number }).id;
    await expect(t.db.query(`UPDATE arrangement_report SET cost_cents = 0 WHERE id = $1`, [reportId])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM arrangement_report WHERE id = $1`, [reportId])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM arrangement_report WHERE arrangement_id = $1`, [localId(id)])).rejects.toThrow(/append-only/);
    expect(await stored(id)).toEqual(before);
  });
});

// The page sizes go in as variables: written literally, the GraphQL cost limit (which multiplies by literal
// "first" values only) refuses this tree before it runs.
const TREE = `query ($providers: Int, $arrangements: Int, $reports: Int) {
      providers(first: $providers) { edges { node { id arrangements(first: $arrangements) { edges { node { id
        reports(first: $reports) { totalCount edges { node { costCents } } } } } } } } } }`;
interface Tree {
  providers: {
    edges: {
      node: {
        id: string;
        arrangements: { edges: { node: { id: string; reports: { totalCount: number; edges: { node: { costCents: number } }[] } } }[] };
      };
    }[];
  };
}

/** Runs the tree as the regisseur; returns the answer and how many SQL statements the app sent for it. */
const measure = async (): Promise<{ res: GraphQLResponse<Tree>; statements: number }> => {
  const gql = await t.as('regisseur');
  const before = await t.settledStatements();
  const res = await gql<Tree>(TREE, { providers: 10, arrangements: 20, reports: 12 });
  const statements = t.app.db.statements - before;
  return { res, statements };
};

/** The tree as the database has it, cut to the same page sizes. */
const expectedTree = async (): Promise<Tree> => {
  const providers = await t.db.query<{ id: number }>(`SELECT id FROM provider WHERE municipality_id = $1 ORDER BY id LIMIT 10`, [
    t.fixture.municipalityId,
  ]);
  const arrangements = await t.db.query<{ id: number; provider_id: number }>(`SELECT id, provider_id FROM arrangement ORDER BY id`);
  const reports = await t.db.query<{ arrangement_id: number; cost_cents: number }>(
    `SELECT arrangement_id, cost_cents FROM arrangement_report ORDER BY id`,
  );
  return {
    providers: {
      edges: providers.map((p) => ({
        node: {
          id: gid('Provider', p.id),
          arrangements: {
            edges: arrangements
              .filter((a) => a.provider_id === p.id)
              .slice(0, 20)
              .map((a) => {
                const own = reports.filter((r) => r.arrangement_id === a.id);
                return {
                  node: {
                    id: gid('Arrangement', a.id),
                    reports: { totalCount: own.length, edges: own.slice(0, 12).map((r) => ({ node: { costCents: r.cost_cents } })) },
                  },
                };
              }),
          },
        },
      })),
    },
  };
};

describe('arrangement reports: no N+1', () => {
  it('answers providers → arrangements → reports with the same small number of statements however much data there is', async () => {
    // Small: three providers with three arrangements of three reports each, made over the API.
    for (const rep of ['repCare', 'repWelfare', 'repVolunteer'] as const) {
      for (let a = 0; a < 3; a++) {
        const id = await arrangement(rep);
        for (const m of ['01', '02', '03']) {
          const res = await add(rep, id, { periodStart: `2026-${m}-01`, periodEnd: `2026-${m}-28`, hoursDelivered: 2, costCents: 100 * (a + 1) });
          expect(res.data?.arrangementReportAdd?.userErrors).toEqual([]);
        }
      }
    }
    const small = await measure();
    expect(small.res.errors).toBeUndefined();
    expect(small.res.data).toEqual(await expectedTree());
    // The viewer lookup with the actor's settings, the viewer's heavy-operation slot (pages of 20 × 20 × 12 are an
    // expensive operation), providers, arrangements, reports, report counts, and the COMMIT.
    expect(small.statements).toBeLessThanOrEqual(7);

    // Large: four more providers, 25 more arrangements for every provider, 15 reports for each of those.
    await t.db.query(
      `INSERT INTO provider (municipality_id, name, kind, kvk_number)
         SELECT $1, 'Extra aanbieder ' || g, 'WELFARE', (20000000 + g)::text FROM generate_series(1, 4) g`,
      [t.fixture.municipalityId],
    );
    await t.db.query(
      `INSERT INTO arrangement (municipality_id, provider_id, client_key, status, form, product_category, requested_on, starts_on, hours_per_week, planned_cost_cents)
         SELECT p.municipality_id, p.id, 'K-BULK-' || p.id || '-' || g, 'ACTIVE', 'GROUP', 'DAGBESTEDING', '2025-01-01', '2025-01-01', 2, 10000
           FROM provider p CROSS JOIN generate_series(1, 25) g WHERE p.municipality_id = $1`,
      [t.fixture.municipalityId],
    );
    await t.db.query(
      `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, created_by_user_id)
         SELECT a.municipality_id, a.id, a.provider_id, date '2025-01-01' + 7 * g, date '2025-01-01' + 7 * g + 6, 3, a.id * 100 + g, $1
           FROM arrangement a CROSS JOIN generate_series(0, 14) g WHERE a.client_key LIKE 'K-BULK-%'`,
      [t.fixture.users.admin],
    );
    const large = await measure();
    expect(large.res.errors).toBeUndefined();
    const expected = await expectedTree();
    expect(large.res.data).toEqual(expected);
    // The larger answer really is larger: more providers, full pages of arrangements, reports cut at 12 of 15.
    expect(expected.providers.edges).toHaveLength(7);
    expect(expected.providers.edges.every((p) => p.node.arrangements.edges.length === 20)).toBe(true);
    expect(expected.providers.edges[6]!.node.arrangements.edges[0]!.node.reports).toMatchObject({ totalCount: 15 });
    expect(expected.providers.edges[6]!.node.arrangements.edges[0]!.node.reports.edges).toHaveLength(12);

    expect(large.statements).toBe(small.statements);
  });
});
