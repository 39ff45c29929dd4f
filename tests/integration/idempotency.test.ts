import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';

const CREATE = `mutation ($input: ArrangementInput!, $key: String) {
  arrangementCreate(input: $input, idempotencyKey: $key) { arrangement { id clientKey } userErrors { code field } } }`;
const REPORT = `mutation ($id: ID!, $input: ArrangementReportInput!, $key: String) {
  arrangementReportAdd(arrangementId: $id, input: $input, idempotencyKey: $key) { report { id costCents } arrangement { realisedCostCents } userErrors { code field } } }`;
const SIGN = `mutation ($id: ID!, $key: String) { convenantSign(id: $id, idempotencyKey: $key) { convenant { id status } userErrors { code } } }`;
const input = {
  clientKey: 'K-IDEM-1',
  productCategory: 'DAGBESTEDING',
  form: 'GROUP',
  requestedOn: '2026-04-01',
  startsOn: '2026-04-02',
  hoursPerWeek: 6,
  plannedCostCents: 90000,
};

interface CreateRes {
  arrangementCreate: { arrangement: { id: string } | null; userErrors: { code: string; field: string }[] };
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ convenantInForce: true });
});
afterAll(async () => {
  await t.close();
});

describe('idempotent create mutations: arrangementCreate', () => {
  it('a replay of arrangementCreate returns the first answer and creates nothing', async () => {
    const rep = await t.as('repCare');
    const first = await rep<CreateRes>(CREATE, { input, key: 'create-1' });
    const count = await t.count('arrangement');
    const audit = await t.count('audit_log');
    const again = await rep<CreateRes>(CREATE, { input, key: 'create-1' });
    expect(again.data).toEqual(first.data);
    expect(await t.count('arrangement')).toBe(count);
    expect(await t.count('audit_log')).toBe(audit);
  });

  it('the same key with other input is IDEMPOTENCY_CONFLICT and creates nothing', async () => {
    const rep = await t.as('repCare');
    const count = await t.count('arrangement');
    const res = await rep<CreateRes>(CREATE, { input: { ...input, hoursPerWeek: 7 }, key: 'create-1' });
    expect(res.data!.arrangementCreate).toEqual({ arrangement: null, userErrors: [{ code: 'IDEMPOTENCY_CONFLICT', field: 'idempotencyKey' }] });
    expect(await t.count('arrangement')).toBe(count);
  });

  it("keys belong to one user: another user's same key is a different request", async () => {
    const other = await t.as('repWelfare');
    const res = await other<CreateRes>(CREATE, { input, key: 'create-1' });
    expect(res.data!.arrangementCreate.userErrors).toEqual([]);
  });

  it('concurrent requests with one key create exactly one arrangement', async () => {
    const rep = await t.as('repCare');
    const count = await t.count('arrangement');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => rep<CreateRes>(CREATE, { input: { ...input, clientKey: 'K-RACE' }, key: 'race-1' })),
    );
    expect(answers.every((a) => errorCodes(a).length === 0 && a.data!.arrangementCreate.userErrors.length === 0)).toBe(true);
    expect(new Set(answers.map((a) => a.data!.arrangementCreate.arrangement!.id)).size).toBe(1);
    expect(await t.count('arrangement')).toBe(count + 1);
  });

  it('a failed attempt stores nothing, so the corrected retry with the same key goes through', async () => {
    const rep = await t.as('repCare');
    const bad = await rep<CreateRes>(CREATE, { input: { ...input, clientKey: ' ' }, key: 'fix-1' });
    expect(bad.data!.arrangementCreate.userErrors[0]!.field).toBe('input.clientKey');
    const good = await rep<CreateRes>(CREATE, { input: { ...input, clientKey: 'K-FIXED' }, key: 'fix-1' });
    expect(good.data!.arrangementCreate.userErrors).toEqual([]);
  });

  it('a malformed key is refused naming the field', async () => {
    const rep = await t.as('repCare');
    const res = await rep<CreateRes>(CREATE, { input, key: 'spaces are not allowed' });
    expect(res.data!.arrangementCreate.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'idempotencyKey' }]);
  });
});

describe('idempotent create mutations: other mutations', () => {
  it('arrangementReportAdd and convenantSign replay too', async () => {
    const rep = await t.as('repCare');
    const created = await rep<CreateRes>(CREATE, { input: { ...input, clientKey: 'K-REPORT' } });
    const id = created.data!.arrangementCreate.arrangement!.id;
    const report = { periodStart: '2026-05-01', periodEnd: '2026-05-31', hoursDelivered: 20, costCents: 4000 };
    const first = await rep(REPORT, { id, input: report, key: 'report-1' });
    const again = await rep(REPORT, { id, input: report, key: 'report-1' });
    expect(again.data).toEqual(first.data);
    expect(await t.count('arrangement_report')).toBe(1);

    const [c] = await t.db.query<{ id: number }>(
      `INSERT INTO convenant (municipality_id, title, starts_on, ends_on, budget_cents) VALUES ($1, 'Idempotent', '2028-01-01', '2028-12-31', 1) RETURNING id`,
      [t.fixture.municipalityId],
    );
    await t.db.query(
      `INSERT INTO convenant_party (municipality_id, convenant_id, kind, provider_id) VALUES ($1, $2, 'MUNICIPALITY', NULL), ($1, $2, 'PROVIDER', $3)`,
      [t.fixture.municipalityId, c!.id, t.fixture.providers.care],
    );
    await t.db.query(`UPDATE convenant SET status = 'OPEN_FOR_SIGNING' WHERE id = $1`, [c!.id]);
    const sign1 = await rep(SIGN, { id: gid('Convenant', c!.id), key: 'sign-1' });
    const sign2 = await rep(SIGN, { id: gid('Convenant', c!.id), key: 'sign-1' });
    expect(sign2.data).toEqual(sign1.data);
    const without = await rep<{ convenantSign: { userErrors: { code: string }[] } }>(SIGN, { id: gid('Convenant', c!.id) });
    expect(without.data!.convenantSign.userErrors[0]!.code).toBe('ALREADY_SIGNED');
  });
});
