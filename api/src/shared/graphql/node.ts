import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay's Node: every major type has an opaque global id and can be fetched with node(id:). */
@InterfaceType('Node', {
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;
}
