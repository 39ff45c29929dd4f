import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { defineProjection } from '../projection';

const items = defineProjection({
  columns: { id: 'id', ownerId: 'owner_id', title: 'title', secretKey: 'secret_key', createdAt: 'created_at' },
  always: ['id', 'ownerId'],
  fields: { pseudonym: ['secretKey'], owner: [] },
});

/** The resolve info of the document's first root field, as a resolver of that connection field would get it. */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const field = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe('defineProjection', () => {
  it('selects the always-columns plus what the selected node fields read, in declaration order', () => {
    const p = items.forConnection(infoOf('{ items { edges { cursor node { title id } } pageInfo { hasNextPage } } }'));
    expect(p.key).toBe('id,ownerId,title');
    expect(p.select('x')).toBe('x.id, x.owner_id AS "ownerId", x.title');
  });

  it('follows named and inline fragments and reads the columns a resolved field declares', () => {
    const p = items.forConnection(
      infoOf(`{ items { edges { node { ...More ... on Item { owner { name } } __typename } } } }
        fragment More on Item { pseudonym }`),
    );
    expect(p.key).toBe('id,ownerId,secretKey');
  });

  it('gives every column for a field it does not know, and for no selection at all the always-columns', () => {
    expect(items.forConnection(infoOf('{ items { edges { node { title somethingNew } } } }')).key).toBe('*');
    expect(items.all.key).toBe('*');
    expect(items.all.select('x')).toBe('x.id, x.owner_id AS "ownerId", x.title, x.secret_key AS "secretKey", x.created_at AS "createdAt"');
    expect(items.forConnection(infoOf('{ items { pageInfo { hasNextPage } } }')).key).toBe('id,ownerId');
  });

  it('answers the same field node with the same projection, and equal column sets with one object', () => {
    const info = infoOf('{ items { edges { node { title } } } }');
    const first = items.forConnection(info);
    expect(items.forConnection(info)).toBe(first);
    expect(items.forConnection(infoOf('{ items { edges { node { id title } } } }'))).toBe(first);
  });
});
