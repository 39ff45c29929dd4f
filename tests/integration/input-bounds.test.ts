import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';

/**
 * Input at the edges: amounts and hours have domain bounds, dates lie in 1900-01-01..2200-12-31, and a client key
 * never identifies a person. Every refusal names the field, stores nothing and is never a 500.
 */
const TABLES = ['arrangement', 'arrangement_report', 'report_summary', 'convenant', 'funding_agreement', 'annual_plan', 'audit_log'];
const USER_ERRORS = 'userErrors { code field message }';
const CREATE = `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id } ${USER_ERRORS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: ArrangementUpdateInput!) {
  arrangementUpdate(id: $id, version: $version, input: $input) { arrangement { id } ${USER_ERRORS} } }`;
const ADD = `mutation ($arrangementId: ID!, $input: ArrangementReportInput!) {
  arrangementReportAdd(arrangementId: $arrangementId, input: $input) { report { id } ${USER_ERRORS} } }`;
const CONVENANT = `mutation ($input: ConvenantInput!) { convenantCreate(input: $input) { convenant { id } ${USER_ERRORS} } }`;
const PLAN = `mutation ($input: AnnualPlanInput!) { annualPlanCreate(input: $input) { plan { id budgetCents } ${USER_ERRORS} } }`;
const PROPOSE = `mutation ($input: FundingAgreementProposeInput!) { fundingAgreementPropose(input: $input) { agreement { id } ${USER_ERRORS} } }`;
const OVERVIEW = `query ($period: PeriodInput!) { overview(period: $period) { costCents hoursDelivered arrangements { active } } }`;

interface UserError {
  code: string;
  field: string | null;
  message: string;
}
type Payload = { userErrors: UserError[] } & Record<string, unknown>;

const arrangementInput = (overrides: Record<string, unknown> = {}) => ({
  clientKey: 'K-BOUNDS',
  productCategory: 'BEGELEIDING',
  form: 'INDIVIDUAL',
  requestedOn: '2026-01-01',
  startsOn: '2026-01-01',
  hoursPerWeek: 3,
  plannedCostCents: 500_000,
  ...overrides,
});
const MAY = { periodStart: '2026-05-01', periodEnd: '2026-05-31', hoursDelivered: 10, costCents: 10_000 };

let t: TestApp;
let arrangementId: string;
let arrangementVersion: number;
let keys = 0;

beforeAll(async () => {
  t = await startTestApp({ convenantInForce: true });
  const rep = await t.as('repCare');
  const res = await rep<{ arrangementCreate: Payload & { arrangement: { id: string } } }>(CREATE, { input: arrangementInput() });
  expect(res.data?.arrangementCreate.userErrors).toEqual([]);
  arrangementId = res.data!.arrangementCreate.arrangement.id;
  arrangementVersion = 1;
});
afterAll(async () => {
  await t.close();
});

/** Every row of the tables a refusal must leave alone, as text. */
const snapshot = async (): Promise<Record<string, string[]>> => {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) out[table] = (await t.db.query<{ r: string }>(`SELECT x::text AS r FROM ${table} x ORDER BY 1`)).map((row) => row.r);
  return out;
};
/** Runs a mutation that must be refused with exactly `code` on `field`, and checks that nothing changed. */
const refused = async (
  user: 'repCare' | 'regisseur',
  query: string,
  variables: Record<string, unknown>,
  key: string,
  code: string,
  field: string,
) => {
  const before = await snapshot();
  const as = await t.as(user);
  const res = await as<Record<string, Payload>>(query, variables);
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  expect(res.data?.[key]?.userErrors.map((e) => ({ code: e.code, field: e.field }))).toEqual([{ code, field }]);
  expect(await snapshot()).toEqual(before);
  return res.data![key]!.userErrors[0]!;
};

describe('input at the edges: amounts and hours: reports and arrangements', () => {
  it('refuses the report of 9,007,199,254,342,807 cents that broke the overview, and the overview keeps working', async () => {
    const e = await refused(
      'repCare',
      ADD,
      { arrangementId, input: { ...MAY, costCents: 9_007_199_254_342_807 } },
      'arrangementReportAdd',
      'AMOUNT_OUT_OF_RANGE',
      'input.costCents',
    );
    expect(e.message).toMatch(/at most 100000000 cents/);
    const regisseur = await t.as('regisseur');
    const overview = await regisseur(OVERVIEW, { period: { from: '2026-01-01', to: '2026-12-31' } });
    expect(errorCodes(overview)).toEqual([]);
  });

  it('takes a report of exactly EUR 1,000,000 and refuses one cent more', async () => {
    await refused(
      'repCare',
      ADD,
      { arrangementId, input: { ...MAY, periodStart: '2026-04-01', periodEnd: '2026-04-30', costCents: 100_000_001 } },
      'arrangementReportAdd',
      'AMOUNT_OUT_OF_RANGE',
      'input.costCents',
    );
    const rep = await t.as('repCare');
    const res = await rep<{ arrangementReportAdd: Payload }>(ADD, {
      arrangementId,
      input: { ...MAY, periodStart: '2026-04-01', periodEnd: '2026-04-30', costCents: 100_000_000 },
    });
    expect(res.data?.arrangementReportAdd.userErrors).toEqual([]);
  });

  it('takes at most 24 hours per day of the period: 744 in May, not 744.5; 24 on one day, not 25', async () => {
    await refused(
      'repCare',
      ADD,
      { arrangementId, input: { ...MAY, hoursDelivered: 744.5 } },
      'arrangementReportAdd',
      'HOURS_OUT_OF_RANGE',
      'input.hoursDelivered',
    );
    await refused(
      'repCare',
      ADD,
      { arrangementId, input: { ...MAY, periodStart: '2026-05-04', periodEnd: '2026-05-04', hoursDelivered: 25 } },
      'arrangementReportAdd',
      'HOURS_OUT_OF_RANGE',
      'input.hoursDelivered',
    );
    const rep = await t.as('repCare');
    const res = await rep<{ arrangementReportAdd: Payload }>(ADD, { arrangementId, input: { ...MAY, hoursDelivered: 744 } });
    expect(res.data?.arrangementReportAdd.userErrors).toEqual([]);
  });

  it("refuses an arrangement's planned cost above EUR 1,000,000, on create and on update", async () => {
    await refused(
      'repCare',
      CREATE,
      { input: arrangementInput({ clientKey: `K-B${++keys}`, plannedCostCents: 100_000_001 }) },
      'arrangementCreate',
      'AMOUNT_OUT_OF_RANGE',
      'input.plannedCostCents',
    );
    await refused(
      'repCare',
      UPDATE,
      { id: arrangementId, version: arrangementVersion, input: { plannedCostCents: 2 ** 52 } },
      'arrangementUpdate',
      'AMOUNT_OUT_OF_RANGE',
      'input.plannedCostCents',
    );
  });
});

describe('input at the edges: amounts and hours: budgets, funding and the database', () => {
  it('refuses a convenant budget above EUR 10,000,000,000', async () => {
    const input = {
      title: 'Convenant met een te groot budget',
      startsOn: '2026-01-01',
      endsOn: '2029-12-31',
      budgetCents: 1_000_000_000_001,
      partyIds: [gid('Provider', t.fixture.providers.care)],
    };
    await refused('regisseur', CONVENANT, { input }, 'convenantCreate', 'AMOUNT_OUT_OF_RANGE', 'input.budgetCents');
  });

  it('refuses annual plan budget lines above the budget bound, one by one and together', async () => {
    const goals = [{ title: 'Doel', indicator: 'Indicator', target: 1 }];
    const line = (amountCents: number) => ({ title: 'Regel', amountCents });
    await refused(
      'repCare',
      PLAN,
      { input: { year: 2026, goals, budgetLines: [line(1_000_000_000_001)] } },
      'annualPlanCreate',
      'AMOUNT_OUT_OF_RANGE',
      'input.budgetLines.0.amountCents',
    );
    // Two lines of 2^52 each: their sum (the plan's budget) is beyond what GraphQL's SafeInt can return.
    await refused(
      'repCare',
      PLAN,
      { input: { year: 2026, goals, budgetLines: [line(600_000_000_000), line(600_000_000_000)] } },
      'annualPlanCreate',
      'AMOUNT_OUT_OF_RANGE',
      'input.budgetLines',
    );
  });

  it('refuses a funding agreement above EUR 10,000,000,000', async () => {
    // The fixture's convenant in force (2026-2027), with care and welfare as parties.
    const [c] = await t.db.query<{ id: number }>(`SELECT id FROM convenant WHERE status = 'IN_FORCE'`);
    const input = {
      convenantId: gid('Convenant', c!.id),
      toProviderId: gid('Provider', t.fixture.providers.welfare),
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      amountCents: 2 ** 53 - 1,
      purpose: 'Te groot',
    };
    await refused('repCare', PROPOSE, { input }, 'fundingAgreementPropose', 'AMOUNT_OUT_OF_RANGE', 'input.amountCents');
  });

  it('guards the same bounds in the database, whatever writes the row', async () => {
    const [a] = await t.db.query<{ id: number }>(`SELECT id FROM arrangement ORDER BY id LIMIT 1`);
    const insert = (cost: number, hours: number) =>
      t.db.query(
        `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, created_by_user_id)
           VALUES ($1, $2, $3, '2026-03-01', '2026-03-01', $4, $5, $6)`,
        [t.fixture.municipalityId, a!.id, t.fixture.providers.care, hours, cost, t.fixture.users.repCare],
      );
    await expect(insert(100_000_001, 1)).rejects.toThrow(/arrangement_report_cost_bound/);
    await expect(insert(1, 24.5)).rejects.toThrow(/arrangement_report_hours_bound/);
  });
});

describe('input at the edges: dates from 1900-01-01 to 2200-12-31', () => {
  it.each([['0000-01-01'], ['1899-12-31'], ['2201-01-01'], ['9999-12-31']])(
    'refuses %s in the overview, as a variable and written in the query, naming the field; a request error (200 under application/json), not a 500',
    async (date) => {
      const regisseur = await t.as('regisseur');
      const asVariable = await regisseur(OVERVIEW, { period: { from: date, to: '2026-12-31' } });
      expect(asVariable.status).toBe(200);
      expect(asVariable.data ?? null).toBeNull();
      expect(errorCodes(asVariable)).toEqual(['BAD_USER_INPUT']);
      expect(asVariable.errors![0]!.message).toContain('at "period.from"');
      expect(asVariable.errors![0]!.message).toContain('from 1900-01-01 to 2200-12-31');
      const literal = await regisseur(`{ overview(period: { from: "2026-01-01", to: "${date}" }) { costCents } }`);
      expect(literal.status).toBe(200);
      expect(literal.data ?? null).toBeNull();
      expect(errorCodes(literal)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(literal.errors![0]!.message).toContain(`found "${date}"`);
      expect(literal.errors![0]!.message).toContain('from 1900-01-01 to 2200-12-31');
    },
  );

  it('takes the first and the last day of the range, and refuses the days just outside it', async () => {
    const regisseur = await t.as('regisseur');
    expect(errorCodes(await regisseur(OVERVIEW, { period: { from: '1900-01-01', to: '1900-12-31' } }))).toEqual([]);
    expect(errorCodes(await regisseur(OVERVIEW, { period: { from: '2200-01-01', to: '2200-12-31' } }))).toEqual([]);
    expect(errorCodes(await regisseur(OVERVIEW, { period: { from: '1899-12-31', to: '1900-12-31' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await regisseur(OVERVIEW, { period: { from: '2200-01-01', to: '2201-01-01' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it.each([['arrangements'], ['overview']])('refuses year 0000 in /export/%s.csv with 400 naming the parameter', async (what) => {
    const token = await t.login('regisseur');
    for (const [from, to, field] of [
      ['0000-01-01', '2026-12-31', 'from'],
      ['2026-01-01', '2201-01-01', 'to'],
    ] as const) {
      const res = await fetch(`${t.app.url}/export/${what}.csv?from=${from}&to=${to}`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { extensions: { code: string; field: string } }[] };
      expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('refuses year 0000 in arrangementCreate naming input.requestedOn, and stores nothing', async () => {
    const before = await snapshot();
    const rep = await t.as('repCare');
    const res: GraphQLResponse = await rep(CREATE, {
      input: arrangementInput({ clientKey: `K-B${++keys}`, requestedOn: '0000-01-01', startsOn: null }),
    });
    expect(res.status).toBe(200);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.message).toContain('at "input.requestedOn"');
    expect(await snapshot()).toEqual(before);
  });
});

describe('input at the edges: client keys that identify a person', () => {
  it.each([
    ['a BSN', '123456782'],
    ['a BSN written with dots', '111.222.333'],
    ['a name', 'Jan de Vries'],
    ['a name with a non-breaking space', 'J.\u00a0Jansen'],
  ])('refuses %s with CLIENT_KEY_IDENTIFIES_PERSON, on create and on update', async (_what, clientKey) => {
    await refused(
      'repCare',
      CREATE,
      { input: arrangementInput({ clientKey }) },
      'arrangementCreate',
      'CLIENT_KEY_IDENTIFIES_PERSON',
      'input.clientKey',
    );
    await refused(
      'repCare',
      UPDATE,
      { id: arrangementId, version: arrangementVersion, input: { clientKey } },
      'arrangementUpdate',
      'CLIENT_KEY_IDENTIFIES_PERSON',
      'input.clientKey',
    );
  });

  it('takes nine digits that fail the elfproef and an ordinary key, but not the BSN one digit away', async () => {
    const rep = await t.as('repCare');
    for (const clientKey of ['123456789', 'K-2026-0042']) {
      const res = await rep<{ arrangementCreate: Payload }>(CREATE, { input: arrangementInput({ clientKey }) });
      expect(res.data?.arrangementCreate.userErrors).toEqual([]);
    }
    await refused(
      'repCare',
      CREATE,
      { input: arrangementInput({ clientKey: '123456782' }) },
      'arrangementCreate',
      'CLIENT_KEY_IDENTIFIES_PERSON',
      'input.clientKey',
    );
  });
});
