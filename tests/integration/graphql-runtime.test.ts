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
});
