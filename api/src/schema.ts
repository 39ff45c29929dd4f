import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { moduleResolvers } from './modules';
import type { ModuleClass } from './shared/module';
import { Node } from './shared/graphql/node';
import { callFieldResolversDirectly } from './shared/graphql/direct-resolvers';
import { installFastLocalDateSerialize, resolveNodeIdsDirectly } from './shared/graphql/fast-paths';
import { installLocalDateRange } from './shared/graphql/date-range';
import { answerViolationsAsUserErrors } from './shared/graphql/mutation-violations';

/** Every module's resolvers (`modules/index.ts`). */
function resolvers(): NonEmptyArray<ModuleClass> {
  const [first, ...rest] = moduleResolvers();
  if (first === undefined) throw new Error('no module declares a resolver');
  return [first, ...rest];
}

let cached: Promise<GraphQLSchema> | null = null;

/** Built once per process: type-graphql keeps its metadata globally. */
export function getSchema(): Promise<GraphQLSchema> {
  installFastLocalDateSerialize();
  installLocalDateRange();
  cached ??= buildSchema({
    resolvers: resolvers(),
    orphanedTypes: [Node],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    emitSchemaFile: false,
  }).then((schema) => {
    // Before the id fast path, which then replaces the id resolvers with plain functions.
    callFieldResolversDirectly(schema);
    resolveNodeIdsDirectly(schema);
    answerViolationsAsUserErrors(schema);
    return schema;
  });
  return cached;
}
