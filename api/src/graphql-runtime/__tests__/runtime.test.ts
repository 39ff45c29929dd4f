import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import type { GraphqlRuntimeMode } from '../../config';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { InputError } from '../../shared/errors/input-error';
import { formatError } from '../../shared/graphql/errors';
import { graphqlRuntime } from '..';
// The id fast path asks the module list which types are Node types.
import '../../modules';

/** How often each resolver ran, per mode. */
const calls = new Map<string, number>();
const counted =
  (name: string, answer: () => unknown) =>
  (): unknown => {
    calls.set(name, (calls.get(name) ?? 0) + 1);
    return answer();
  };

/** A fresh schema per server: the jit mode prepares its schema in place. */
function sampleSchema(): GraphQLSchema {
  const item = new GraphQLObjectType({
    name: 'Item',
    fields: {
      name: { type: GraphQLString, resolve: counted('Item.name', () => 'first') },
      secret: {
        type: new GraphQLNonNull(GraphQLString),
        resolve: counted('Item.secret', () => {
          throw new ForbiddenError('Not yours.');
        }),
      },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        fine: { type: GraphQLString, resolve: counted('fine', () => 'yes') },
        broken: {
          type: GraphQLString,
          resolve: counted('broken', () => {
            throw new Error('column "x" does not exist');
          }),
        },
        badInput: {
          type: GraphQLString,
          resolve: counted('badInput', () => {
            throw new InputError('Must be a date.', 'from');
          }),
        },
        busy: {
          type: GraphQLString,
          resolve: counted('busy', () => {
            throw new GraphQLError('Too busy.', {
              extensions: { code: 'TOO_MANY_REQUESTS', http: { status: 429, headers: new HeaderMap([['retry-after', '2']]) } },
            });
          }),
        },
        item: { type: item, resolve: counted('item', () => ({})) },
      },
    }),
  });
}

interface Server {
  run(query: string): Promise<{ status: number | undefined; retryAfter: string | undefined; body: unknown }>;
  /** Answers Apollo executed itself (on graphql-js). */
  executedByApollo: number;
  /** Error lists the reporting plugin was told of. */
  reported: string[][];
}

async function serverFor(mode: GraphqlRuntimeMode): Promise<Server> {
  const state = { executedByApollo: 0, reported: [] as string[][] };
  const probe: ApolloServerPlugin = {
    requestDidStart: () =>
      Promise.resolve({
        executionDidStart: () => {
          state.executedByApollo++;
          return Promise.resolve();
        },
      }),
  };
  const reporter: ApolloServerPlugin = {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors }) => {
          // As the request log reads them: every error has extensions, and the resolver's error as originalError.
          state.reported.push(errors.map((e) => `${String(e.extensions.code)} ${e.originalError?.message ?? e.message}`));
          return Promise.resolve();
        },
      }),
  };
  const schema = sampleSchema();
  const runtime = graphqlRuntime(schema, mode, { formatError, reportErrorsTo: [reporter] });
  const server = new ApolloServer({ schema, formatError, includeStacktraceInErrorResponses: false, plugins: [probe, reporter, ...runtime] });
  await server.start();
  return Object.assign(state, {
    async run(query: string) {
      const response = await server.executeOperation({ query });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { status: response.http.status, retryAfter: response.http.headers.get('retry-after'), body: response.body.singleResult };
    },
  });
}

const FAILING = {
  'an unexpected error (masked)': '{ fine broken }',
  'a typed error (its code and message)': '{ badInput }',
  'an error with an HTTP status and header': '{ busy }',
  'a non-null field that fails (null bubbles up)': '{ fine item { name secret } }',
  'several errors at once': '{ broken badInput item { secret } }',
};

describe('the GraphQL runtime', () => {
  let jit: Server;
  let standard: Server;
  beforeAll(async () => {
    jit = await serverFor('jit');
    standard = await serverFor('standard');
  });
  beforeEach(() => calls.clear());

  it('answers a query through the compiled path in jit mode, and through Apollo on graphql-js in standard mode', async () => {
    expect((await jit.run('{ fine }')).body).toEqual({ data: { fine: 'yes' } });
    expect(jit.executedByApollo).toBe(0);
    expect((await standard.run('{ fine }')).body).toEqual({ data: { fine: 'yes' } });
    expect(standard.executedByApollo).toBe(1);
  });

  it.each(Object.entries(FAILING))('answers %s in jit mode as standard mode does, running each resolver once', async (_name, query) => {
    const before = { jit: jit.executedByApollo, reported: jit.reported.length };
    const compiled = await jit.run(query);
    const jitCalls = new Map(calls);
    calls.clear();
    const plain = await standard.run(query);

    expect(compiled).toEqual(plain);
    expect(jitCalls).toEqual(calls);
    expect([...jitCalls.values()].every((n) => n === 1)).toBe(true);
    // Not handed to graphql-js for a second run, and reported once, as Apollo reports its own.
    expect(jit.executedByApollo).toBe(before.jit);
    expect(jit.reported.slice(before.reported)).toEqual(standard.reported.slice(-1));
  });

  it('masks what is not public and keeps what is', async () => {
    const { body } = await jit.run('{ fine broken badInput }');
    expect(body).toEqual({
      data: { fine: 'yes', broken: null, badInput: null },
      errors: [
        { message: 'Internal server error.', locations: [{ line: 1, column: 8 }], path: ['broken'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        { message: 'Must be a date.', locations: [{ line: 1, column: 15 }], path: ['badInput'], extensions: { code: 'BAD_USER_INPUT', field: 'from' } },
      ],
    });
    const busy = await jit.run('{ busy }');
    expect([busy.status, busy.retryAfter]).toEqual([429, '2']);
  });

  it('refuses to prepare one schema for both modes', () => {
    const schema = sampleSchema();
    graphqlRuntime(schema, 'jit', { formatError, reportErrorsTo: [] });
    expect(() => graphqlRuntime(schema, 'standard', { formatError, reportErrorsTo: [] })).toThrow(/one schema runs in one mode/);
  });
});
