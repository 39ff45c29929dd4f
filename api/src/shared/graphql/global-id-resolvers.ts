import { FieldResolver, getMetadataStorage, ID, Resolver, Root } from 'type-graphql';
import { nodeSources } from '../../modules/registry';
import type { ModuleClass } from '../module';
import { toGlobalId, type NodeType } from './global-id';

let made: readonly ModuleClass[] | undefined;

/**
 * The `id` field of every Node type the modules declare, as its global id: one resolver per type, made from the
 * declarations, so no module writes it. Made once: type-graphql keeps resolver metadata for the life of the process.
 */
export function globalIdResolvers(): readonly ModuleClass[] {
  if (made !== undefined) return made;
  const objectTypes = new Set<unknown>(getMetadataStorage().objectTypes.map((t) => t.target));
  made = [...nodeSources()]
    // A node type without a GraphQL type (the municipality) has a global id for the audit trail only.
    .filter(([, source]) => objectTypes.has(source.entity))
    .map(([name, source]) => globalIdResolver(name as NodeType, source.entity));
  return made;
}

function globalIdResolver(type: NodeType, entity: ModuleClass): ModuleClass {
  @Resolver(() => entity)
  class GlobalIdResolver {
    @FieldResolver(() => ID)
    id(@Root() row: { id: number }): string {
      return toGlobalId(type, row.id);
    }
  }
  return GlobalIdResolver;
}
