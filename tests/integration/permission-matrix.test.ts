import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';

/**
 * Every root field and mutation, tried by every role. The expected outcome lives in this one table;
 * a field in the schema without an entry here fails the test, so nothing new ships without a decision.
 */
type Actor = 'anonymous' | FixtureUser;
type Outcome = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const ACTORS: Actor[] = ['anonymous', 'regisseur', 'analyst', 'admin', 'repCare', 'repWelfare'];

interface Case {
  query: (t: TestApp) => { query: string; variables?: Record<string, unknown> };
  /** Outcome per actor; anonymous is always UNAUTHENTICATED unless given. */
  expect: Partial<Record<Actor, Outcome>>;
}

const ALL_READ: Partial<Record<Actor, Outcome>> = { regisseur: 'ok', analyst: 'ok', admin: 'ok', repCare: 'ok', repWelfare: 'ok' };
const ONLY = (...who: Actor[]): Partial<Record<Actor, Outcome>> =>
  Object.fromEntries(ACTORS.filter((a) => a !== 'anonymous').map((a) => [a, who.includes(a) ? 'ok' : 'FORBIDDEN']));

const arrangementInput = {
  clientKey: 'K-MATRIX',
  productCategory: 'BEGELEIDING',
  form: 'INDIVIDUAL',
  requestedOn: '2026-05-01',
  hoursPerWeek: 2,
  plannedCostCents: 1000,
};

const MATRIX: Record<string, Case> = {
  'Query.me': { query: () => ({ query: '{ me { email } }' }), expect: ALL_READ },
  'Query.node': {
    query: (t) => ({ query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: gid('Provider', t.fixture.providers.care) } }),
    expect: ALL_READ,
  },
  'Query.providers': { query: () => ({ query: '{ providers { totalCount } }' }), expect: ALL_READ },
  'Query.convenants': { query: () => ({ query: '{ convenants { totalCount } }' }), expect: ALL_READ },
  'Query.arrangements': { query: () => ({ query: '{ arrangements { totalCount } }' }), expect: ALL_READ },
  'Query.opgaven': { query: () => ({ query: '{ opgaven { totalCount } }' }), expect: ALL_READ },
  'Query.opgaveteams': { query: () => ({ query: '{ opgaveteams { totalCount } }' }), expect: ALL_READ },
  'Query.auditTrail': {
    query: (t) => ({
      query: 'query ($id: ID!) { auditTrail(entityId: $id) { totalCount } }',
      variables: { id: gid('Provider', t.fixture.providers.care) },
    }),
    expect: ONLY('regisseur', 'admin'),
  },
  'Mutation.login': {
    query: () => ({ query: 'mutation { login(input: { email: "x@y.example", password: "z" }) { token } }' }),
    expect: { anonymous: 'ok', ...ALL_READ },
  },
  'Mutation.convenantCreate': {
    query: (t) => ({
      query: 'mutation ($input: ConvenantInput!) { convenantCreate(input: $input) { userErrors { code } } }',
      variables: {
        input: {
          title: 'Matrix',
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
          budgetCents: 100,
          partyIds: [gid('Provider', t.fixture.providers.care)],
        },
      },
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.convenantOpenForSigning': {
    query: () => ({ query: `mutation { convenantOpenForSigning(id: "${gid('Convenant', 999999)}", version: 1) { userErrors { code } } }` }),
    expect: ONLY('regisseur'),
  },
  'Mutation.convenantSign': {
    query: () => ({ query: `mutation { convenantSign(id: "${gid('Convenant', 999999)}") { userErrors { code } } }` }),
    expect: ONLY('regisseur', 'repCare', 'repWelfare'),
  },
  'Mutation.arrangementCreate': {
    query: () => ({
      query: 'mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { userErrors { code } } }',
      variables: { input: arrangementInput },
    }),
    expect: ONLY('repCare', 'repWelfare'),
  },
  'Mutation.arrangementUpdate': {
    query: () => ({ query: `mutation { arrangementUpdate(id: "${gid('Arrangement', 999999)}", version: 1, input: {}) { userErrors { code } } }` }),
    expect: ONLY('repCare', 'repWelfare'),
  },
  'Mutation.arrangementEnd': {
    query: () => ({
      query: `mutation { arrangementEnd(id: "${gid('Arrangement', 999999)}", version: 1, input: { endedOn: "2026-06-01", endReason: OTHER, goalAttainment: PARTLY }) { userErrors { code } } }`,
    }),
    expect: ONLY('repCare', 'repWelfare'),
  },
  'Mutation.arrangementReportAdd': {
    query: () => ({
      query: `mutation { arrangementReportAdd(arrangementId: "${gid('Arrangement', 999999)}", input: { periodStart: "2026-05-01", periodEnd: "2026-05-31", hoursDelivered: 1, costCents: 1 }) { userErrors { code } } }`,
    }),
    expect: ONLY('repCare', 'repWelfare'),
  },
  'Mutation.opgaveCreate': {
    query: () => ({ query: 'mutation { opgaveCreate(input: { title: "Matrix", area: "Centrum", ownershipRung: 2 }) { userErrors { code } } }' }),
    expect: ONLY('regisseur'),
  },
  'Mutation.opgaveUpdate': {
    query: () => ({ query: `mutation { opgaveUpdate(id: "${gid('Opgave', 999999)}", version: 1, input: {}) { userErrors { code } } }` }),
    expect: ONLY('regisseur'),
  },
  'Mutation.opgaveteamCreate': {
    query: () => ({
      query: `mutation { opgaveteamCreate(input: { opgaveId: "${gid('Opgave', 999999)}", procesbegeleider: "P" }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.opgaveteamMembersAdd': {
    query: () => ({
      query: `mutation { opgaveteamMembersAdd(input: { opgaveteamId: "${gid('Opgaveteam', 999999)}", members: [{ name: "N", kind: RESIDENT }] }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
};

const TABLES = [
  'convenant',
  'convenant_party',
  'arrangement',
  'arrangement_report',
  'opgave',
  'opgaveteam',
  'opgaveteam_member',
  'app_user',
  'provider',
];

describe('permission matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('has an entry for every root field and mutation in the schema', () => {
    const sdl = readFileSync(path.join(__dirname, '..', '..', 'packages', 'schema', 'schema.graphql'), 'utf8');
    const schema = buildSchema(sdl);
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`),
    ].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(fields);
  });

  const snapshot = async (): Promise<number[]> => Promise.all(TABLES.map((table) => t.count(table)));

  for (const [field, entry] of Object.entries(MATRIX)) {
    for (const actor of ACTORS) {
      const expected: Outcome = entry.expect[actor] ?? 'UNAUTHENTICATED';
      it(`${field} by ${actor}: ${expected}`, async () => {
        const { query, variables } = entry.query(t);
        const token = actor === 'anonymous' ? null : await t.login(actor);
        const before = await snapshot();
        const res: GraphQLResponse<unknown> = await t.gql(query, variables, token);
        if (expected === 'ok') {
          expect(errorCodes(res)).toEqual([]);
        } else {
          expect(errorCodes(res)).toEqual([expected]);
          expect(await snapshot()).toEqual(before);
        }
      });
    }
  }
});
