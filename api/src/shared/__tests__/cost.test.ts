import { buildSchema, Kind, parse, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { answerObjects, HEAVY_OBJECTS, operationCost } from '../graphql/cost';

const costOf = (query: string, variables: Record<string, unknown> = {}, schema?: GraphQLSchema): number => {
  const doc = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return operationCost(op, fragments, variables, schema);
};

/** graphql-armor's own count of a query (it reads page sizes written in the query only). */
const armorCostOf = (query: string): number => {
  let found = -1;
  const rule = costLimitRule({ maxCost: Number.MAX_SAFE_INTEGER, flattenFragments: true, onAccept: [(_ctx, { n }: { n: number }) => (found = n)] });
  const doc = parse(query);
  const visitor = rule({ getFragment: () => undefined } as never) as unknown as { OperationDefinition: { enter: (node: unknown) => void } };
  visitor.OperationDefinition.enter(doc.definitions[0]);
  return found;
};

const TREE = (p: string, a: string, r: string): string =>
  `{ providers(first: ${p}) { edges { node { id arrangements(first: ${a}) { edges { node { id reports(first: ${r}) { totalCount edges { node { costCents } } } } } } } } } }`;

describe('operationCost', () => {
  it.each([
    '{ me { id email } }',
    '{ arrangements(first: 100) { edges { node { id reports(first: 12) { edges { node { costCents } } } } } } }',
    TREE('10', '20', '12'),
    TREE('100', '100', '100'),
    '{ a: me { id } b: me { id } overview(period: { from: "2026-01-01", to: "2026-12-31" }) { costCents byProvider { costCents } } }',
  ])('counts a query with written page sizes as graphql-armor does: %s', (query) => {
    expect(costOf(query)).toBe(armorCostOf(query));
  });

  it('counts page sizes given as variables, which graphql-armor counts as 1', () => {
    const withVariables = `query ($p: Int, $a: Int, $r: Int) { providers(first: $p) { edges { node { id arrangements(first: $a) {
      edges { node { id reports(first: $r) { totalCount edges { node { costCents } } } } } } } } } }`;
    expect(armorCostOf(withVariables)).toBe(armorCostOf(TREE('1', '1', '1')));
    expect(costOf(withVariables, { p: 100, a: 100, r: 100 })).toBe(costOf(TREE('100', '100', '100')));
    expect(costOf(withVariables, { p: 10, a: 20, r: 12 })).toBe(costOf(TREE('10', '20', '12')));
    // The 29,700-report answer of the attack: far above the limit of 500,000.
    expect(costOf(withVariables, { p: 100, a: 100, r: 100 })).toBeGreaterThan(500_000);
  });

  it("uses a variable's default when the request leaves it out, and counts a missing or odd value as 1", () => {
    const q = `query ($n: Int = 50) { arrangements(first: $n) { edges { node { id } } } }`;
    expect(costOf(q)).toBe(costOf(`{ arrangements(first: 50) { edges { node { id } } } }`));
    expect(costOf(q, { n: 7 })).toBe(costOf(`{ arrangements(first: 7) { edges { node { id } } } }`));
    expect(costOf(`query ($n: Int) { arrangements(first: $n) { edges { node { id } } } }`)).toBe(
      costOf(`{ arrangements { edges { node { id } } } }`),
    );
    expect(costOf(`query ($n: Int) { arrangements(first: $n) { edges { node { id } } } }`, { n: 'x' })).toBe(
      costOf(`{ arrangements { edges { node { id } } } }`),
    );
  });

  it('counts fragments and inline fragments as if written out, and a fragment that spreads itself once', () => {
    const inline = `{ arrangements(first: 10) { edges { node { id status } } } }`;
    expect(costOf(`{ arrangements(first: 10) { edges { node { ... on Arrangement { id status } } } } }`)).toBe(costOf(inline));
    expect(costOf(`query { arrangements(first: 10) { edges { node { ...F } } } } fragment F on Arrangement { id status }`)).toBe(costOf(inline));
    expect(Number.isFinite(costOf(`query { me { ...F } } fragment F on User { id ...F }`))).toBe(true);
  });
});

describe('operationCost with the schema', () => {
  const schema = buildSchema(`
    type Query { providers(first: Int, after: String): ProviderConnection! me: User }
    type User { id: ID! }
    type ProviderConnection { edges: [ProviderEdge!]! }
    type ProviderEdge { node: Provider! }
    type Provider { id: ID! arrangements(first: Int): ArrangementConnection! }
    type ArrangementConnection { edges: [ArrangementEdge!]! }
    type ArrangementEdge { node: Arrangement! }
    type Arrangement { id: ID! }
  `);
  const written = `{ providers(first: 20) { edges { node { id arrangements(first: 20) { edges { node { id } } } } } } }`;

  it('counts a connection asked for without a page size, or with null, as its default page of 20', () => {
    expect(costOf(`{ providers { edges { node { id arrangements { edges { node { id } } } } } } }`, {}, schema)).toBe(costOf(written));
    expect(
      costOf(`query ($n: Int) { providers(first: $n) { edges { node { id arrangements(first: null) { edges { node { id } } } } } } }`, {}, schema),
    ).toBe(costOf(written));
    expect(costOf(`query ($n: Int) { providers(first: $n) { edges { node { id } } } }`, { n: null }, schema)).toBe(
      costOf(`{ providers(first: 20) { edges { node { id } } } }`),
    );
  });

  it('follows fragments to their type, and counts a field without a page argument once', () => {
    expect(
      costOf(
        `query { providers { ...P } } fragment P on ProviderConnection { edges { node { ... on Provider { arrangements { edges { node { id } } } } } } }`,
        {},
        schema,
      ),
    ).toBe(costOf(`{ providers(first: 20) { edges { node { arrangements(first: 20) { edges { node { id } } } } } } }`));
    expect(costOf(`{ me { id } }`, {}, schema)).toBe(costOf(`{ me { id } }`));
  });
});

describe('answerObjects: how many objects an answer can hold', () => {
  const objectsOf = (query: string, variables: Record<string, unknown> = {}): number => {
    const op = parse(query).definitions[0] as OperationDefinitionNode;
    return answerObjects(op, {}, variables);
  };

  it.each([
    ['one object', '{ me { id email } }', 1],
    ['a page of 20, with its wrappers', '{ arrangements(first: 20) { edges { node { id } } } }', 60],
    ['10 providers x 5 arrangements x 3 reports', TREE('10', '5', '3'), 630],
    ['100 arrangements with 12 reports each', '{ arrangements(first: 100) { edges { node { id reports(first: 12) { edges { node { costCents } } } } } } }', 3900],
  ])('%s: %d', (_what, query, expected) => {
    expect(objectsOf(query)).toBe(expected);
  });

  it('a modest tree is not expensive, large pages are, also when their sizes come as variables', () => {
    expect(objectsOf(TREE('10', '5', '3'))).toBeLessThan(HEAVY_OBJECTS);
    expect(objectsOf(TREE('10', '20', '12'))).toBeGreaterThanOrEqual(HEAVY_OBJECTS);
    const tree = `query ($n: Int) { providers(first: $n) { edges { node { id arrangements(first: $n) { edges { node { id } } } } } } }`;
    expect(objectsOf(tree, { n: 5 })).toBeLessThan(HEAVY_OBJECTS);
    expect(objectsOf(tree, { n: 100 })).toBeGreaterThanOrEqual(HEAVY_OBJECTS);
  });
});
