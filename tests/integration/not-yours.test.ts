import { insertArrangement, insertConvenantInForce, insertReport } from '../support/factories';
import type { FixtureUser } from '../support/fixture';
import { tableSnapshot } from '../support/participation';
import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import type { NodeType } from '../../api/src/shared/graphql/global-id';

/**
 * "Not yours" has one answer everywhere: an object you may not see answers exactly as an id that does not exist
 * (node: null; a mutation: NOT_FOUND on the id's field), and an object you may see but not change is FORBIDDEN.
 * Swept over every Node type a role cannot see and every mutation that takes such an id; nothing changes.
 */
const NONEXISTENT = 999_999;
const TABLES = [
  'convenant',
  'opgaveteam',
  'atelier',
  'opgave_selection',
  'arrangement',
  'arrangement_report',
  'arrangement_network_plan',
  'funding_agreement',
  'funding_payment',
  'annual_plan',
  'quarter_report',
  'app_user',
  'provider',
  'opgave',
];

type Ids = Partial<Record<NodeType, number>>;

/** An answer reduced to what a client can tell apart: data, error codes, user errors. */
function shape(res: GraphQLResponse<unknown>): unknown {
  const data = res.data as Record<string, { userErrors?: { code: string; field: string | null }[] } | null> | null | undefined;
  const payload = data ? Object.values(data)[0] : null;
  return {
    status: res.status,
    errors: errorCodes(res),
    data: payload && typeof payload === 'object' && 'userErrors' in payload ? { userErrors: payload.userErrors } : (data ?? null),
  };
}

let t: TestApp;
/** Objects each actor may not see. */
const hidden: Partial<Record<FixtureUser, Ids>> = {};
let otherMunicipality: Ids = {};
let visibleAgreement = 0;

const local = (globalId: string): number => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

/** A convenant in force between the municipality and the three providers; returns its id. */
async function convenantOfAll(): Promise<number> {
  const { municipalityId: m, providers: p } = t.fixture;
  return insertConvenantInForce(t.db, m, [p.care, p.welfare, p.volunteer]);
}

async function welfareObjects(convenantId: number): Promise<void> {
  const { municipalityId: m, providers: p, users: u } = t.fixture;
  // The welfare provider's own objects: an arrangement with a report, an annual plan with a quarter report, and
  // funding to the volunteer provider.
  const arrangement = await insertArrangement(t.db, { municipalityId: m, providerId: p.welfare });
  const report = await insertReport(t.db, {
    municipalityId: m,
    providerId: p.welfare,
    arrangementId: arrangement,
    userId: u.repWelfare,
    periodStart: '2026-02-01',
    periodEnd: '2026-02-28',
  });
  const welfare = await t.as('repWelfare');
  const regisseur = await t.as('regisseur');
  const proposed = await welfare<{ fundingAgreementPropose: { agreement: { id: string } } }>(
    `mutation ($input: FundingAgreementProposeInput!) { fundingAgreementPropose(input: $input) { agreement { id } userErrors { code } } }`,
    {
      input: {
        convenantId: gid('Convenant', convenantId),
        toProviderId: gid('Provider', p.volunteer),
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        amountCents: 1000,
        purpose: 'Buurtwerk',
      },
    },
  );
  const agreementGid = proposed.data!.fundingAgreementPropose.agreement.id;
  const plan = await welfare<{ annualPlanCreate: { plan: { id: string; version: number } } }>(
    `mutation { annualPlanCreate(input: { year: 2026, goals: [{ title: "G", indicator: "I", target: 10 }], budgetLines: [{ title: "B", amountCents: 100 }] }) { plan { id version } userErrors { code } } }`,
  );
  const planGid = plan.data!.annualPlanCreate.plan.id;
  await regisseur(`mutation ($id: ID!, $v: Int!) { annualPlanAdopt(id: $id, version: $v) { userErrors { code } } }`, {
    id: planGid,
    v: plan.data!.annualPlanCreate.plan.version,
  });
  const quarter = await welfare<{ quarterReportSubmit: { report: { id: string } } }>(
    `mutation ($planId: ID!) { quarterReportSubmit(input: { planId: $planId, quarter: 1, goalProgress: [{ goalIndex: 0, realised: 3 }] }) { report { id } userErrors { code } } }`,
    { planId: planGid },
  );
  const agreement = local(agreementGid);
  const welfareObjects: Ids = {
    Arrangement: arrangement,
    ArrangementReport: report,
    FundingAgreement: agreement,
    AnnualPlan: local(planGid),
    QuarterReport: local(quarter.data!.quarterReportSubmit.report.id),
    User: u.repWelfare,
  };
  hidden.repCare = welfareObjects;
  hidden.analyst = { FundingAgreement: agreement, User: u.repWelfare };
  hidden.admin = { FundingAgreement: agreement };
}

async function careAgreement(convenantId: number): Promise<void> {
  const { providers: p } = t.fixture;
  // One the care provider may see but not change: it pays, the receiver agrees.
  const care = await t.as('repCare');
  const own = await care<{ fundingAgreementPropose: { agreement: { id: string } } }>(
    `mutation ($input: FundingAgreementProposeInput!) { fundingAgreementPropose(input: $input) { agreement { id } userErrors { code } } }`,
    {
      input: {
        convenantId: gid('Convenant', convenantId),
        toProviderId: gid('Provider', p.welfare),
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        amountCents: 500,
        purpose: 'Zorg',
      },
    },
  );
  visibleAgreement = local(own.data!.fundingAgreementPropose.agreement.id);
}

async function otherMunicipalityObjects(): Promise<void> {
  // Another municipality: nothing of it is anyone's here.
  const [other] = await t.db.query<{ id: number }>(
    `INSERT INTO municipality (cbs_code, name, inhabitants) VALUES ('GM9999', 'Elders', 1000) RETURNING id`,
  );
  const [provider] = await t.db.query<{ id: number }>(
    `INSERT INTO provider (municipality_id, name, kind, kvk_number) VALUES ($1, 'Elders Zorg', 'CARE', '10000017') RETURNING id`,
    [other!.id],
  );
  const [opgave] = await t.db.query<{ id: number }>(
    `INSERT INTO opgave (municipality_id, title, area, ownership_rung) VALUES ($1, 'Elders', 'Elders', 2) RETURNING id`,
    [other!.id],
  );
  otherMunicipality = {
    Municipality: other!.id,
    Provider: provider!.id,
    Opgave: opgave!.id,
    Arrangement: await insertArrangement(t.db, { municipalityId: other!.id, providerId: provider!.id }),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  const convenantId = await convenantOfAll();
  await welfareObjects(convenantId);
  await careAgreement(convenantId);
  await otherMunicipalityObjects();
});
afterAll(async () => {
  await t.close();
});

const NODE = `query ($id: ID!) { node(id: $id) { id __typename } }`;

/** Every mutation that names an object by id, with the id put where it goes. */
const MUTATIONS: Partial<Record<NodeType, { name: string; query: string; variables: (id: string) => Record<string, unknown> }[]>> = {
  Arrangement: [
    {
      name: 'arrangementUpdate',
      query: `mutation ($id: ID!) { arrangementUpdate(id: $id, version: 1, input: { hoursPerWeek: 3 }) { userErrors { code field } } }`,
      variables: (id) => ({ id }),
    },
    {
      name: 'arrangementEnd',
      query: `mutation ($id: ID!) { arrangementEnd(id: $id, version: 1, input: { endedOn: "2026-06-01", endReason: OTHER, goalAttainment: PARTLY }) { userErrors { code field } } }`,
      variables: (id) => ({ id }),
    },
    {
      name: 'arrangementReportAdd',
      query: `mutation ($id: ID!) { arrangementReportAdd(arrangementId: $id, input: { periodStart: "2026-05-01", periodEnd: "2026-05-31", hoursDelivered: 1, costCents: 1 }) { userErrors { code field } } }`,
      variables: (id) => ({ id }),
    },
    {
      name: 'arrangementNetworkPlanRecord',
      query: `mutation ($id: ID!) { arrangementNetworkPlanRecord(arrangementId: $id, version: 1, input: { conferenceHeldOn: "2026-06-01", participantsCount: 5, coordinator: "C", planSummary: "P", decisionsOfNetwork: ["D"], professionalRole: "R" }) { userErrors { code field } } }`,
      variables: (id) => ({ id }),
    },
  ],
  FundingAgreement: [
    {
      name: 'fundingAgreementAgree',
      query: `mutation ($id: ID!) { fundingAgreementAgree(id: $id, version: 1) { userErrors { code field } } }`,
      variables: (id) => ({ id }),
    },
    {
      name: 'fundingAgreementEnd',
      query: `mutation ($id: ID!) { fundingAgreementEnd(id: $id, version: 1, input: { endedOn: "2026-06-01" }) { userErrors { code field } } }`,
      variables: (id) => ({ id }),
    },
    {
      name: 'fundingPaymentRecord',
      query: `mutation ($id: ID!) { fundingPaymentRecord(input: { agreementId: $id, paidOn: "2026-06-01", amountCents: 1 }) { userErrors { code field } } }`,
      variables: (id) => ({ id }),
    },
  ],
  Provider: [
    {
      name: 'overview',
      query: `query ($id: ID!) { overview(period: { from: "2026-01-01", to: "2026-12-31" }, providerId: $id) { arrangements { active } } }`,
      variables: (id) => ({ id }),
    },
    { name: 'arrangements', query: `query ($id: ID!) { arrangements(filter: { providerId: $id }) { totalCount } }`, variables: (id) => ({ id }) },
    {
      name: 'fundingAgreements',
      query: `query ($id: ID!) { fundingAgreements(filter: { providerId: $id }) { totalCount } }`,
      variables: (id) => ({ id }),
    },
    { name: 'annualPlans', query: `query ($id: ID!) { annualPlans(filter: { providerId: $id }) { totalCount } }`, variables: (id) => ({ id }) },
    {
      name: 'convenantCreate',
      query: `mutation ($id: ID!) { convenantCreate(input: { title: "C", startsOn: "2026-01-01", endsOn: "2026-12-31", budgetCents: 1, partyIds: [$id] }) { userErrors { code field } } }`,
      variables: (id) => ({ id }),
    },
    {
      name: 'annualPlanCreate',
      query: `mutation ($id: ID!) { annualPlanCreate(input: { providerId: $id, year: 2027, goals: [{ title: "G", indicator: "I", target: 1 }], budgetLines: [{ title: "B", amountCents: 1 }] }) { userErrors { code field } } }`,
      variables: (id) => ({ id }),
    },
  ],
  Opgave: [
    {
      name: 'opgaveUpdate',
      query: `mutation ($id: ID!) { opgaveUpdate(id: $id, version: 1, input: { title: "X" }) { userErrors { code field } } }`,
      variables: (id) => ({ id }),
    },
    {
      name: 'opgaveteamCreate',
      query: `mutation ($id: ID!) { opgaveteamCreate(input: { opgaveId: $id, procesbegeleider: "P" }) { userErrors { code field } } }`,
      variables: (id) => ({ id }),
    },
    {
      name: 'atelierPlan',
      query: `mutation ($id: ID!) { atelierPlan(input: { opgaveId: $id, title: "A" }) { userErrors { code field } } }`,
      variables: (id) => ({ id }),
    },
    {
      name: 'opgavenSelect',
      query: `mutation ($id: ID!) { opgavenSelect(input: { heldOn: "2026-06-01", seats: 1, ballots: [{ opgaveId: $id, votes: 3 }] }) { userErrors { code field } } }`,
      variables: (id) => ({ id }),
    },
  ],
  AnnualPlan: [
    {
      name: 'quarterReportSubmit',
      query: `mutation ($id: ID!) { quarterReportSubmit(input: { planId: $id, quarter: 2, goalProgress: [{ goalIndex: 0, realised: 1 }] }) { userErrors { code field } } }`,
      variables: (id) => ({ id }),
    },
  ],
};

/** Any type: the trail of an object from elsewhere is as empty as that of one that does not exist. */
const AUDIT_TRAIL = {
  name: 'auditTrail',
  query: `query ($id: ID!) { auditTrail(entityId: $id) { totalCount edges { node { operation } } } }`,
  variables: (id: string) => ({ id }),
};

const snapshot = () => tableSnapshot(t, TABLES);

for (const actor of ['repCare', 'analyst', 'admin', 'regisseur'] as const) {
  it(`${actor}: node() and every operation naming an object they may not see answer as for an id that does not exist, and change nothing`, async () => {
    const as = await t.as(actor);
    const cases: [string, NodeType, number][] = [
      ...Object.entries(hidden[actor] ?? {}).map(([type, id]) => ['this municipality', type as NodeType, id] as [string, NodeType, number]),
      ...Object.entries(otherMunicipality).map(([type, id]) => ['another municipality', type as NodeType, id] as [string, NodeType, number]),
    ];
    for (const [where, type, id] of cases) {
      const missing = shape(await as(NODE, { id: gid(type, NONEXISTENT) }));
      const notYours = shape(await as(NODE, { id: gid(type, id) }));
      expect({ where, type, answer: notYours }).toEqual({ where, type, answer: missing });
      expect(missing).toEqual({ status: 200, errors: [], data: { node: null } });
    }
    let tried = 0;
    for (const [where, type, id] of cases) {
      for (const mutation of [...(MUTATIONS[type] ?? []), AUDIT_TRAIL]) {
        const before = await snapshot();
        const missing = shape(await as(mutation.query, mutation.variables(gid(type, NONEXISTENT))));
        const notYours = shape(await as(mutation.query, mutation.variables(gid(type, id))));
        expect({ where, mutation: mutation.name, answer: notYours }).toEqual({ where, mutation: mutation.name, answer: missing });
        // A real answer, not a document the server could not run.
        expect({ mutation: mutation.name, status: (missing as { status: number }).status }).toEqual({ mutation: mutation.name, status: 200 });
        expect(await snapshot()).toEqual(before);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(0);
  });
}

describe('not yours: not found, exactly as an id that does not exist', () => {
  it('an object you may see but not change is FORBIDDEN, and nothing changes', async () => {
    const care = await t.as('repCare');
    const before = await snapshot();
    // The paying provider sees its proposal; only the receiver agrees.
    const agree = await care(`mutation ($id: ID!) { fundingAgreementAgree(id: $id, version: 1) { userErrors { code field } } }`, {
      id: gid('FundingAgreement', visibleAgreement),
    });
    expect(errorCodes(agree)).toEqual(['FORBIDDEN']);
    const seen = await care<{ node: { id: string } | null }>(NODE, { id: gid('FundingAgreement', visibleAgreement) });
    expect(seen.data?.node?.id).toBe(gid('FundingAgreement', visibleAgreement));
    // Another provider is seen by everyone; its figures, lists and plans are not the representative's to read or make.
    const welfare = gid('Provider', t.fixture.providers.welfare);
    const seenProvider = await care<{ node: { id: string } | null }>(NODE, { id: welfare });
    expect(seenProvider.data?.node?.id).toBe(welfare);
    for (const operation of MUTATIONS.Provider!) {
      const res = await care(operation.query, operation.variables(welfare));
      expect({ operation: operation.name, codes: errorCodes(res) }).toEqual({ operation: operation.name, codes: ['FORBIDDEN'] });
    }
    // Another user's objects the representative may see: an opgave (the regisseur's to change).
    const [opgave] = await t.db.query<{ id: number }>(
      `INSERT INTO opgave (municipality_id, title, area, ownership_rung) VALUES ($1, 'Hier', 'Centrum', 2) RETURNING id`,
      [t.fixture.municipalityId],
    );
    const afterInsert = await snapshot();
    for (const operation of MUTATIONS.Opgave!) {
      const res = await care(operation.query, operation.variables(gid('Opgave', opgave!.id)));
      expect({ operation: operation.name, codes: errorCodes(res) }).toEqual({ operation: operation.name, codes: ['FORBIDDEN'] });
    }
    expect(await snapshot()).toEqual(afterInsert);
    expect({ ...afterInsert, opgave: before.opgave }).toEqual(before);
  });
});
