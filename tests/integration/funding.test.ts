import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { localId, okPayload, refusal, tableSnapshot, USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * Funding between providers (seed 003) over HTTP: the paying provider proposes, the receiving provider agrees, the payer
 * records payments (append-only, never beyond the agreed amount); only the pair and the regisseur see an agreement;
 * fundingFlows gives the matrix and the net positions in a constant number of statements.
 */

const FIELDS = `id status version periodStart periodEnd amountCents purpose agreedAt endedOn paidCents
  from { name } to { name } convenant { id } proposedBy { email } agreedBy { email } payments { paidOn amountCents }`;
const PROPOSE = `mutation ($input: FundingAgreementProposeInput!, $key: String) {
  fundingAgreementPropose(input: $input, idempotencyKey: $key) { agreement { ${FIELDS} } ${USER_ERRORS} } }`;
const AGREE = `mutation ($id: ID!, $version: Int!) { fundingAgreementAgree(id: $id, version: $version) { agreement { ${FIELDS} } ${USER_ERRORS} } }`;
const END = `mutation ($id: ID!, $version: Int!, $endedOn: LocalDate!) {
  fundingAgreementEnd(id: $id, version: $version, input: { endedOn: $endedOn }) { agreement { ${FIELDS} } ${USER_ERRORS} } }`;
const PAY = `mutation ($input: FundingPaymentInput!, $key: String) {
  fundingPaymentRecord(input: $input, idempotencyKey: $key) { payment { paidOn amountCents } agreement { ${FIELDS} } ${USER_ERRORS} } }`;
const LIST = `query ($filter: FundingAgreementFilter) { fundingAgreements(first: 100, filter: $filter) { totalCount edges { node { id from { name } to { name } } } } }`;
const FLOWS = `query ($period: PeriodInput!) { fundingFlows(period: $period) { period { from to }
  flows { from { name } to { name } agreedCents paidCents }
  positions { provider { name } receivedCents paidCents netCents agreedReceivedCents agreedPaidCents agreedNetCents } } }`;

const TABLES = ['funding_agreement', 'funding_payment'];
const CARE = 'Zorggroep Test';
const WELFARE = 'Welzijn Test';
const VOLUNTEER = 'Vrijwilligers Test';

interface AgreementView {
  id: string;
  status: string;
  version: number;
  periodStart: string;
  periodEnd: string;
  amountCents: number;
  purpose: string;
  agreedAt: string | null;
  endedOn: string | null;
  paidCents: number;
  from: { name: string };
  to: { name: string };
  convenant: { id: string };
  proposedBy: { email: string };
  agreedBy: { email: string } | null;
  payments: { paidOn: string; amountCents: number }[];
}
interface AgreementPayload {
  agreement: AgreementView | null;
  userErrors: UserErrorView[];
}
interface PaymentPayload {
  payment: { paidOn: string; amountCents: number } | null;
  agreement: AgreementView | null;
  userErrors: UserErrorView[];
}
interface FlowsView {
  period: { from: string; to: string };
  flows: { from: { name: string }; to: { name: string }; agreedCents: number; paidCents: number }[];
  positions: {
    provider: { name: string };
    receivedCents: number;
    paidCents: number;
    netCents: number;
    agreedReceivedCents: number;
    agreedPaidCents: number;
    agreedNetCents: number;
  }[];
}

let t: TestApp;
let convenantGid: string;
let draftConvenantGid: string;
let outsiderGid: string;

beforeAll(async () => {
  t = await startTestApp();
  const { municipalityId: m, providers: p } = t.fixture;
  const convenant = async (status: string, providers: number[]): Promise<number> => {
    const [c] = await t.db.query<{ id: number }>(
      `INSERT INTO convenant (municipality_id, title, starts_on, ends_on, budget_cents) VALUES ($1, $2, '2026-01-01', '2027-12-31', 100000000) RETURNING id`,
      [m, `Convenant ${status}`],
    );
    await t.db.query(
      `INSERT INTO convenant_party (municipality_id, convenant_id, kind, provider_id) SELECT $1::bigint, $2::bigint, 'MUNICIPALITY'::party_kind, NULL::bigint
         UNION ALL SELECT $1::bigint, $2::bigint, 'PROVIDER'::party_kind, unnest($3::bigint[])`,
      [m, c!.id, providers],
    );
    if (status !== 'DRAFT') await t.db.query(`UPDATE convenant SET status = $2 WHERE id = $1`, [c!.id, status]);
    return c!.id;
  };
  convenantGid = gid('Convenant', await convenant('IN_FORCE', [p.care, p.welfare, p.volunteer]));
  draftConvenantGid = gid('Convenant', await convenant('DRAFT', [p.care, p.welfare]));
  const [outsider] = await t.db.query<{ id: number }>(
    `INSERT INTO provider (municipality_id, name, kind, kvk_number) VALUES ($1, 'Buurtkracht Test', 'VOLUNTEER', '10000009') RETURNING id`,
    [m],
  );
  outsiderGid = gid('Provider', outsider!.id);
});
afterAll(async () => {
  await t.close();
});

const providerGid = (p: 'care' | 'welfare' | 'volunteer'): string => gid('Provider', t.fixture.providers[p]);
const proposal = (overrides: Record<string, unknown> = {}) => ({
  convenantId: convenantGid,
  toProviderId: providerGid('welfare'),
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  amountCents: 12_345_678_901,
  purpose: 'Ondersteuning van het buurtwerk',
  ...overrides,
});

async function propose(user: FixtureUser, overrides: Record<string, unknown> = {}): Promise<AgreementView> {
  const as = await t.as(user);
  const res = await as<{ fundingAgreementPropose: AgreementPayload }>(PROPOSE, { input: proposal(overrides) });
  return okPayload(res, 'fundingAgreementPropose').agreement!;
}
async function agreed(payer: FixtureUser = 'repCare', receiver: FixtureUser = 'repWelfare', overrides: Record<string, unknown> = {}) {
  const a = await propose(payer, overrides);
  const as = await t.as(receiver);
  return okPayload(await as<{ fundingAgreementAgree: AgreementPayload }>(AGREE, { id: a.id, version: a.version }), 'fundingAgreementAgree')
    .agreement!;
}
const snapshot = () => tableSnapshot(t, TABLES);

describe('funding between providers: proposing', () => {
  it('the paying provider proposes: PROPOSED, version 1, the amount to the cent, audited with who did it', async () => {
    const a = await propose('repCare');
    expect(a).toMatchObject({
      status: 'PROPOSED',
      version: 1,
      amountCents: 12_345_678_901,
      purpose: 'Ondersteuning van het buurtwerk',
      from: { name: CARE },
      to: { name: WELFARE },
      convenant: { id: convenantGid },
      proposedBy: { email: 'rep@zorg.example' },
      agreedBy: null,
      agreedAt: null,
      paidCents: 0,
      payments: [],
    });
    const [row] = await t.db.query<{ amount_cents: number; from_provider_id: number; status: string }>(
      `SELECT amount_cents, from_provider_id, status FROM funding_agreement WHERE id = $1`,
      [localId(a.id)],
    );
    expect(row).toEqual({ amount_cents: 12_345_678_901, from_provider_id: t.fixture.providers.care, status: 'PROPOSED' });
    const audit = await t.db.query<{ user_id: number; operation: string }>(
      `SELECT user_id, operation FROM audit_log WHERE table_name = 'funding_agreement' AND entity_id = $1`,
      [localId(a.id)],
    );
    expect(audit).toEqual([{ user_id: t.fixture.users.repCare, operation: 'INSERT' }]);
  });

  it('an idempotency key makes a retry return the first agreement and create nothing', async () => {
    const as = await t.as('repWelfare');
    const input = proposal({ toProviderId: providerGid('volunteer'), amountCents: 5000 });
    const first = okPayload(await as<{ fundingAgreementPropose: AgreementPayload }>(PROPOSE, { input, key: 'fund-1' }), 'fundingAgreementPropose');
    const before = await snapshot();
    const again = okPayload(await as<{ fundingAgreementPropose: AgreementPayload }>(PROPOSE, { input, key: 'fund-1' }), 'fundingAgreementPropose');
    expect(again.agreement!.id).toBe(first.agreement!.id);
    expect(await snapshot()).toEqual(before);
  });

  const invalid: [string, () => Record<string, unknown>, [string, string][]][] = [
    ['funding itself', () => ({ toProviderId: providerGid('care') }), [['INVALID_INPUT', 'input.toProviderId']]],
    ['zero cents', () => ({ amountCents: 0 }), [['INVALID_INPUT', 'input.amountCents']]],
    ['negative cents', () => ({ amountCents: -5 }), [['INVALID_INPUT', 'input.amountCents']]],
    ['a period that ends before it starts', () => ({ periodEnd: '2025-12-31' }), [['INVALID_INPUT', 'input.periodEnd']]],
    ['an empty purpose', () => ({ purpose: '  ' }), [['INVALID_INPUT', 'input.purpose']]],
    ['an unknown convenant', () => ({ convenantId: gid('Convenant', 999_999) }), [['NOT_FOUND', 'input.convenantId']]],
    ['a convenant that is not in force', () => ({ convenantId: draftConvenantGid }), [['INVALID_STATE', 'input.convenantId']]],
    ['a receiver that is not a party', () => ({ toProviderId: outsiderGid }), [['INVALID_INPUT', 'input.toProviderId']]],
    ['a period outside the convenant', () => ({ periodEnd: '2028-06-30' }), [['INVALID_INPUT', 'input.periodEnd']]],
  ];
  it.each(invalid)('refuses %s, naming the field, and stores nothing', async (_name, overrides, expected) => {
    const before = await snapshot();
    const as = await t.as('repCare');
    const res = await as<{ fundingAgreementPropose: AgreementPayload }>(PROPOSE, { input: proposal(overrides()) });
    expect(refusal(res, 'fundingAgreementPropose')).toEqual(expected);
    expect(res.data!.fundingAgreementPropose.agreement).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it.each<FixtureUser>(['regisseur', 'analyst', 'admin'])('refuses a proposal by %s with FORBIDDEN and stores nothing', async (user) => {
    const before = await snapshot();
    const as = await t.as(user);
    expect(errorCodes(await as(PROPOSE, { input: proposal() }))).toEqual(['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
  });
});

describe('funding between providers: agreeing: both providers must agree', () => {
  it('the receiver agrees: AGREED, version 2, who and when recorded', async () => {
    const a = await propose('repCare');
    const as = await t.as('repWelfare');
    const res = await as<{ fundingAgreementAgree: AgreementPayload }>(AGREE, { id: a.id, version: 1 });
    expect(okPayload(res, 'fundingAgreementAgree').agreement).toMatchObject({
      status: 'AGREED',
      version: 2,
      agreedAt: '2026-06-15T10:00:00.000Z',
      agreedBy: { email: 'rep@welzijn.example' },
    });
  });

  it('refuses the payer agreeing to its own proposal (FORBIDDEN), a stale version and a second agreement, each changing nothing', async () => {
    const a = await propose('repCare');
    const before = await snapshot();
    const payer = await t.as('repCare');
    expect(errorCodes(await payer(AGREE, { id: a.id, version: 1 }))).toEqual(['FORBIDDEN']);
    const receiver = await t.as('repWelfare');
    expect(refusal(await receiver<{ fundingAgreementAgree: AgreementPayload }>(AGREE, { id: a.id, version: 7 }), 'fundingAgreementAgree')).toEqual([
      ['STALE_VERSION', 'version'],
    ]);
    expect(await snapshot()).toEqual(before);
    okPayload(await receiver<{ fundingAgreementAgree: AgreementPayload }>(AGREE, { id: a.id, version: 1 }), 'fundingAgreementAgree');
    const afterAgree = await snapshot();
    expect(refusal(await receiver<{ fundingAgreementAgree: AgreementPayload }>(AGREE, { id: a.id, version: 2 }), 'fundingAgreementAgree')).toEqual([
      ['INVALID_STATE', 'id'],
    ]);
    expect(await snapshot()).toEqual(afterAgree);
  });

  it.each<FixtureUser>(['regisseur', 'analyst', 'admin'])('refuses agreeing by %s with FORBIDDEN, nothing changed', async (user) => {
    const a = await propose('repCare');
    const before = await snapshot();
    const as = await t.as(user);
    expect(errorCodes(await as(AGREE, { id: a.id, version: 1 }))).toEqual(['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
  });

  it('a provider outside the pair cannot even find the agreement (NOT_FOUND), nothing changed', async () => {
    const a = await propose('repCare');
    const before = await snapshot();
    const outsider = await t.as('repVolunteer');
    expect(refusal(await outsider<{ fundingAgreementAgree: AgreementPayload }>(AGREE, { id: a.id, version: 1 }), 'fundingAgreementAgree')).toEqual([
      ['NOT_FOUND', 'id'],
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('funding between providers: payments', () => {
  it('the payer records payments up to the agreed amount; beyond it is refused and stores nothing', async () => {
    const a = await agreed('repCare', 'repWelfare', { amountCents: 100_000 });
    const payer = await t.as('repCare');
    const first = okPayload(
      await payer<{ fundingPaymentRecord: PaymentPayload }>(PAY, { input: { agreementId: a.id, paidOn: '2026-03-01', amountCents: 60_000 } }),
      'fundingPaymentRecord',
    );
    expect(first.payment).toEqual({ paidOn: '2026-03-01', amountCents: 60_000 });
    expect(first.agreement).toMatchObject({ paidCents: 60_000, payments: [{ paidOn: '2026-03-01', amountCents: 60_000 }] });
    const before = await snapshot();
    const over = await payer<{ fundingPaymentRecord: PaymentPayload }>(PAY, {
      input: { agreementId: a.id, paidOn: '2026-04-01', amountCents: 40_001 },
    });
    expect(refusal(over, 'fundingPaymentRecord')).toEqual([['INVALID_INPUT', 'input.amountCents']]);
    expect(await snapshot()).toEqual(before);
    const rest = okPayload(
      await payer<{ fundingPaymentRecord: PaymentPayload }>(PAY, { input: { agreementId: a.id, paidOn: '2026-04-01', amountCents: 40_000 } }),
      'fundingPaymentRecord',
    );
    expect(rest.agreement!.paidCents).toBe(100_000);
  });

  it('a retry with the same idempotency key records the payment once', async () => {
    const a = await agreed();
    const payer = await t.as('repCare');
    const input = { agreementId: a.id, paidOn: '2026-05-01', amountCents: 1_000 };
    okPayload(await payer<{ fundingPaymentRecord: PaymentPayload }>(PAY, { input, key: 'pay-1' }), 'fundingPaymentRecord');
    const before = await snapshot();
    const again = okPayload(await payer<{ fundingPaymentRecord: PaymentPayload }>(PAY, { input, key: 'pay-1' }), 'fundingPaymentRecord');
    expect(again.agreement!.paidCents).toBe(1_000);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a payment on a proposal, in the future, by the receiver, by an outsider and by the regisseur; nothing stored', async () => {
    const proposed = await propose('repCare');
    const a = await agreed();
    const before = await snapshot();
    const payer = await t.as('repCare');
    const pay = (as: typeof payer, input: Record<string, unknown>) => as<{ fundingPaymentRecord: PaymentPayload }>(PAY, { input });
    expect(refusal(await pay(payer, { agreementId: proposed.id, paidOn: '2026-05-01', amountCents: 1 }), 'fundingPaymentRecord')).toEqual([
      ['INVALID_STATE', 'input.agreementId'],
    ]);
    expect(refusal(await pay(payer, { agreementId: a.id, paidOn: '2026-06-16', amountCents: 1 }), 'fundingPaymentRecord')).toEqual([
      ['INVALID_INPUT', 'input.paidOn'],
    ]);
    expect(refusal(await pay(payer, { agreementId: a.id, paidOn: '2026-06-01', amountCents: 0 }), 'fundingPaymentRecord')).toEqual([
      ['INVALID_INPUT', 'input.amountCents'],
    ]);
    expect(errorCodes(await pay(await t.as('repWelfare'), { agreementId: a.id, paidOn: '2026-06-01', amountCents: 1 }))).toEqual(['FORBIDDEN']);
    expect(
      refusal(await pay(await t.as('repVolunteer'), { agreementId: a.id, paidOn: '2026-06-01', amountCents: 1 }), 'fundingPaymentRecord'),
    ).toEqual([['NOT_FOUND', 'input.agreementId']]);
    expect(errorCodes(await pay(await t.as('regisseur'), { agreementId: a.id, paidOn: '2026-06-01', amountCents: 1 }))).toEqual(['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
  });

  it('payments are append-only, for the owner too', async () => {
    const a = await agreed();
    const payer = await t.as('repCare');
    okPayload(
      await payer<{ fundingPaymentRecord: PaymentPayload }>(PAY, { input: { agreementId: a.id, paidOn: '2026-05-01', amountCents: 10 } }),
      'fundingPaymentRecord',
    );
    await expect(t.db.query(`UPDATE funding_payment SET amount_cents = 1 WHERE agreement_id = $1`, [localId(a.id)])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM funding_payment WHERE agreement_id = $1`, [localId(a.id)])).rejects.toThrow(/append-only/);
  });
});

describe('funding between providers: ending', () => {
  it('either provider ends an agreed agreement; after that no payment is accepted', async () => {
    const a = await agreed();
    const receiver = await t.as('repWelfare');
    const ended = okPayload(
      await receiver<{ fundingAgreementEnd: AgreementPayload }>(END, { id: a.id, version: 2, endedOn: '2026-06-01' }),
      'fundingAgreementEnd',
    );
    expect(ended.agreement).toMatchObject({ status: 'ENDED', version: 3, endedOn: '2026-06-01' });
    const before = await snapshot();
    const payer = await t.as('repCare');
    const res = await payer<{ fundingPaymentRecord: PaymentPayload }>(PAY, { input: { agreementId: a.id, paidOn: '2026-06-02', amountCents: 1 } });
    expect(refusal(res, 'fundingPaymentRecord')).toEqual([['INVALID_STATE', 'input.agreementId']]);
    expect(
      refusal(await payer<{ fundingAgreementEnd: AgreementPayload }>(END, { id: a.id, version: 3, endedOn: '2026-06-01' }), 'fundingAgreementEnd'),
    ).toEqual([['INVALID_STATE', 'id']]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses ending a proposal, a date outside the period or in the future, and ending by an outsider; nothing changed', async () => {
    const proposed = await propose('repCare');
    const a = await agreed();
    const before = await snapshot();
    const payer = await t.as('repCare');
    const end = (as: typeof payer, id: string, version: number, endedOn: string) =>
      as<{ fundingAgreementEnd: AgreementPayload }>(END, { id, version, endedOn });
    expect(refusal(await end(payer, proposed.id, 1, '2026-06-01'), 'fundingAgreementEnd')).toEqual([['INVALID_STATE', 'id']]);
    expect(refusal(await end(payer, a.id, 2, '2025-12-31'), 'fundingAgreementEnd')).toEqual([['INVALID_INPUT', 'input.endedOn']]);
    expect(refusal(await end(payer, a.id, 2, '2026-06-20'), 'fundingAgreementEnd')).toEqual([['INVALID_INPUT', 'input.endedOn']]);
    expect(refusal(await end(payer, a.id, 1, '2026-06-01'), 'fundingAgreementEnd')).toEqual([['STALE_VERSION', 'version']]);
    expect(refusal(await end(await t.as('repVolunteer'), a.id, 2, '2026-06-01'), 'fundingAgreementEnd')).toEqual([['NOT_FOUND', 'id']]);
    expect(errorCodes(await end(await t.as('regisseur'), a.id, 2, '2026-06-01'))).toEqual(['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
  });
});

describe('funding between providers: who sees an agreement', () => {
  it('the regisseur sees every agreement; a representative only the pairs their provider is in', async () => {
    const careWelfare = await propose('repCare');
    const welfareVolunteer = await propose('repWelfare', { toProviderId: providerGid('volunteer') });
    const all = await t.count('funding_agreement');
    const ids = async (user: FixtureUser, filter?: Record<string, unknown>) => {
      const as = await t.as(user);
      const res = await as<{
        fundingAgreements: { totalCount: number; edges: { node: { id: string; from: { name: string }; to: { name: string } } }[] };
      }>(LIST, { filter });
      expect(res.errors).toBeUndefined();
      return res.data!.fundingAgreements;
    };
    const regisseur = await ids('regisseur');
    expect(regisseur.totalCount).toBe(all);
    expect(regisseur.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([careWelfare.id, welfareVolunteer.id]));
    const volunteer = await ids('repVolunteer');
    expect(volunteer.edges.map((e) => e.node.id)).toContain(welfareVolunteer.id);
    expect(volunteer.edges.map((e) => e.node.id)).not.toContain(careWelfare.id);
    expect(volunteer.edges.every((e) => e.node.from.name === VOLUNTEER || e.node.to.name === VOLUNTEER)).toBe(true);
    const care = await ids('repCare');
    expect(care.edges.every((e) => e.node.from.name === CARE || e.node.to.name === CARE)).toBe(true);
    expect(care.edges.map((e) => e.node.id)).not.toContain(welfareVolunteer.id);
    // Asking for another provider's funding is refused outright.
    const asCare = await t.as('repCare');
    expect(errorCodes(await asCare(LIST, { filter: { providerId: providerGid('volunteer') } }))).toEqual(['FORBIDDEN']);
  });

  it.each<FixtureUser>(['analyst', 'admin'])('%s cannot list agreements (FORBIDDEN) and finds none by id (null, as an unknown id)', async (user) => {
    const a = await propose('repCare');
    const as = await t.as(user);
    expect(errorCodes(await as(LIST))).toEqual(['FORBIDDEN']);
    const byId = await as(`query ($id: ID!) { node(id: $id) { id } }`, { id: a.id });
    expect({ errors: byId.errors, data: byId.data }).toEqual({ errors: undefined, data: { node: null } });
  });

  it('by id: the pair and the regisseur read it; a provider outside the pair gets null', async () => {
    const a = await propose('repCare');
    const q = `query ($id: ID!) { node(id: $id) { ... on FundingAgreement { id amountCents } } }`;
    for (const user of ['regisseur', 'repCare', 'repWelfare'] as FixtureUser[]) {
      const as = await t.as(user);
      expect((await as<{ node: { id: string } | null }>(q, { id: a.id })).data?.node?.id).toBe(a.id);
    }
    const outsider = await t.as('repVolunteer');
    const res = await outsider<{ node: unknown }>(q, { id: a.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toBeNull();
  });
});

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const flow = (from: string, to: string, agreedCents: number, paidCents: number) => ({
  from: { name: from },
  to: { name: to },
  agreedCents,
  paidCents,
});
const position = (name: string, received: number, paid: number, agreedReceived: number, agreedPaid: number) => ({
  provider: { name },
  receivedCents: received,
  paidCents: paid,
  netCents: received - paid,
  agreedReceivedCents: agreedReceived,
  agreedPaidCents: agreedPaid,
  agreedNetCents: agreedReceived - agreedPaid,
});
const EXPECTED_FLOWS = [
  flow(CARE, WELFARE, 36_500_000, 15_000_000),
  flow(CARE, VOLUNTEER, 1_840_000, 500_000),
  flow(WELFARE, VOLUNTEER, 362_000, 100_000),
];
const EXPECTED_POSITIONS = [
  position(CARE, 0, 15_500_000, 0, 38_340_000),
  position(WELFARE, 15_000_000, 100_000, 36_500_000, 362_000),
  position(VOLUNTEER, 600_000, 0, 2_202_000, 0),
];

async function flows(user: FixtureUser, period: { from: string; to: string }): Promise<FlowsView> {
  const as = await t.as(user);
  const res = await as<{ fundingFlows: FlowsView }>(FLOWS, { period });
  expect(res.errors).toBeUndefined();
  return res.data!.fundingFlows;
}

describe('funding between providers: fundingFlows: the matrix per role', () => {
  /** Hand-made money of 2025 (see the expectations for the arithmetic), inserted as the owner. */
  beforeAll(async () => {
    const { municipalityId: m, providers: p, users: u } = t.fixture;
    const [c] = await t.db.query<{ id: number }>(
      `INSERT INTO convenant (municipality_id, title, status, starts_on, ends_on, budget_cents)
        VALUES ($1, 'Convenant 2025', 'IN_FORCE', '2025-01-01', '2025-12-31', 1) RETURNING id`,
      [m],
    );
    const agreement = async (from: number, to: number, start: string, end: string, cents: number, status: string, endedOn: string | null = null) => {
      const [row] = await t.db.query<{ id: number }>(
        `INSERT INTO funding_agreement (municipality_id, convenant_id, from_provider_id, to_provider_id, period_start, period_end, amount_cents,
             purpose, proposed_by_user_id, status, agreed_at, agreed_by_user_id, ended_on)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'Test', $8, $9::funding_agreement_status, CASE WHEN $9::text = 'PROPOSED' THEN NULL ELSE now() END,
             CASE WHEN $9::text = 'PROPOSED' THEN NULL ELSE $8::bigint END, $10::date) RETURNING id`,
        [m, c!.id, from, to, start, end, cents, u.repCare, status, endedOn],
      );
      return row!.id;
    };
    const payment = (agreementId: number, from: number, to: number, paidOn: string, cents: number) =>
      t.db.query(
        `INSERT INTO funding_payment (municipality_id, agreement_id, from_provider_id, to_provider_id, paid_on, amount_cents, recorded_by_user_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [m, agreementId, from, to, paidOn, cents, u.repCare],
      );
    // Care → welfare, the whole year: 365,000.00 euro. Care → volunteer, the second half (184 days): 18,400.00 euro.
    // Welfare → volunteer, the whole year, 7,300.00 euro, but ended on 30 June: 181 of 365 days count, 3,620.00 euro.
    // A proposal that was never agreed counts for nothing.
    const a1 = await agreement(p.care, p.welfare, '2025-01-01', '2025-12-31', 36_500_000, 'AGREED');
    const a2 = await agreement(p.care, p.volunteer, '2025-07-01', '2025-12-31', 1_840_000, 'AGREED');
    const a3 = await agreement(p.welfare, p.volunteer, '2025-01-01', '2025-12-31', 730_000, 'ENDED', '2025-06-30');
    await agreement(p.care, p.welfare, '2025-01-01', '2025-12-31', 999, 'PROPOSED');
    await payment(a1, p.care, p.welfare, '2025-02-01', 10_000_000);
    await payment(a1, p.care, p.welfare, '2025-08-01', 5_000_000);
    await payment(a1, p.care, p.welfare, '2024-12-20', 77); // before the period
    await payment(a2, p.care, p.volunteer, '2025-07-15', 500_000);
    await payment(a3, p.welfare, p.volunteer, '2025-03-01', 100_000);
  });

  it('gives the regisseur the hand-counted matrix and net positions (which add up to zero)', async () => {
    const f = await flows('regisseur', YEAR);
    expect(f.period).toEqual(YEAR);
    expect(f.flows).toEqual(EXPECTED_FLOWS);
    expect(f.positions).toEqual(EXPECTED_POSITIONS);
    expect(f.positions.reduce((s, p) => s + p.netCents, 0)).toBe(0);
    expect(f.positions.reduce((s, p) => s + p.agreedNetCents, 0)).toBe(0);
  });

  it('counts agreed money pro rata over a part of the year: the first quarter is 90 of 365 days', async () => {
    const f = await flows('regisseur', { from: '2025-01-01', to: '2025-03-31' });
    expect(f.flows).toEqual([flow(CARE, WELFARE, 9_000_000, 10_000_000), flow(WELFARE, VOLUNTEER, 180_000, 100_000)]);
  });

  it('gives analysts the same totals, exact: a total per pair reveals no resident', async () => {
    const f = await flows('analyst', YEAR);
    expect(f.flows).toEqual(EXPECTED_FLOWS);
    expect(f.positions).toEqual(EXPECTED_POSITIONS);
  });

  it('gives a representative only the pairs their provider is in, and only their own position', async () => {
    const volunteer = await flows('repVolunteer', YEAR);
    expect(volunteer.flows).toEqual([flow(CARE, VOLUNTEER, 1_840_000, 500_000), flow(WELFARE, VOLUNTEER, 362_000, 100_000)]);
    expect(volunteer.positions).toEqual([position(VOLUNTEER, 600_000, 0, 2_202_000, 0)]);
    const care = await flows('repCare', YEAR);
    expect(care.flows).toEqual([flow(CARE, WELFARE, 36_500_000, 15_000_000), flow(CARE, VOLUNTEER, 1_840_000, 500_000)]);
    expect(care.positions).toEqual([position(CARE, 0, 15_500_000, 0, 38_340_000)]);
  });
});

describe('funding between providers: fundingFlows: overview link and refusals', () => {
  it("the regisseur's overview links to the same flows for its period", async () => {
    const as = await t.as('regisseur');
    const res = await as<{ overview: { fundingFlows: FlowsView } }>(
      `query ($period: PeriodInput!) { overview(period: $period) { fundingFlows { period { from to } flows { from { name } to { name } agreedCents paidCents }
          positions { provider { name } receivedCents paidCents netCents agreedReceivedCents agreedPaidCents agreedNetCents } } } }`,
      { period: YEAR },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.overview.fundingFlows).toEqual({ period: YEAR, flows: EXPECTED_FLOWS, positions: EXPECTED_POSITIONS });
  });

  it('refuses a period that ends before it starts (BAD_USER_INPUT) and an anonymous caller', async () => {
    const as = await t.as('regisseur');
    expect(errorCodes(await as(FLOWS, { period: { from: '2025-02-01', to: '2025-01-01' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await t.gql<unknown>(FLOWS, { period: YEAR }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('funding between providers: fundingFlows: no N+1', () => {
  it('answers in the same number of statements for 3 pairs as for 30 (no N+1)', async () => {
    const period = { from: '2024-01-01', to: '2024-12-31' };
    const { municipalityId: m, providers: p, users: u } = t.fixture;
    const [c] = await t.db.query<{ id: number }>(
      `INSERT INTO convenant (municipality_id, title, status, starts_on, ends_on, budget_cents)
        VALUES ($1, 'Convenant 2024', 'IN_FORCE', '2024-01-01', '2024-12-31', 1) RETURNING id`,
      [m],
    );
    const add = async (from: number, to: number) => {
      const [a] = await t.db.query<{ id: number }>(
        `INSERT INTO funding_agreement (municipality_id, convenant_id, from_provider_id, to_provider_id, period_start, period_end, amount_cents,
             purpose, proposed_by_user_id, status, agreed_at, agreed_by_user_id) VALUES ($1, $2, $3, $4, '2024-01-01', '2024-12-31', 1000, 'N', $5, 'AGREED', now(), $5)
           RETURNING id`,
        [m, c!.id, from, to, u.repCare],
      );
      await t.db.query(
        `INSERT INTO funding_payment (municipality_id, agreement_id, from_provider_id, to_provider_id, paid_on, amount_cents, recorded_by_user_id)
           VALUES ($1, $2, $3, $4, '2024-05-01', 10, $5)`,
        [m, a!.id, from, to, u.repCare],
      );
    };
    await add(p.care, p.welfare);
    await add(p.care, p.volunteer);
    await add(p.welfare, p.volunteer);
    const measure = async () => {
      const as = await t.as('regisseur');
      const before = await t.settledStatements();
      const res = await as<{ fundingFlows: FlowsView }>(FLOWS, { period });
      expect(res.errors).toBeUndefined();
      return { statements: t.app.db.statements - before, pairs: res.data!.fundingFlows.flows.length };
    };
    const small = await measure();
    expect(small.pairs).toBe(3);
    const extra: number[] = [];
    for (let i = 0; i < 6; i++) {
      const [row] = await t.db.query<{ id: number }>(
        `INSERT INTO provider (municipality_id, name, kind, kvk_number) VALUES ($1, $2, 'WELFARE', $3) RETURNING id`,
        [m, `Extra ${i}`, `2000000${i}`],
      );
      extra.push(row!.id);
    }
    for (const to of extra) {
      for (const from of [p.care, p.welfare, p.volunteer]) await add(from, to);
    }
    await add(extra[0]!, extra[1]!);
    const large = await measure();
    expect(large.pairs).toBe(22);
    expect(large.statements).toBe(small.statements);
    // The user with the settings, the user's heavy-operation slot, the flows, the provider names, the COMMIT.
    expect(small.statements).toBe(5);
  });
});

describe('funding between providers: declined, withdrawn, paid within the period, ended before it starts', () => {
  const CLOSE = (name: 'fundingAgreementDecline' | 'fundingAgreementWithdraw') => `mutation ($id: ID!, $version: Int!, $reason: String!) {
    ${name}(id: $id, version: $version, input: { reason: $reason }) { agreement { ${FIELDS} closingReason } ${USER_ERRORS} } }`;
  interface ClosePayload {
    agreement: (AgreementView & { closingReason: string | null }) | null;
    userErrors: UserErrorView[];
  }
  const close = async (user: FixtureUser, name: 'fundingAgreementDecline' | 'fundingAgreementWithdraw', a: AgreementView, reason = 'Past niet') =>
    (await t.as(user))<Record<string, ClosePayload>>(CLOSE(name), { id: a.id, version: a.version, reason });

  it('the receiver declines a proposal with the reason: DECLINED, it never counts and cannot be agreed after', async () => {
    const a = await propose('repCare', { periodStart: '2026-03-01', periodEnd: '2026-03-31', amountCents: 31_000 });
    const declined = okPayload(await close('repWelfare', 'fundingAgreementDecline', a, 'Geen capaciteit'), 'fundingAgreementDecline').agreement!;
    expect(declined).toMatchObject({ status: 'DECLINED', version: 2, closingReason: 'Geen capaciteit', agreedAt: null });
    const before = await snapshot();
    const agree = await (await t.as('repWelfare'))<{ fundingAgreementAgree: AgreementPayload }>(AGREE, { id: a.id, version: 2 });
    expect(refusal(agree, 'fundingAgreementAgree')).toEqual([['INVALID_STATE', 'id']]);
    expect(refusal(await close('repCare', 'fundingAgreementWithdraw', declined), 'fundingAgreementWithdraw')).toEqual([['INVALID_STATE', 'id']]);
    expect(await snapshot()).toEqual(before);
  });

  it('the payer withdraws a proposal with the reason: WITHDRAWN', async () => {
    const a = await propose('repCare');
    const withdrawn = okPayload(await close('repCare', 'fundingAgreementWithdraw', a, 'Begroting gewijzigd'), 'fundingAgreementWithdraw').agreement!;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', closingReason: 'Begroting gewijzigd' });
  });

  it('refuses the wrong side (FORBIDDEN), an empty reason and an agreed agreement; nothing changes', async () => {
    const a = await propose('repCare');
    const before = await snapshot();
    expect(errorCodes(await close('repCare', 'fundingAgreementDecline', a))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await close('repWelfare', 'fundingAgreementWithdraw', a))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await close('regisseur', 'fundingAgreementWithdraw', a))).toEqual(['FORBIDDEN']);
    expect(refusal(await close('repWelfare', 'fundingAgreementDecline', a, '  '), 'fundingAgreementDecline')).toEqual([
      ['INVALID_INPUT', 'input.reason'],
    ]);
    expect(await snapshot()).toEqual(before);
    const b = await agreed();
    const agreedBefore = await snapshot();
    expect(refusal(await close('repCare', 'fundingAgreementWithdraw', b), 'fundingAgreementWithdraw')).toEqual([['INVALID_STATE', 'id']]);
    expect(await snapshot()).toEqual(agreedBefore);
  });

  it('refuses a payment outside the agreement period (before its start, after its end), naming the field; nothing is stored', async () => {
    const a = await agreed('repCare', 'repWelfare', { periodStart: '2026-03-01', periodEnd: '2026-04-30', amountCents: 10_000 });
    const payer = await t.as('repCare');
    const before = await snapshot();
    for (const paidOn of ['2026-02-28', '2026-05-01']) {
      const res = await payer<{ fundingPaymentRecord: PaymentPayload }>(PAY, { input: { agreementId: a.id, paidOn, amountCents: 100 } });
      expect(refusal(res, 'fundingPaymentRecord')).toEqual([['INVALID_INPUT', 'input.paidOn']]);
    }
    expect(await snapshot()).toEqual(before);
    const inside = await payer<{ fundingPaymentRecord: PaymentPayload }>(PAY, {
      input: { agreementId: a.id, paidOn: '2026-04-30', amountCents: 100 },
    });
    expect(okPayload(inside, 'fundingPaymentRecord').payment).toEqual({ paidOn: '2026-04-30', amountCents: 100 });
  });

  it('an agreement for a future period is ended today, with the reason, and counts nothing; any other date is refused', async () => {
    const a = await agreed('repCare', 'repWelfare', { periodStart: '2026-09-01', periodEnd: '2026-12-31', amountCents: 12_200 });
    const receiver = await t.as('repWelfare');
    const END_WITH_REASON = `mutation ($id: ID!, $version: Int!, $endedOn: LocalDate!) {
      fundingAgreementEnd(id: $id, version: $version, input: { endedOn: $endedOn, reason: "Opgave vervalt" }) { agreement { ${FIELDS} closingReason } ${USER_ERRORS} } }`;
    const before = await snapshot();
    for (const endedOn of ['2026-06-14', '2026-09-01']) {
      const res = await receiver<{ fundingAgreementEnd: AgreementPayload }>(END_WITH_REASON, { id: a.id, version: a.version, endedOn });
      expect(refusal(res, 'fundingAgreementEnd')).toEqual([['INVALID_INPUT', 'input.endedOn']]);
    }
    expect(await snapshot()).toEqual(before);
    const ended = await receiver<{ fundingAgreementEnd: ClosePayload }>(END_WITH_REASON, { id: a.id, version: a.version, endedOn: '2026-06-15' });
    expect(okPayload(ended, 'fundingAgreementEnd').agreement).toMatchObject({
      status: 'ENDED',
      endedOn: '2026-06-15',
      closingReason: 'Opgave vervalt',
    });
    const flows = await (await t.as('regisseur'))<{ fundingFlows: FlowsView }>(FLOWS, { period: { from: '2026-09-01', to: '2026-12-31' } });
    const pair = flows.data!.fundingFlows.flows.filter((f) => f.from.name === CARE && f.to.name === WELFARE);
    // Other agreements of the pair may overlap the period; this one adds nothing to them.
    const without = pair.reduce((sum, f) => sum + f.agreedCents, 0);
    await t.db.query(`UPDATE funding_agreement SET ended_on = NULL, status = 'AGREED' WHERE id = $1`, [localId(a.id)]);
    const counted = await (await t.as('regisseur'))<{ fundingFlows: FlowsView }>(FLOWS, { period: { from: '2026-09-01', to: '2026-12-31' } });
    const withIt = counted
      .data!.fundingFlows.flows.filter((f) => f.from.name === CARE && f.to.name === WELFARE)
      .reduce((s, f) => s + f.agreedCents, 0);
    expect(withIt - without).toBe(12_200);
  });
});
