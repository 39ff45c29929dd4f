import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { insertArrangement, insertConvenantInForce, insertReport } from '../support/factories';
import { USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * Budget per provider (#21): the regisseur allocates a convenant's budget per provider and product category, never more
 * than the budget; reallocates during the year with the decision it comes from (kept as history); a representative
 * sees their own provider's allocation; the overview shows cost against allocation; an annual plan must fit its
 * provider's allocation. Today is 2026-06-15; the convenant runs 2026-01-01 to 2027-12-31 with EUR 1,000,000.
 */

let t: TestApp;
let convenantId: number;
let otherConvenantId: number;

beforeAll(async () => {
  t = await startTestApp({ today: '2026-06-15' });
  const { municipalityId: m, providers: p } = t.fixture;
  convenantId = await insertConvenantInForce(t.db, m, [p.care, p.welfare]);
  const [c] = await t.db.query<{ id: number }>(
    `INSERT INTO convenant (municipality_id, title, starts_on, ends_on, budget_cents, status) VALUES ($1, 'Volgend convenant', '2028-01-01', '2028-12-31', 5000000, 'DRAFT') RETURNING id`,
    [m],
  );
  otherConvenantId = c!.id;
  await t.db.query(
    `INSERT INTO convenant_party (municipality_id, convenant_id, kind, provider_id) VALUES ($1, $2, 'PROVIDER', $3), ($1, $2, 'MUNICIPALITY', NULL)`,
    [m, otherConvenantId, p.care],
  );
});
afterAll(async () => {
  await t.close();
});

interface Allocation {
  id: string;
  productCategory: string;
  amountCents: number;
  version: number;
  provider: { id: string };
}
const ALLOCATION_FIELDS = 'id productCategory amountCents version provider { id }';
const SET = `mutation ($input: BudgetAllocationSetInput!) { budgetAllocationSet(input: $input) { allocation { ${ALLOCATION_FIELDS} } ${USER_ERRORS} } }`;
const REALLOCATE = `mutation ($input: BudgetReallocateInput!) { budgetReallocate(input: $input) {
  reallocation { amountCents from { id amountCents } to { id amountCents } fromProvider { id } toProvider { id } decision { id } } ${USER_ERRORS} } }`;
const LIST = `query ($id: ID!) { budgetAllocations(convenantId: $id) { ${ALLOCATION_FIELDS} } }`;
const HISTORY = `query ($id: ID!) { budgetReallocations(convenantId: $id) { amountCents from { id } to { id } decision { id } createdAt } }`;

type Payload<K extends string, T> = Record<K, (Record<string, T | null> & { userErrors: UserErrorView[] }) | null>;

async function set(user: FixtureUser, input: Record<string, unknown>) {
  const res = await (await t.as(user))<Payload<'budgetAllocationSet', Allocation>>(SET, { input });
  return res;
}
async function setOk(providerId: number, productCategory: string, amountCents: number, conv = convenantId): Promise<Allocation> {
  const res = await set('regisseur', { convenantId: gid('Convenant', conv), providerId: gid('Provider', providerId), productCategory, amountCents });
  expect(res.errors).toBeUndefined();
  expect(res.data?.budgetAllocationSet?.userErrors).toEqual([]);
  return res.data!.budgetAllocationSet!.allocation!;
}
const amounts = async () =>
  (await t.db.query<{ amount: string }>(`SELECT provider_id || ':' || product_category || '=' || amount_cents AS amount FROM budget_allocation ORDER BY 1`)).map(
    (r) => r.amount,
  );
async function decision(outcome = 'ADOPTED', municipalityId = t.fixture.municipalityId): Promise<number> {
  const [d] = await t.db.query<{ id: number }>(
    `INSERT INTO decision (municipality_id, kind, decided_on, outcome, text) VALUES ($1, 'PROPOSAL', '2026-06-01', $2, 'Herverdeling budget') RETURNING id`,
    [municipalityId, outcome],
  );
  return d!.id;
}
const codesOf = (res: GraphQLResponse<Payload<string, unknown>>, field: string) =>
  (res.data?.[field]?.userErrors ?? []).map((e) => `${e.code}@${e.field ?? ''}`);

describe('budgetAllocationSet: the regisseur divides the budget, never more than it', () => {
  it('sets and changes allocations per provider and category, within the budget', async () => {
    const { providers: p } = t.fixture;
    const care = await setOk(p.care, 'BEGELEIDING', 40_000_000);
    expect(care).toEqual(expect.objectContaining({ productCategory: 'BEGELEIDING', amountCents: 40_000_000, version: 1, provider: { id: gid('Provider', p.care) } }));
    await setOk(p.welfare, 'DAGBESTEDING', 50_000_000);
    // Setting it again changes the same allocation.
    const again = await setOk(p.care, 'BEGELEIDING', 45_000_000);
    expect(again).toEqual(expect.objectContaining({ id: care.id, amountCents: 45_000_000, version: 2 }));
    expect(await amounts()).toEqual([`${p.care}:BEGELEIDING=45000000`, `${p.welfare}:DAGBESTEDING=50000000`]);
  });

  it('refuses an allocation that would take the sum above the budget, and stores nothing', async () => {
    const { providers: p } = t.fixture;
    const before = await amounts();
    // 45 + 50 + 5.000,01 euro > 1.000.000 euro.
    const res = await set('regisseur', {
      convenantId: gid('Convenant', convenantId),
      providerId: gid('Provider', p.welfare),
      productCategory: 'BEGELEIDING',
      amountCents: 5_000_001,
    });
    expect(res.data?.budgetAllocationSet?.userErrors).toEqual([
      { code: 'OVER_BUDGET', field: 'input.amountCents', message: "The allocations together would exceed the convenant's budget by 1 cents." },
    ]);
    expect(await amounts()).toEqual(before);
  });

  it('refuses a provider that is not a party, an unknown convenant, a negative amount, and an ended convenant', async () => {
    const { providers: p } = t.fixture;
    const before = await amounts();
    const base = { convenantId: gid('Convenant', convenantId), providerId: gid('Provider', p.care), productCategory: 'DAGBESTEDING', amountCents: 100 };
    expect(codesOf(await set('regisseur', { ...base, providerId: gid('Provider', p.volunteer) }), 'budgetAllocationSet')).toEqual([
      'INVALID_INPUT@input.providerId',
    ]);
    expect(codesOf(await set('regisseur', { ...base, convenantId: gid('Convenant', 999_999) }), 'budgetAllocationSet')).toEqual([
      'NOT_FOUND@input.convenantId',
    ]);
    expect(codesOf(await set('regisseur', { ...base, convenantId: gid('Provider', p.care) }), 'budgetAllocationSet')).toEqual([
      'NOT_FOUND@input.convenantId',
    ]);
    expect(codesOf(await set('regisseur', { ...base, amountCents: -1 }), 'budgetAllocationSet')).toEqual(['INVALID_INPUT@input.amountCents']);
    await t.db.query(`UPDATE convenant SET status = 'ENDED' WHERE id = $1`, [otherConvenantId]);
    expect(codesOf(await set('regisseur', { ...base, convenantId: gid('Convenant', otherConvenantId) }), 'budgetAllocationSet')).toEqual([
      'INVALID_STATE@input.convenantId',
    ]);
    await t.db.query(`UPDATE convenant SET status = 'DRAFT' WHERE id = $1`, [otherConvenantId]);
    expect(await amounts()).toEqual(before);
  });

  it('is for the regisseur only: other roles are refused and nothing changes', async () => {
    const { providers: p } = t.fixture;
    const before = await amounts();
    const input = { convenantId: gid('Convenant', convenantId), providerId: gid('Provider', p.care), productCategory: 'BEGELEIDING', amountCents: 1 };
    for (const user of ['repCare', 'analyst', 'admin', 'council', 'resident'] as const) {
      expect(errorCodes(await set(user, input))).toEqual(['FORBIDDEN']);
    }
    expect(await amounts()).toEqual(before);
  });

  it('is audited with who set it', async () => {
    const rows = await t.db.query<{ role: string; operation: string }>(
      `SELECT role, operation FROM audit_log WHERE table_name = 'budget_allocation' ORDER BY id`,
    );
    expect(rows.map((r) => `${r.role}:${r.operation}`)).toEqual(['REGISSEUR:INSERT', 'REGISSEUR:INSERT', 'REGISSEUR:UPDATE']);
  });
});

describe('budgetAllocations: who sees what', () => {
  it('shows the regisseur, the administrator and analysts every allocation; a representative only their own provider', async () => {
    const { providers: p } = t.fixture;
    const list = async (user: FixtureUser) => {
      const res = await (await t.as(user))<{ budgetAllocations: Allocation[] }>(LIST, { id: gid('Convenant', convenantId) });
      expect(res.errors).toBeUndefined();
      return res.data!.budgetAllocations.map((a) => `${a.provider.id}:${a.productCategory}`);
    };
    const all = [`${gid('Provider', p.care)}:BEGELEIDING`, `${gid('Provider', p.welfare)}:DAGBESTEDING`];
    expect(await list('regisseur')).toEqual(all);
    expect(await list('admin')).toEqual(all);
    expect(await list('analyst')).toEqual(all);
    expect(await list('repCare')).toEqual([all[0]]);
    expect(await list('repWelfare')).toEqual([all[1]]);
    expect(await list('repVolunteer')).toEqual([]);
    // Another provider's allocation by node id is as absent as a missing one.
    const welfareId = (await (await t.as('regisseur'))<{ budgetAllocations: Allocation[] }>(LIST, { id: gid('Convenant', convenantId) })).data!
      .budgetAllocations[1]!.id;
    const node = await (await t.as('repCare'))<{ node: unknown }>(`query ($id: ID!) { node(id: $id) { id } }`, { id: welfareId });
    expect(node.data?.node).toBeNull();
  });

  it('answers an id that is not a convenant with a clear error naming the argument', async () => {
    const res = await (await t.as('regisseur'))(LIST, { id: gid('Provider', t.fixture.providers.care) });
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'convenantId']]);
  });

  it('refuses participants', async () => {
    for (const user of ['council', 'resident'] as const) {
      expect(errorCodes(await (await t.as(user))(LIST, { id: gid('Convenant', convenantId) }))).toEqual(['FORBIDDEN']);
    }
  });
});

describe('budgetReallocate: moves during the year, with the decision they come from', () => {
  const ids = async () => {
    const res = await (await t.as('regisseur'))<{ budgetAllocations: Allocation[] }>(LIST, { id: gid('Convenant', convenantId) });
    const [care, welfare] = res.data!.budgetAllocations;
    return { care: care!.id, welfare: welfare!.id };
  };
  const reallocate = async (user: FixtureUser, input: Record<string, unknown>) =>
    (await t.as(user))<Payload<'budgetReallocate', Record<string, unknown>>>(REALLOCATE, { input });

  it('moves money from one allocation to another and keeps the move as history', async () => {
    const { providers: p } = t.fixture;
    const { care, welfare } = await ids();
    const d = await decision();
    const res = await reallocate('regisseur', { from: welfare, to: care, amountCents: 2_000_000, decisionId: gid('Decision', d) });
    expect(res.errors).toBeUndefined();
    expect(res.data?.budgetReallocate?.userErrors).toEqual([]);
    expect(res.data?.budgetReallocate?.reallocation).toEqual({
      amountCents: 2_000_000,
      from: { id: welfare, amountCents: 48_000_000 },
      to: { id: care, amountCents: 47_000_000 },
      fromProvider: { id: gid('Provider', p.welfare) },
      toProvider: { id: gid('Provider', p.care) },
      decision: { id: gid('Decision', d) },
    });
    expect(await amounts()).toEqual([`${p.care}:BEGELEIDING=47000000`, `${p.welfare}:DAGBESTEDING=48000000`]);
    const history = await (await t.as('regisseur'))<{ budgetReallocations: unknown[] }>(HISTORY, { id: gid('Convenant', convenantId) });
    expect(history.data?.budgetReallocations).toEqual([
      expect.objectContaining({ amountCents: 2_000_000, from: { id: welfare }, to: { id: care }, decision: { id: gid('Decision', d) } }),
    ]);
    // The volunteers' representative is not touched by it; the care representative is, and sees the move.
    const mine = async (user: FixtureUser) =>
      (await (await t.as(user))<{ budgetReallocations: unknown[] }>(HISTORY, { id: gid('Convenant', convenantId) })).data?.budgetReallocations.length;
    expect(await mine('repCare')).toBe(1);
    expect(await mine('repVolunteer')).toBe(0);
  });

  it('refuses a missing, rejected or foreign decision, more than the source has, one allocation twice, and other roles; nothing changes', async () => {
    const { care, welfare } = await ids();
    const before = await amounts();
    const history = await t.count('budget_reallocation');
    const [other] = await t.db.query<{ id: number }>(`INSERT INTO municipality (cbs_code, name, inhabitants) VALUES ('GM9002', 'Andere gemeente', 1000) RETURNING id`);
    const foreign = await decision('ADOPTED', other!.id);
    const rejected = await decision('REJECTED');
    const adopted = await decision();
    const input = { from: welfare, to: care, amountCents: 100, decisionId: gid('Decision', adopted) };
    const cases: [Record<string, unknown>, string][] = [
      [{ decisionId: gid('Decision', foreign) }, 'NOT_FOUND@input.decisionId'],
      [{ decisionId: gid('Decision', 999_999) }, 'NOT_FOUND@input.decisionId'],
      [{ decisionId: gid('Convenant', convenantId) }, 'NOT_FOUND@input.decisionId'],
      [{ decisionId: gid('Decision', rejected) }, 'INVALID_INPUT@input.decisionId'],
      [{ amountCents: 48_000_001 }, 'OVER_ALLOCATION@input.amountCents'],
      [{ amountCents: 0 }, 'INVALID_INPUT@input.amountCents'],
      [{ to: welfare }, 'INVALID_INPUT@input.to'],
      [{ from: gid('BudgetAllocation', 999_999) }, 'NOT_FOUND@input.from'],
    ];
    for (const [change, expected] of cases) {
      expect(codesOf(await reallocate('regisseur', { ...input, ...change }), 'budgetReallocate')).toEqual([expected]);
    }
    for (const user of ['repCare', 'analyst', 'admin'] as const) expect(errorCodes(await reallocate(user, input))).toEqual(['FORBIDDEN']);
    expect(await amounts()).toEqual(before);
    expect(await t.count('budget_reallocation')).toBe(history);
  });

  it('refuses a reallocation while the convenant is not in force', async () => {
    const { providers: p } = t.fixture;
    const a = await setOk(p.care, 'BEGELEIDING', 1_000_000, otherConvenantId);
    const b = await setOk(p.care, 'DAGBESTEDING', 1_000_000, otherConvenantId);
    const before = await amounts();
    const res = await reallocate('regisseur', { from: a.id, to: b.id, amountCents: 100, decisionId: gid('Decision', await decision()) });
    expect(codesOf(res, 'budgetReallocate')).toEqual(['INVALID_STATE@input.from']);
    expect(await amounts()).toEqual(before);
  });

  it('keeps the history append-only, also for the database owner', async () => {
    await expect(t.db.query(`UPDATE budget_reallocation SET amount_cents = 1`)).rejects.toThrow();
    await expect(t.db.query(`DELETE FROM budget_reallocation`)).rejects.toThrow();
  });
});

describe('the overview: cost against allocation per provider and per category', () => {
  const OVERVIEW = `query ($p: PeriodInput!) { overview(period: $p) {
    allocationCents allocationUsedRatio costCents
    byProvider { provider { id } allocationCents allocationUsedRatio costCents }
    byProductCategory { productCategory allocationCents allocationUsedRatio } } }`;
  interface Row {
    provider?: { id: string };
    productCategory?: string;
    allocationCents: number | null;
    allocationUsedRatio: number | null;
    costCents?: number | null;
  }
  interface O extends Row {
    byProvider: Row[];
    byProductCategory: Row[];
  }

  it('counts each allocation pro rata over the period, with the cost against it', async () => {
    const { municipalityId: m, providers: p, users } = t.fixture;
    const a = await insertArrangement(t.db, { municipalityId: m, providerId: p.care, startsOn: '2026-01-10' });
    await insertReport(t.db, { municipalityId: m, providerId: p.care, arrangementId: a, userId: users.repCare, periodStart: '2026-01-10', periodEnd: '2026-01-31', costCents: 470_000 });
    // 2026 is 365 of the convenant's 730 days: half of each allocation.
    const res = await (await t.as('regisseur'))<{ overview: O }>(OVERVIEW, { p: { from: '2026-01-01', to: '2026-12-31' } });
    expect(res.errors).toBeUndefined();
    const o = res.data!.overview;
    expect(o.allocationCents).toBe(47_500_000);
    const care = o.byProvider.find((r) => r.provider?.id === gid('Provider', p.care));
    expect(care).toEqual({ provider: { id: gid('Provider', p.care) }, allocationCents: 23_500_000, allocationUsedRatio: 0.02, costCents: 470_000 });
    expect(o.byProductCategory.find((r) => r.productCategory === 'BEGELEIDING')).toEqual(
      expect.objectContaining({ allocationCents: 23_500_000, allocationUsedRatio: 0.02 }),
    );
    // A representative sees their own allocation as the whole.
    const own = await (await t.as('repCare'))<{ overview: O }>(OVERVIEW, { p: { from: '2026-01-01', to: '2026-12-31' } });
    expect(own.data!.overview.allocationCents).toBe(23_500_000);
  });

  it('gives analysts the allocation as it is and the ratio from the protected cost', async () => {
    const res = await (await t.as('analyst'))<{ overview: O }>(OVERVIEW, { p: { from: '2026-01-01', to: '2026-12-31' } });
    expect(res.errors).toBeUndefined();
    const care = res.data!.overview.byProvider.find((r) => r.provider?.id === gid('Provider', t.fixture.providers.care))!;
    expect(care.allocationCents).toBe(23_500_000);
    expect(care.allocationUsedRatio).toBe(Math.round(((care.costCents ?? 0) / 23_500_000) * 10000) / 10000);
  });
});

describe("an annual plan's budget must fit its provider's allocation", () => {
  const CREATE = `mutation ($input: AnnualPlanInput!) { annualPlanCreate(input: $input) { plan { id version } ${USER_ERRORS} } }`;
  const plan = (year: number, amountCents: number) => ({
    year,
    goals: [{ title: 'Bereik', indicator: 'Bewoners', target: 10 }],
    budgetLines: [{ title: 'Begeleiding', amountCents }],
  });

  it("refuses a plan above the year's share of the allocation with a clear code, and stores nothing", async () => {
    const plans = await t.count('annual_plan');
    // Care: 47,000,000 + 1,000,000 (draft of 2028, not this year) → 2026 share 23,500,000 cents.
    const res = await (await t.as('repCare'))<Payload<'annualPlanCreate', unknown>>(CREATE, { input: plan(2026, 23_500_001) });
    expect(res.data?.annualPlanCreate?.userErrors).toEqual([
      {
        code: 'OVER_ALLOCATION',
        field: 'input.budgetLines',
        message: "The plan's budget of 23500001 cents is above the provider's allocation of 23500000 cents for 2026.",
      },
    ]);
    expect(await t.count('annual_plan')).toBe(plans);
  });

  it('accepts a plan that fits, and a plan of a provider without any allocation (nothing to hold it to)', async () => {
    const ok = await (await t.as('repCare'))<Payload<'annualPlanCreate', unknown>>(CREATE, { input: plan(2026, 23_500_000) });
    expect(ok.data?.annualPlanCreate?.userErrors).toEqual([]);
    const none = await (await t.as('repVolunteer'))<Payload<'annualPlanCreate', unknown>>(CREATE, { input: plan(2026, 99_000_000) });
    expect(none.data?.annualPlanCreate?.userErrors).toEqual([]);
  });

  it('refuses to adopt a plan that no longer fits after the allocation was lowered', async () => {
    const { providers: p } = t.fixture;
    const [row] = await t.db.query<{ id: number; version: number }>(`SELECT id, version FROM annual_plan WHERE provider_id = $1`, [p.care]);
    await setOk(p.care, 'BEGELEIDING', 40_000_000);
    const ADOPT = `mutation ($id: ID!, $v: Int!) { annualPlanAdopt(id: $id, version: $v) { plan { status } ${USER_ERRORS} } }`;
    const res = await (await t.as('regisseur'))<Payload<'annualPlanAdopt', unknown>>(ADOPT, { id: gid('AnnualPlan', row!.id), v: row!.version });
    expect(codesOf(res, 'annualPlanAdopt')).toEqual(['OVER_ALLOCATION@id']);
    const [after] = await t.db.query<{ status: string }>(`SELECT status FROM annual_plan WHERE id = $1`, [row!.id]);
    expect(after!.status).toBe('DRAFT');
  });
});
