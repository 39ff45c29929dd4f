import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GraphQLObjectType, parse, validate, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { LocalDateResolver } from 'graphql-scalars';
import { findRepoRoot } from '../../config';
import { getSchema } from '../../schema';
import { printSchemaFile } from '../../schema-file';
import { formatError } from '../../shared/graphql/errors';
import { graphqlRuntime } from '..';

const resolverOf = (schema: GraphQLSchema, type: string, field: string): unknown => {
  const named = schema.getType(type);
  if (!(named instanceof GraphQLObjectType)) throw new Error(`no object type ${type}`);
  return named.getFields()[field]?.resolve;
};

/** The shapes the web client and the benchmark ask most: a node by id, nested pages, a union, an interface list. */
const QUERIES = {
  'an arrangement by id with its provider': `query ($id: ID!) { node(id: $id) { id ... on Arrangement { status startsOn provider { id name } } } }`,
  'providers × arrangements × reports': `{ providers(first: 10) { edges { node { id name arrangements(first: 5) { totalCount edges { node { id
      plannedCostCents reports(first: 3) { edges { node { id periodStart periodEnd costCents } } } } } } } } } }`,
  'actions with their source (a union)': `{ actions(first: 5) { edges { node { id title source { __typename ... on Overleg { id } ... on Atelier { id } } } } } }`,
};

describe('the app schema on the jit runtime', () => {
  let schema: GraphQLSchema;
  const before = { providerArrangements: undefined as unknown, arrangementId: undefined as unknown, serialize: LocalDateResolver.serialize };

  beforeAll(async () => {
    schema = await getSchema();
    before.providerArrangements = resolverOf(schema, 'Provider', 'arrangements');
    before.arrangementId = resolverOf(schema, 'Arrangement', 'id');
    expect(graphqlRuntime(schema, 'jit', { formatError, reportErrorsTo: [] })).toHaveLength(1);
  });

  it('calls field resolvers and Node ids directly, and serializes LocalDate the fast way', () => {
    expect(resolverOf(schema, 'Provider', 'arrangements')).not.toBe(before.providerArrangements);
    expect(resolverOf(schema, 'Arrangement', 'id')).not.toBe(before.arrangementId);
    expect(LocalDateResolver.serialize).not.toBe(before.serialize);
  });

  it.each(Object.entries(QUERIES))('compiles %s (else it would silently run on graphql-js)', (_name, query) => {
    const document = parse(query);
    expect(validate(schema, document)).toEqual([]);
    expect(isCompiledQuery(compileQuery(schema, document))).toBe(true);
  });

  // schema-file.test.ts checks the schema as standard mode runs it (unprepared).
  it('prints the committed schema file after preparing it', async () => {
    const committed = await readFile(path.join(findRepoRoot(), 'packages', 'schema', 'schema.graphql'), 'utf8');
    expect(await printSchemaFile()).toBe(committed);
  });
});
