import { Field, ID, InterfaceType } from 'type-graphql';

/** Resolvers tag each row they return for an abstract type with its type name, as node(id:) does. */
export const resolveByTypename = (value: { __typename?: string }): string | undefined => value.__typename;

/**
 * The abstract types that resolveByTypename answers. type-graphql wraps every resolveType in an async function;
 * the compiled executor needs them synchronous, and installs resolveByTypename itself for these.
 */
export const RESOLVED_BY_TYPENAME: ReadonlySet<string> = new Set(['Node', 'ActionSource', 'SearchResult']);

/** Relay's Node: every major type has an opaque global id and can be fetched with node(id:). */
@InterfaceType('Node', { resolveType: resolveByTypename })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;
}
