import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { moduleResolvers } from './modules';
import type { ModuleClass } from './shared/module';
import { Node } from './shared/graphql/node';
import { globalIdResolvers } from './shared/graphql/global-id-resolvers';
import { installLocalDateRange } from './shared/graphql/date-range';
import { answerViolationsAsUserErrors } from './shared/graphql/mutation-violations';

/** Every module's resolvers (`modules/index.ts`), and the `id` of every Node type they declare. */
function resolvers(): NonEmptyArray<ModuleClass> {
  const [first, ...rest] = [...moduleResolvers(), ...globalIdResolvers()];
  if (first === undefined) throw new Error('no module declares a resolver');
  return [first, ...rest];
}

let cached: Promise<GraphQLSchema> | null = null;

/**
 * Built once per process: type-graphql keeps its metadata globally. What is behaviour is applied here; the runtime
 * (graphql-runtime/, GRAPHQL_RUNTIME) may then make it faster, never different.
 */
export function getSchema(): Promise<GraphQLSchema> {
  installLocalDateRange();
  cached ??= buildSchema({
    resolvers: resolvers(),
    orphanedTypes: [Node],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    emitSchemaFile: false,
  }).then((schema) => {
    answerViolationsAsUserErrors(schema);
    return schema;
  });
  return cached;
}
