import { GraphQLInterfaceType } from 'graphql';
import { getSchema } from '../../api/src/schema';
import { resolveByTypename } from '../../api/src/shared/graphql/node';
import { gid, startTestApp, type TestApp } from '../support/test-app';

/** The suite runs twice (npm test: jit, then npm run test:standard); each run must really be on its runtime. */
describe('the GraphQL runtime of this run', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is the one GRAPHQL_RUNTIME names (jit unless set)', async () => {
    const node = (await getSchema()).getType('Node');
    // Only the compiled path needs synchronous type resolution; type-graphql's own is asynchronous.
    const compiled = node instanceof GraphQLInterfaceType && node.resolveType === resolveByTypename;
    expect(compiled ? 'jit' : 'standard').toBe(process.env.GRAPHQL_RUNTIME ?? 'jit');
  });

  it('answers a query with an error the same way in either runtime', async () => {
    const rep = await t.as('repCare');
    // The audit trail is not a representative's: FORBIDDEN, and its non-null connection takes the whole answer with it.
    const res = await rep(`query ($id: ID!) { providers(first: 1) { edges { node { id } } } auditTrail(entityId: $id) { edges { node { operation } } } }`, {
      id: gid('Provider', t.fixture.providers.care),
    });
    expect(res).toEqual({
      status: 200,
      data: null,
      errors: [
        {
          message: 'You are not allowed to do this.',
          locations: [{ line: 1, column: 66 }],
          path: ['auditTrail'],
          extensions: { code: 'FORBIDDEN', requestId: expect.any(String) },
        },
      ],
    });
  });

  it("runs a mutation's root fields one after another, each seeing what the one before wrote", async () => {
    const rep = await t.as('repCare');
    const made = await rep(`mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id version } userErrors { code } } }`, {
      input: { clientKey: 'K-SERIAL', productCategory: 'BEGELEIDING', form: 'INDIVIDUAL', requestedOn: '2026-05-01', hoursPerWeek: 4, plannedCostCents: 1000 },
    });
    const { id } = (made.data as { arrangementCreate: { arrangement: { id: string } } }).arrangementCreate.arrangement;
    // The second field's version is the one the first writes: run side by side, it would meet a stale version.
    const res = await rep(
      `mutation ($id: ID!) {
        first: arrangementUpdate(id: $id, version: 1, input: { hoursPerWeek: 5 }) { arrangement { version hoursPerWeek } userErrors { code } }
        second: arrangementUpdate(id: $id, version: 2, input: { hoursPerWeek: 6 }) { arrangement { version hoursPerWeek } userErrors { code } }
      }`,
      { id },
    );
    expect(res.data).toEqual({
      first: { arrangement: { version: 2, hoursPerWeek: 5 }, userErrors: [] },
      second: { arrangement: { version: 3, hoursPerWeek: 6 }, userErrors: [] },
    });
  });
});
