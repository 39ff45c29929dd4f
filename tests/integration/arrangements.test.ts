import { errorCodes, gid, startTestApp, TODAY, type GraphQLResponse, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';

/** Arrangements over HTTP: creating, reading, changing and ending them, and who may do which. */

const FIELDS = `id clientKey version status form productCategory requestedOn startsOn endedOn endReason goalAttainment
  hoursPerWeek plannedCostCents realisedCostCents goals provider { id name }`;
const USER_ERRORS = 'userErrors { code field message }';

const CREATE = `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { ${FIELDS} } ${USER_ERRORS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: ArrangementUpdateInput!) {
  arrangementUpdate(id: $id, version: $version, input: $input) { arrangement { ${FIELDS} } ${USER_ERRORS} } }`;
const END = `mutation ($id: ID!, $version: Int!, $input: ArrangementEndInput!) {
  arrangementEnd(id: $id, version: $version, input: $input) { arrangement { ${FIELDS} } ${USER_ERRORS} } }`;
const NODE = `query ($id: ID!) { node(id: $id) { ... on Arrangement { ${FIELDS} } } }`;
const LIST = `query ($first: Int, $after: String, $filter: ArrangementFilter) {
  arrangements(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ${FIELDS} } } } }`;
const PROVIDER_ARRANGEMENTS = `query ($id: ID!, $filter: ProviderArrangementFilter) {
  node(id: $id) { ... on Provider { name arrangements(filter: $filter) { totalCount edges { node { ${FIELDS} } } } } } }`;

interface ArrangementView {
  id: string;
  clientKey: string | null;
  version: number;
  status: string;
  form: string;
  productCategory: string;
  requestedOn: string;
  startsOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  goalAttainment: string | null;
  hoursPerWeek: number;
  plannedCostCents: number;
  realisedCostCents: number;
  goals: string[];
  provider: { id: string; name: string };
}
interface UserErrorView {
  code: string;
  field: string | null;
  message: string;
}
interface ArrangementPayloadView {
  arrangement: ArrangementView | null;
  userErrors: UserErrorView[];
}
interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

interface ArrangementInput {
  providerId?: string | null;
  clientKey: string;
  productCategory: string;
  form: string;
  requestedOn: string;
  startsOn?: string | null;
  hoursPerWeek: number;
  plannedCostCents: number;
  goals?: string[] | null;
}

const BASE_INPUT: ArrangementInput = {
  clientKey: 'K-0001',
  productCategory: 'BEGELEIDING',
  form: 'INDIVIDUAL',
  requestedOn: '2026-05-01',
  startsOn: '2026-05-15',
  hoursPerWeek: 4.5,
  plannedCostCents: 125_000,
  goals: ['Zelfstandig boodschappen doen'],
};

/** The local id inside a global id ("Arrangement:12" → 12). */
function localId(globalId: string): number {
  const [, raw] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  return Number(raw);
}

let t: TestApp;
let clientKeySeq = 0;
const nextKey = (): string => `K-${String(++clientKeySeq).padStart(4, '0')}`;

beforeAll(async () => {
  t = await startTestApp({ convenantInForce: true });
});
afterAll(async () => {
  await t.close();
});

const run = async <T>(user: FixtureUser, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> =>
  (await t.as(user))<T>(query, variables);

const create = async (user: FixtureUser, overrides: Partial<ArrangementInput> = {}): Promise<ArrangementView> => {
  const res = await run<{ arrangementCreate: ArrangementPayloadView }>(user, CREATE, {
    input: { ...BASE_INPUT, clientKey: nextKey(), ...overrides },
  });
  expect(res.errors).toBeUndefined();
  expect(res.data?.arrangementCreate.userErrors).toEqual([]);
  return res.data!.arrangementCreate.arrangement!;
};

const update = (user: FixtureUser, id: string, version: number, input: Record<string, unknown>) =>
  run<{ arrangementUpdate: ArrangementPayloadView }>(user, UPDATE, { id, version, input });

const end = (user: FixtureUser, id: string, version: number, input: Record<string, unknown>) =>
  run<{ arrangementEnd: ArrangementPayloadView }>(user, END, { id, version, input });

/** The stored row, as the database has it, to prove a refusal changed nothing. */
const storedRow = async (id: string): Promise<Record<string, unknown>> => {
  const rows = await t.db.query(`SELECT * FROM arrangement WHERE id = $1`, [localId(id)]);
  expect(rows).toHaveLength(1);
  return rows[0]!;
};

const counts = async (): Promise<{ arrangements: number; reports: number }> => ({
  arrangements: await t.count('arrangement'),
  reports: await t.count('arrangement_report'),
});

describe('arrangements: arrangementCreate: by the representative', () => {
  it('creates an ACTIVE arrangement for the representative when the start date has come, with version 1, trimmed goals and the client key', async () => {
    const before = await t.count('arrangement');
    const a = await create('repCare', { clientKey: '  K-TRIM  ', goals: ['  Zelfstandig koken ', 'Weer naar de club'], startsOn: '2026-06-01' });
    expect(a).toMatchObject({
      clientKey: 'K-TRIM',
      version: 1,
      status: 'ACTIVE',
      form: 'INDIVIDUAL',
      productCategory: 'BEGELEIDING',
      requestedOn: '2026-05-01',
      startsOn: '2026-06-01',
      endedOn: null,
      hoursPerWeek: 4.5,
      plannedCostCents: 125_000,
      realisedCostCents: 0,
      goals: ['Zelfstandig koken', 'Weer naar de club'],
      provider: { id: gid('Provider', t.fixture.providers.care), name: 'Zorggroep Test' },
    });
    expect(await t.count('arrangement')).toBe(before + 1);
    const row = await storedRow(a.id);
    expect(row).toMatchObject({
      provider_id: t.fixture.providers.care,
      municipality_id: t.fixture.municipalityId,
      client_key: 'K-TRIM',
      status: 'ACTIVE',
      version: 1,
      goals: ['Zelfstandig koken', 'Weer naar de club'],
      planned_cost_cents: 125_000,
    });
  });

  it('creates a REQUESTED arrangement when there is no start date yet, and also when the start date is still to come', async () => {
    const withoutStart = await create('repWelfare', { startsOn: null });
    expect(withoutStart).toMatchObject({ status: 'REQUESTED', startsOn: null, version: 1 });
    const futureStart = await create('repWelfare', { startsOn: '2026-07-01' });
    expect(futureStart).toMatchObject({ status: 'REQUESTED', startsOn: '2026-07-01' });
    const startsToday = await create('repWelfare', { startsOn: TODAY });
    expect(startsToday).toMatchObject({ status: 'ACTIVE', startsOn: TODAY });
  });

  it("accepts the representative's own provider as providerId, and places an arrangement without providerId with their own provider", async () => {
    const own = await create('repWelfare', { providerId: gid('Provider', t.fixture.providers.welfare) });
    const omitted = await create('repWelfare', { providerId: undefined });
    for (const a of [own, omitted]) {
      expect(a.provider.id).toBe(gid('Provider', t.fixture.providers.welfare));
      expect((await storedRow(a.id)).provider_id).toBe(t.fixture.providers.welfare);
    }
  });

  it("refuses a representative who names another provider's id, and stores nothing", async () => {
    const before = await counts();
    const res = await run<{ arrangementCreate: ArrangementPayloadView | null }>('repCare', CREATE, {
      input: { ...BASE_INPUT, clientKey: 'K-FOREIGN', providerId: gid('Provider', t.fixture.providers.welfare) },
    });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.data?.arrangementCreate ?? null).toBeNull();
    expect(await counts()).toEqual(before);
    expect(await t.db.query(`SELECT id FROM arrangement WHERE client_key = 'K-FOREIGN'`)).toEqual([]);
  });
});

describe('arrangements: arrangementCreate: other roles', () => {
  it.each<FixtureUser>(['regisseur', 'analyst', 'admin'])(
    'refuses %s: only representatives create arrangements, and nothing is stored',
    async (user) => {
      const before = await counts();
      const res = await run<{ arrangementCreate: ArrangementPayloadView | null }>(user, CREATE, {
        input: { ...BASE_INPUT, clientKey: `K-BY-${user}` },
      });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data?.arrangementCreate ?? null).toBeNull();
      expect(await counts()).toEqual(before);
    },
  );
});

const invalid: [string, Partial<ArrangementInput>, string][] = [
  ['an empty client key', { clientKey: '' }, 'input.clientKey'],
  ['a client key of only spaces', { clientKey: '   ' }, 'input.clientKey'],
  ['a request date in the future', { requestedOn: '2026-06-16', startsOn: null }, 'input.requestedOn'],
  ['a start date before the request date', { requestedOn: '2026-05-01', startsOn: '2026-04-30' }, 'input.startsOn'],
  ['a negative planned cost', { plannedCostCents: -1 }, 'input.plannedCostCents'],
  ['negative hours per week', { hoursPerWeek: -0.5 }, 'input.hoursPerWeek'],
  ['more hours per week than a week has', { hoursPerWeek: 168.5 }, 'input.hoursPerWeek'],
  ['an empty goal', { goals: ['  '] }, 'input.goals.0'],
];

describe('arrangements: arrangementCreate: invalid input and limits', () => {
  it.each(invalid)('refuses %s with a userError on that field, and stores nothing', async (_, overrides, field) => {
    const before = await counts();
    const res = await run<{ arrangementCreate: ArrangementPayloadView }>('repCare', CREATE, {
      input: { ...BASE_INPUT, clientKey: 'K-INVALID', ...overrides },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.arrangementCreate.arrangement).toBeNull();
    expect(res.data?.arrangementCreate.userErrors).toEqual([{ code: 'INVALID_INPUT', field, message: expect.any(String) }]);
    expect(await counts()).toEqual(before);
  });

  it('accepts exactly 168 hours per week and a planned cost of zero: the limits themselves are allowed', async () => {
    const a = await create('repCare', { hoursPerWeek: 168, plannedCostCents: 0 });
    expect(a).toMatchObject({ hoursPerWeek: 168, plannedCostCents: 0 });
  });

  it.each([
    ['a date that does not exist', { requestedOn: '2026-02-30' }],
    ['a month that does not exist', { requestedOn: '2026-13-01' }],
    ['an unknown product category', { productCategory: 'HUISHOUDELIJKE_HULP' }],
    ['an unknown form', { form: 'SOLO' }],
  ])('leaves %s to GraphQL to refuse, and stores nothing', async (_, overrides) => {
    const before = await counts();
    const res = await run<{ arrangementCreate: ArrangementPayloadView | null }>('repCare', CREATE, {
      input: { ...BASE_INPUT, clientKey: 'K-BADTYPE', ...overrides },
    });
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.data?.arrangementCreate ?? null).toBeNull();
    expect(await counts()).toEqual(before);
  });
});

let careArrangement: ArrangementView;
let welfareArrangement: ArrangementView;

describe('arrangements: reading arrangements: client keys and own provider', () => {
  beforeAll(async () => {
    careArrangement = await create('repCare', { clientKey: 'K-READ-CARE' });
    welfareArrangement = await create('repWelfare', { clientKey: 'K-READ-WELFARE' });
  });

  it('shows the client key to the owning representative only; the regisseur and the admin get null; analysts get no record of a group under 5', async () => {
    const own = await run<{ node: ArrangementView }>('repCare', NODE, { id: careArrangement.id });
    expect(own.data?.node.clientKey).toBe('K-READ-CARE');
    // These arrangements share their provider, category and months with fewer than 4 others: analysts do not see them.
    const analyst = await run<{ node: ArrangementView | null }>('analyst', NODE, { id: careArrangement.id });
    expect(analyst).toEqual({ status: 200, data: { node: null } });
    const analystList = await run<{ arrangements: Connection<ArrangementView> }>('analyst', LIST, { first: 100 });
    expect(analystList.data!.arrangements.edges.map((e) => e.node.id)).not.toContain(careArrangement.id);
    for (const user of ['regisseur', 'admin'] as const) {
      const res = await run<{ node: ArrangementView; arrangements: Connection<ArrangementView> }>(user, NODE, { id: careArrangement.id });
      expect(res.errors).toBeUndefined();
      expect(res.data?.node).toMatchObject({ id: careArrangement.id, clientKey: null, status: 'ACTIVE' });
      const list = await run<{ arrangements: Connection<ArrangementView> }>(user, LIST, { first: 100 });
      expect(list.errors).toBeUndefined();
      const nodes = list.data!.arrangements.edges.map((e) => e.node);
      expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining([careArrangement.id, welfareArrangement.id]));
      expect(nodes.every((n) => n.clientKey === null)).toBe(true);
    }
  });

  it("lists only the representative's own provider's arrangements, with their client keys", async () => {
    const res = await run<{ arrangements: Connection<ArrangementView> }>('repCare', LIST, { first: 100 });
    expect(res.errors).toBeUndefined();
    const stored = await t.db.query<{ id: number }>(`SELECT id FROM arrangement WHERE provider_id = $1 ORDER BY id`, [t.fixture.providers.care]);
    const nodes = res.data!.arrangements.edges.map((e) => e.node);
    expect(nodes.map((n) => localId(n.id))).toEqual(stored.map((r) => r.id));
    expect(res.data!.arrangements.totalCount).toBe(stored.length);
    expect(nodes.map((n) => n.id)).toContain(careArrangement.id);
    expect(nodes.map((n) => n.id)).not.toContain(welfareArrangement.id);
    expect(nodes.every((n) => n.provider.id === gid('Provider', t.fixture.providers.care) && n.clientKey !== null)).toBe(true);
  });

  it("refuses a representative who filters the list on another provider's id", async () => {
    const res = await run<{ arrangements: Connection<ArrangementView> | null }>('repCare', LIST, {
      filter: { providerId: gid('Provider', t.fixture.providers.welfare) },
    });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.data?.arrangements ?? null).toBeNull();
  });

  it('lets the regisseur filter the list on one provider, without client keys', async () => {
    const res = await run<{ arrangements: Connection<ArrangementView> }>('regisseur', LIST, {
      first: 100,
      filter: { providerId: gid('Provider', t.fixture.providers.welfare) },
    });
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.arrangements.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id)).toContain(welfareArrangement.id);
    expect(nodes.every((n) => n.provider.id === gid('Provider', t.fixture.providers.welfare) && n.clientKey === null)).toBe(true);
  });

  it('refuses a representative Provider.arrangements of another provider, and still answers the rest of the provider', async () => {
    const res = await run<{ node: { name: string; arrangements: Connection<ArrangementView> | null } }>('repCare', PROVIDER_ARRANGEMENTS, {
      id: gid('Provider', t.fixture.providers.welfare),
    });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.data?.node).toEqual({ name: 'Welzijn Test', arrangements: null });
  });

  it("shows Provider.arrangements to the provider's own representative with client keys", async () => {
    const res = await run<{ node: { arrangements: Connection<ArrangementView> } }>('repCare', PROVIDER_ARRANGEMENTS, {
      id: gid('Provider', t.fixture.providers.care),
    });
    expect(res.errors).toBeUndefined();
    const own = res.data!.node.arrangements.edges.map((e) => e.node).find((n) => n.id === careArrangement.id);
    expect(own?.clientKey).toBe('K-READ-CARE');
  });
});

describe("arrangements: reading arrangements: another provider's arrangements", () => {
  it("shows analysts none of another provider's Provider.arrangements where fewer than 5 share provider, category and months", async () => {
    const res = await run<{ node: { arrangements: Connection<ArrangementView> } }>('analyst', PROVIDER_ARRANGEMENTS, {
      id: gid('Provider', t.fixture.providers.welfare),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node.arrangements.totalCount).toBe(0);
    expect(res.data!.node.arrangements.edges).toEqual([]);
  });

  it.each<FixtureUser>(['regisseur'])("shows %s another provider's Provider.arrangements, without client keys", async (user) => {
    const res = await run<{ node: { arrangements: Connection<ArrangementView> } }>(user, PROVIDER_ARRANGEMENTS, {
      id: gid('Provider', t.fixture.providers.welfare),
    });
    expect(res.errors).toBeUndefined();
    const [{ count }] = (await t.db.query<{ count: number }>(`SELECT count(*) AS count FROM arrangement WHERE provider_id = $1`, [
      t.fixture.providers.welfare,
    ])) as [{ count: number }];
    expect(res.data!.node.arrangements.totalCount).toBe(count);
    const nodes = res.data!.node.arrangements.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id)).toContain(welfareArrangement.id);
    expect(nodes.every((n) => n.clientKey === null)).toBe(true);
  });

  // Row-level security hides another provider's rows from a representative's connection, so the API cannot
  // tell them apart from ids that do not exist: the answer is the same as for a made-up id, and reveals nothing.
  it("answers a representative's node(id:) of another provider's arrangement with null, exactly as for an id that does not exist", async () => {
    const foreign = await run<{ node: ArrangementView | null }>('repCare', NODE, { id: welfareArrangement.id });
    const madeUp = await run<{ node: ArrangementView | null }>('repCare', NODE, { id: gid('Arrangement', 987654) });
    expect(foreign).toEqual({ status: 200, data: { node: null } });
    expect(foreign).toEqual(madeUp);
    const own = await run<{ node: ArrangementView | null }>('repWelfare', NODE, { id: welfareArrangement.id });
    expect(own.errors).toBeUndefined();
    expect(own.data?.node).toMatchObject({ id: welfareArrangement.id, clientKey: 'K-READ-WELFARE' });
  });
});

describe('arrangements: filters and pages', () => {
  // The volunteer provider's arrangements are made here only, so the expected lists are exact.
  const made: ArrangementView[] = [];
  beforeAll(async () => {
    made.push(await create('repVolunteer', { productCategory: 'BEGELEIDING', startsOn: '2026-06-01' }));
    made.push(await create('repVolunteer', { productCategory: 'DAGBESTEDING', startsOn: null }));
    made.push(await create('repVolunteer', { productCategory: 'DAGBESTEDING', startsOn: '2026-06-01' }));
    made.push(await create('repVolunteer', { productCategory: 'GROEPSGERICHTE_ONDERSTEUNING', form: 'GROUP', startsOn: null }));
    made.push(await create('repVolunteer', { productCategory: 'BEGELEIDING', startsOn: '2026-06-02' }));
  });

  it('filters on status and on product category, alone and together', async () => {
    const ids = async (filter: Record<string, unknown>): Promise<string[]> => {
      const res = await run<{ arrangements: Connection<ArrangementView> }>('repVolunteer', LIST, { first: 100, filter });
      expect(res.errors).toBeUndefined();
      expect(res.data!.arrangements.totalCount).toBe(res.data!.arrangements.edges.length);
      return res.data!.arrangements.edges.map((e) => e.node.id);
    };
    const [begActive, dagRequested, dagActive, groupRequested, begActive2] = made.map((a) => a.id);
    expect(await ids({ status: 'REQUESTED' })).toEqual([dagRequested, groupRequested]);
    expect(await ids({ status: 'ACTIVE' })).toEqual([begActive, dagActive, begActive2]);
    expect(await ids({ productCategory: 'DAGBESTEDING' })).toEqual([dagRequested, dagActive]);
    expect(await ids({ status: 'ACTIVE', productCategory: 'DAGBESTEDING' })).toEqual([dagActive]);
    expect(await ids({ status: 'ENDED' })).toEqual([]);

    const viaProvider = await run<{ node: { arrangements: Connection<ArrangementView> } }>('regisseur', PROVIDER_ARRANGEMENTS, {
      id: gid('Provider', t.fixture.providers.volunteer),
      filter: { status: 'ACTIVE', productCategory: 'BEGELEIDING' },
    });
    expect(viaProvider.data!.node.arrangements.edges.map((e) => e.node.id)).toEqual([begActive, begActive2]);
    expect(viaProvider.data!.node.arrangements.totalCount).toBe(2);
  });

  it('pages with first and after, each item exactly once, with the total count of the whole list', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const res: GraphQLResponse<{ arrangements: Connection<ArrangementView> }> = await run('repVolunteer', LIST, { first: 2, after });
      expect(res.errors).toBeUndefined();
      const conn = res.data!.arrangements;
      expect(conn.totalCount).toBe(5);
      expect(conn.edges.length).toBe(page < 2 ? 2 : 1);
      expect(conn.pageInfo.hasNextPage).toBe(page < 2);
      expect(conn.pageInfo.hasPreviousPage).toBe(page > 0);
      seen.push(...conn.edges.map((e) => e.node.id));
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(made.map((a) => a.id));
  });
});

describe('arrangements: arrangementUpdate: versions and who may change', () => {
  it('changes the arrangement when the version is current, and raises the version by one', async () => {
    const a = await create('repCare');
    const res = await update('repCare', a.id, 1, {
      hoursPerWeek: 6,
      plannedCostCents: 150_000,
      goals: [' Nieuw doel '],
      form: 'MIXED',
      clientKey: ' K-NEW ',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.arrangementUpdate.userErrors).toEqual([]);
    expect(res.data?.arrangementUpdate.arrangement).toMatchObject({
      id: a.id,
      version: 2,
      hoursPerWeek: 6,
      plannedCostCents: 150_000,
      goals: ['Nieuw doel'],
      form: 'MIXED',
      clientKey: 'K-NEW',
      productCategory: a.productCategory,
      requestedOn: a.requestedOn,
    });
    expect(await storedRow(a.id)).toMatchObject({ version: 2, hours_per_week: 6, planned_cost_cents: 150_000, form: 'MIXED', client_key: 'K-NEW' });
  });

  it('refuses a stale version with STALE_VERSION and leaves the stored row as it was', async () => {
    const a = await create('repCare');
    expect((await update('repCare', a.id, 1, { hoursPerWeek: 3 })).data?.arrangementUpdate.userErrors).toEqual([]);
    const before = await storedRow(a.id);
    const res = await update('repCare', a.id, 1, { hoursPerWeek: 9 });
    expect(res.data?.arrangementUpdate).toEqual({
      arrangement: null,
      userErrors: [{ code: 'STALE_VERSION', field: 'version', message: expect.any(String) }],
    });
    expect(await storedRow(a.id)).toEqual(before);
  });

  it("refuses another provider's representative as if the arrangement did not exist, and changes nothing", async () => {
    const a = await create('repCare');
    const before = await storedRow(a.id);
    const res = await update('repWelfare', a.id, 1, { hoursPerWeek: 9, clientKey: 'K-HIJACK' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.arrangementUpdate).toEqual({
      arrangement: null,
      userErrors: [{ code: 'NOT_FOUND', field: 'id', message: 'No arrangement with this id.' }],
    });
    const madeUp = await update('repWelfare', gid('Arrangement', 987654), 1, { hoursPerWeek: 9 });
    expect(madeUp.data).toEqual(res.data);
    expect(await storedRow(a.id)).toEqual(before);
  });

  it.each<FixtureUser>(['analyst', 'regisseur'])('refuses %s with FORBIDDEN and changes nothing', async (user) => {
    const a = await create('repCare');
    const before = await storedRow(a.id);
    const res = await update(user, a.id, 1, { hoursPerWeek: 9 });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await storedRow(a.id)).toEqual(before);
  });
});

describe('arrangements: arrangementUpdate: invalid input', () => {
  it.each([
    ['an empty client key', { clientKey: ' ' }, 'input.clientKey'],
    ['a start date before the request date', { startsOn: '2026-04-01' }, 'input.startsOn'],
    ['negative hours', { hoursPerWeek: -1 }, 'input.hoursPerWeek'],
    ['a negative planned cost', { plannedCostCents: -5 }, 'input.plannedCostCents'],
    ['an empty second goal', { goals: ['Goed doel', ''] }, 'input.goals.1'],
  ])('refuses %s with a userError on that field and changes nothing', async (_, input, field) => {
    const a = await create('repCare');
    const before = await storedRow(a.id);
    const res = await update('repCare', a.id, 1, input);
    expect(res.data?.arrangementUpdate).toEqual({ arrangement: null, userErrors: [{ code: 'INVALID_INPUT', field, message: expect.any(String) }] });
    expect(await storedRow(a.id)).toEqual(before);
  });
});

describe('arrangements: arrangementUpdate: status transitions', () => {
  const refusedTransition = async (a: ArrangementView, version: number, input: Record<string, unknown>): Promise<void> => {
    const before = await storedRow(a.id);
    const res = await update('repCare', a.id, version, input);
    expect(res.errors).toBeUndefined();
    expect(res.data?.arrangementUpdate).toEqual({
      arrangement: null,
      userErrors: [{ code: 'INVALID_TRANSITION', field: 'input.status', message: expect.any(String) }],
    });
    expect(await storedRow(a.id)).toEqual(before);
  };

  it('makes a REQUESTED arrangement ACTIVE only once it has a start date on or before today', async () => {
    const noStart = await create('repCare', { startsOn: null });
    await refusedTransition(noStart, 1, { status: 'ACTIVE' });
    const futureStart = await create('repCare', { startsOn: '2026-06-16' });
    await refusedTransition(futureStart, 1, { status: 'ACTIVE' });
    await refusedTransition(noStart, 1, { status: 'ACTIVE', startsOn: '2026-07-01' });

    const res = await update('repCare', noStart.id, 1, { status: 'ACTIVE', startsOn: TODAY });
    expect(res.data?.arrangementUpdate.userErrors).toEqual([]);
    expect(res.data?.arrangementUpdate.arrangement).toMatchObject({ status: 'ACTIVE', startsOn: TODAY, version: 2 });
    expect(await storedRow(noStart.id)).toMatchObject({ status: 'ACTIVE', starts_on: TODAY, version: 2 });
  });

  it('pauses an ACTIVE arrangement and resumes it again', async () => {
    const a = await create('repCare');
    const paused = await update('repCare', a.id, 1, { status: 'PAUSED' });
    expect(paused.data?.arrangementUpdate.arrangement).toMatchObject({ status: 'PAUSED', version: 2 });
    const resumed = await update('repCare', a.id, 2, { status: 'ACTIVE' });
    expect(resumed.data?.arrangementUpdate.arrangement).toMatchObject({ status: 'ACTIVE', version: 3 });
    expect(await storedRow(a.id)).toMatchObject({ status: 'ACTIVE', version: 3 });
  });

  it('refuses ACTIVE → REQUESTED and ending through arrangementUpdate with INVALID_TRANSITION, unchanged', async () => {
    const a = await create('repCare');
    await refusedTransition(a, 1, { status: 'REQUESTED' });
    await refusedTransition(a, 1, { status: 'ENDED' });
    const requested = await create('repCare', { startsOn: null });
    await refusedTransition(requested, 1, { status: 'PAUSED' });
    await refusedTransition(requested, 1, { status: 'ENDED' });
  });
});

describe('arrangements: arrangementUpdate: concurrent updates', () => {
  it('lets exactly one of 20 simultaneous updates with the same version through; the others get STALE_VERSION', async () => {
    const a = await create('repCare');
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => update('repCare', a.id, 1, { hoursPerWeek: i + 1 })));
    for (const res of responses) expect(res.errors).toBeUndefined();
    const winners = responses.filter((res) => res.data?.arrangementUpdate.arrangement !== null);
    const losers = responses.filter((res) => res.data?.arrangementUpdate.arrangement === null);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    for (const res of losers) expect(res.data?.arrangementUpdate.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
    const winner = winners[0]!.data!.arrangementUpdate.arrangement!;
    expect(winner.version).toBe(2);
    expect(await storedRow(a.id)).toMatchObject({ version: 2, hours_per_week: winner.hoursPerWeek });
  });
});

const END_INPUT = { endedOn: '2026-06-10', endReason: 'GOALS_ACHIEVED', goalAttainment: 'ACHIEVED' };

describe('arrangements: arrangementEnd: ending and its dates', () => {
  it('ends an arrangement with end date, reason and goal attainment, and raises the version', async () => {
    const a = await create('repCare', { startsOn: '2026-05-15' });
    const res = await end('repCare', a.id, 1, END_INPUT);
    expect(res.errors).toBeUndefined();
    expect(res.data?.arrangementEnd.userErrors).toEqual([]);
    expect(res.data?.arrangementEnd.arrangement).toMatchObject({
      status: 'ENDED',
      endedOn: '2026-06-10',
      endReason: 'GOALS_ACHIEVED',
      goalAttainment: 'ACHIEVED',
      version: 2,
    });
    expect(await storedRow(a.id)).toMatchObject({
      status: 'ENDED',
      ended_on: '2026-06-10',
      end_reason: 'GOALS_ACHIEVED',
      goal_attainment: 'ACHIEVED',
      version: 2,
    });
  });

  it.each([
    ['before the start date', '2026-05-14'],
    ['in the future', '2026-06-16'],
  ])('refuses an end date %s with a userError on input.endedOn and changes nothing', async (_, endedOn) => {
    const a = await create('repCare', { startsOn: '2026-05-15' });
    const before = await storedRow(a.id);
    const res = await end('repCare', a.id, 1, { ...END_INPUT, endedOn });
    expect(res.data?.arrangementEnd).toEqual({
      arrangement: null,
      userErrors: [{ code: 'INVALID_INPUT', field: 'input.endedOn', message: expect.any(String) }],
    });
    expect(await storedRow(a.id)).toEqual(before);
  });

  it('accepts ending on the start date itself and on today', async () => {
    const onStart = await create('repCare', { startsOn: '2026-05-15' });
    expect((await end('repCare', onStart.id, 1, { ...END_INPUT, endedOn: '2026-05-15' })).data?.arrangementEnd.arrangement?.endedOn).toBe(
      '2026-05-15',
    );
    const onToday = await create('repCare', { startsOn: '2026-05-15' });
    expect((await end('repCare', onToday.id, 1, { ...END_INPUT, endedOn: TODAY })).data?.arrangementEnd.arrangement?.endedOn).toBe(TODAY);
  });

  it('refuses ending twice with INVALID_STATE and keeps the first ending', async () => {
    const a = await create('repCare');
    expect((await end('repCare', a.id, 1, END_INPUT)).data?.arrangementEnd.userErrors).toEqual([]);
    const before = await storedRow(a.id);
    const res = await end('repCare', a.id, 2, { endedOn: TODAY, endReason: 'OTHER', goalAttainment: 'NOT_ACHIEVED' });
    expect(res.data?.arrangementEnd).toEqual({
      arrangement: null,
      userErrors: [{ code: 'INVALID_STATE', field: 'id', message: expect.any(String) }],
    });
    expect(await storedRow(a.id)).toEqual(before);
  });

  it('refuses any update of an ended arrangement with INVALID_STATE and changes nothing', async () => {
    const a = await create('repCare');
    expect((await end('repCare', a.id, 1, END_INPUT)).data?.arrangementEnd.userErrors).toEqual([]);
    const before = await storedRow(a.id);
    for (const input of [{ hoursPerWeek: 1 }, { status: 'ACTIVE' }]) {
      const res = await update('repCare', a.id, 2, input);
      expect(res.data?.arrangementUpdate).toEqual({
        arrangement: null,
        userErrors: [{ code: 'INVALID_STATE', field: 'id', message: expect.any(String) }],
      });
    }
    expect(await storedRow(a.id)).toEqual(before);
  });
});

describe('arrangements: arrangementEnd: stale versions and other actors', () => {
  it('refuses ending with a stale version, by another provider, by the regisseur or the analyst, and changes nothing', async () => {
    const a = await create('repCare');
    expect((await update('repCare', a.id, 1, { hoursPerWeek: 2 })).data?.arrangementUpdate.userErrors).toEqual([]);
    const before = await storedRow(a.id);
    const stale = await end('repCare', a.id, 1, END_INPUT);
    expect(stale.data?.arrangementEnd.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
    const foreign = await end('repWelfare', a.id, 2, END_INPUT);
    expect(foreign.data?.arrangementEnd).toEqual({
      arrangement: null,
      userErrors: [{ code: 'NOT_FOUND', field: 'id', message: expect.any(String) }],
    });
    for (const user of ['regisseur', 'analyst'] as const) {
      expect(errorCodes(await end(user, a.id, 2, END_INPUT))).toEqual(['FORBIDDEN']);
    }
    expect(await storedRow(a.id)).toEqual(before);
  });
});
