import { tableOfNode } from '../../api/src/modules/audit/audited-tables';
import { nodeSources } from '../../api/src/modules';
import { isNodeType, toGlobalId, type NodeType } from '../../api/src/shared/graphql/global-id';
import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { PDF, uploadForm } from '../support/files';

/**
 * auditTrail and `node` answer for every Node type, and every Node type's table is audited: the modules declare each Node
 * type with its entity (the table) and how `node` reads it, so a new Node type cannot be left out. Run on the demo data, which has
 * objects of every type.
 */
/** Every declared Node type and its table. */
const TABLE_OF_NODE: [NodeType, string][] = [...nodeSources().keys()].filter(isNodeType).map((type) => [type, tableOfNode(type)]);
/** `node` does not answer these (as before the module declarations). */
const NOT_BY_NODE: readonly string[] = ['Municipality'];

const TRAIL = `query ($id: ID!) { auditTrail(entityId: $id, first: 5) { totalCount edges { node { tableName operation role } } } }`;

let t: TestApp;

/** A mutation that must succeed; returns its data. */
const run = async <T>(user: FixtureUser, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
  const as = await t.as(user);
  const res = await as<T>(query, variables);
  const data = (res.data ?? {}) as Record<string, { userErrors?: unknown[] }>;
  const [name, payload] = Object.entries(data)[0] ?? ['', null];
  expect({ name, errors: errorCodes(res), userErrors: payload?.userErrors ?? [] }).toEqual({ name, errors: [], userErrors: [] });
  return res.data as T;
};

/** A convenant in force between the municipality, care and welfare, signed by all; returns its id. */
async function convenantInForce(): Promise<number> {
  const { municipalityId: m, providers: p } = t.fixture;
  const [c] = await t.db.query<{ id: number }>(
    `INSERT INTO convenant (municipality_id, title, starts_on, ends_on, budget_cents) VALUES ($1, 'Convenant', '2026-01-01', '2027-12-31', 100000000) RETURNING id`,
    [m],
  );
  await t.db.query(
    `INSERT INTO convenant_party (municipality_id, convenant_id, kind, provider_id) SELECT $1::bigint, $2::bigint, 'MUNICIPALITY'::party_kind, NULL::bigint
       UNION ALL SELECT $1::bigint, $2::bigint, 'PROVIDER'::party_kind, unnest($3::bigint[])`,
    [m, c!.id, [p.care, p.welfare]],
  );
  await t.db.query(`UPDATE convenant SET status = 'IN_FORCE' WHERE id = $1`, [c!.id]);
  // Signed by all: arrangements start only under a convenant their provider signed.
  await t.db.query(`UPDATE convenant_party SET signed_at = now(), signed_by_user_id = $2 WHERE convenant_id = $1`, [
    c!.id,
    t.fixture.users.regisseur,
  ]);
  return c!.id;
}

/** An arrangement with a report; an opgave with its team, selected, with an atelier; an overleg with an action; a track. */
async function deliveryAndParticipation(): Promise<void> {
  const arrangement = await run<{ arrangementCreate: { arrangement: { id: string } } }>(
    'repCare',
    `mutation { arrangementCreate(input: { clientKey: "K-AUDIT", productCategory: BEGELEIDING, form: INDIVIDUAL, requestedOn: "2026-05-01", startsOn: "2026-05-01", hoursPerWeek: 2, plannedCostCents: 1000 }) { arrangement { id } userErrors { code } } }`,
  );
  await run(
    'repCare',
    `mutation ($id: ID!) { arrangementReportAdd(arrangementId: $id, input: { periodStart: "2026-05-01", periodEnd: "2026-05-31", hoursDelivered: 1, costCents: 100 }) { userErrors { code } } }`,
    {
      id: arrangement.arrangementCreate.arrangement.id,
    },
  );
  const opgave = await run<{ opgaveCreate: { opgave: { id: string } } }>(
    'regisseur',
    `mutation { opgaveCreate(input: { title: "Ontmoeting", area: "Centrum", ownershipRung: 2 }) { opgave { id } userErrors { code } } }`,
  );
  const opgaveId = opgave.opgaveCreate.opgave.id;
  // Teams and ateliers work on a selected opgave.
  await run(
    'regisseur',
    `mutation ($id: ID!) { opgavenSelect(input: { heldOn: "2026-06-01", seats: 1, ballots: [{ opgaveId: $id, votes: 3 }] }) { userErrors { code } } }`,
    {
      id: opgaveId,
    },
  );
  await run('regisseur', `mutation ($id: ID!) { opgaveteamCreate(input: { opgaveId: $id, procesbegeleider: "P" }) { userErrors { code } } }`, {
    id: opgaveId,
  });
  await run('regisseur', `mutation ($id: ID!) { atelierPlan(input: { opgaveId: $id, title: "Atelier" }) { userErrors { code } } }`, {
    id: opgaveId,
  });
  const overleg = await run<{ overlegCreate: { overleg: { id: string } } }>(
    'regisseur',
    `mutation { overlegCreate(input: { kind: STAFF, title: "Teamoverleg", heldOn: "2026-06-01" }) { overleg { id } userErrors { code } } }`,
  );
  await run(
    'regisseur',
    `mutation ($id: ID!) { actionCreate(input: { title: "A", ownerName: "N", dueOn: "2026-07-01", sourceId: $id }) { userErrors { code } } }`,
    {
      id: overleg.overlegCreate.overleg.id,
    },
  );
  await run('regisseur', `mutation { improvementTrackStart(input: { topic: "Eten", startedOn: "2026-05-01" }) { userErrors { code } } }`);
}

/** A decided proposal, a funding agreement proposed under the convenant, an adopted annual plan with a quarter report. */
async function decisionsFundingAndPlans(convenantId: number): Promise<void> {
  const { providers: p } = t.fixture;
  const proposal = await run<{ proposalSubmit: { proposal: { id: string } } }>(
    'regisseur',
    `mutation { proposalSubmit(input: { title: "Voorstel", submittedOn: "2026-06-01" }) { proposal { id } userErrors { code } } }`,
  );
  const proposalId = proposal.proposalSubmit.proposal.id;
  // Each side speaks for itself.
  const speakers = { STAFF: 'repCare', RESIDENTS: 'council', ORGANISATION: 'regisseur' } as const;
  for (const side of ['STAFF', 'RESIDENTS', 'ORGANISATION'] as const) {
    await run(
      speakers[side],
      `mutation ($id: ID!) { proposalPerspectiveRecord(id: $id, input: { perspective: ${side}, position: "P", consultedConstituency: true }) { userErrors { code } } }`,
      {
        id: proposalId,
      },
    );
  }
  const meeting = await run<{ overlegCreate: { overleg: { id: string } } }>(
    'regisseur',
    `mutation { overlegCreate(input: { kind: BELEIDSOVERLEG, title: "Beleidsoverleg", heldOn: "2026-06-05" }) { overleg { id } userErrors { code } } }`,
  );
  const [{ version }] = (await t.db.query<{ version: number }>(`SELECT version FROM proposal`)) as [{ version: number }];
  await run(
    'regisseur',
    `mutation ($id: ID!, $v: Int!, $o: ID!) { proposalDecide(id: $id, version: $v, input: { decidedOn: "2026-06-10", outcome: ADOPTED, text: "Besluit", paperTally: { agree: 3, disagree: 0, abstain: 0 }, overlegId: $o }) { userErrors { code } } }`,
    { id: proposalId, v: version, o: meeting.overlegCreate.overleg.id },
  );
  await run('repCare', `mutation ($input: FundingAgreementProposeInput!) { fundingAgreementPropose(input: $input) { userErrors { code } } }`, {
    input: {
      convenantId: gid('Convenant', convenantId),
      toProviderId: gid('Provider', p.welfare),
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      amountCents: 100,
      purpose: 'Buurtwerk',
    },
  });
  await run(
    'regisseur',
    `mutation ($c: ID!, $p: ID!) { budgetAllocationSet(input: { convenantId: $c, providerId: $p, productCategory: BEGELEIDING, amountCents: 1000000 }) { userErrors { code } } }`,
    { c: gid('Convenant', convenantId), p: gid('Provider', p.care) },
  );
  const plan = await run<{ annualPlanCreate: { plan: { id: string; version: number } } }>(
    'repCare',
    `mutation { annualPlanCreate(input: { year: 2026, goals: [{ title: "G", indicator: "I", target: 10 }], budgetLines: [{ title: "B", amountCents: 100 }] }) { plan { id version } userErrors { code } } }`,
  );
  await run('regisseur', `mutation ($id: ID!, $v: Int!) { annualPlanAdopt(id: $id, version: $v) { userErrors { code } } }`, {
    id: plan.annualPlanCreate.plan.id,
    v: plan.annualPlanCreate.plan.version,
  });
  await run(
    'repCare',
    `mutation ($id: ID!) { quarterReportSubmit(input: { planId: $id, quarter: 1, goalProgress: [{ goalIndex: 0, realised: 3 }] }) { userErrors { code } } }`,
    {
      id: plan.annualPlanCreate.plan.id,
    },
  );
}

beforeAll(async () => {
  t = await startTestApp();
  // One object of every Node type, made through the API where there is a mutation for it.
  const convenantId = await convenantInForce();
  await deliveryAndParticipation();
  await decisionsFundingAndPlans(convenantId);
  await run(
    'regisseur',
    `mutation ($id: ID!) { convenantAmendmentPropose(input: { convenantId: $id, budgetCents: 1, reason: "Minder" }) { userErrors { code } } }`,
    {
      id: gid('Convenant', convenantId),
    },
  );
  // An opgave brought in on the public page, as anyone does: no mutation makes one.
  const sent = await fetch(`${t.app.url}/meedoen`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ title: 'Bankje bij de bushalte', description: 'Er is geen plek om te zitten.', area: 'Centrum' }).toString(),
    redirect: 'manual',
  });
  expect(sent.status).toBe(200);
  // A document: uploaded on its own route, not by a mutation.
  const [proposal] = await t.db.query<{ id: number }>(`SELECT id FROM proposal ORDER BY id LIMIT 1`);
  const uploaded = await fetch(`${t.app.url}/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await t.login('regisseur')}` },
    body: uploadForm({ ownerId: gid('Proposal', proposal!.id), title: 'Aanbiedingsformulier' }, { bytes: PDF, name: 'formulier.pdf' }),
  });
  expect(uploaded.status).toBe(201);
  // A resident's request about their data.
  await run(
    'regisseur',
    `mutation ($p: ID!) { privacyRequestRecord(input: { providerId: $p, kind: ACCESS, receivedOn: "2026-06-01", identityMethod: DIGID, identityVerifiedOn: "2026-06-01" }) { userErrors { code } } }`,
    { p: gid('Provider', t.fixture.providers.care) },
  );
});
afterAll(async () => {
  await t.close();
});

const gql = async <T>(user: FixtureUser, query: string, variables: Record<string, unknown> = {}) => (await t.as(user))<T>(query, variables);

describe('auditTrail for every audited Node type', () => {
  it('maps every Node type of the schema to a declaring module, a node reader and a table with the audit trigger', async () => {
    const res = await gql<{ __type: { possibleTypes: { name: string }[] } }>('regisseur', `{ __type(name: "Node") { possibleTypes { name } } }`);
    const nodeTypes = res.data!.__type.possibleTypes.map((t) => t.name).sort();
    expect(nodeTypes.length).toBeGreaterThanOrEqual(16);
    expect(nodeTypes.filter((name) => !isNodeType(name))).toEqual([]);
    // And no declared Node type that the schema does not have.
    expect(TABLE_OF_NODE.map(([type]) => type).filter((type) => !nodeTypes.includes(type) && !NOT_BY_NODE.includes(type))).toEqual([]);
    const audited = await t.db.query<{ table: string }>(
      `SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'audit' AND NOT t.tgisinternal`,
    );
    const auditedTables = new Set(audited.map((r) => r.table));
    expect(TABLE_OF_NODE.filter(([, table]) => !auditedTables.has(table))).toEqual([]);
  });

  it.each(TABLE_OF_NODE)('answers for %s (table %s), for the regisseur and the admin', async (type, table) => {
    const [row] = await t.db.query<{ id: number }>(`SELECT id FROM ${table} ORDER BY id DESC LIMIT 1`);
    expect(row).toBeDefined();
    const id = toGlobalId(type, row!.id);
    const node = await gql<{ node: { __typename: string } | null }>('regisseur', `query ($id: ID!) { node(id: $id) { __typename } }`, { id });
    expect({ type, codes: errorCodes(node), node: node.data?.node ?? null }).toEqual({
      type,
      codes: [],
      node: NOT_BY_NODE.includes(type) ? null : { __typename: type },
    });
    // The admin does not see funding agreements (only the pair and the regisseur do), so neither their trail; nor residents' privacy requests.
    for (const email of type === 'FundingAgreement' || type === 'PrivacyRequest' ? (['regisseur'] as const) : (['regisseur', 'admin'] as const)) {
      const res = await gql<{ auditTrail: { totalCount: number; edges: { node: { tableName: string; operation: string } }[] } }>(email, TRAIL, {
        id,
      });
      expect({ email, codes: errorCodes(res) }).toEqual({ email, codes: [] });
      expect(res.data!.auditTrail.totalCount).toBeGreaterThanOrEqual(1);
      expect(res.data!.auditTrail.edges[0]!.node).toMatchObject({ tableName: table, operation: 'INSERT' });
    }
    // Analysts do not read the trail, whatever the type.
    const analyst = await gql('analyst', TRAIL, { id });
    expect({ codes: errorCodes(analyst), data: analyst.data ?? null }).toEqual({ codes: ['FORBIDDEN'], data: null });
  });
});
