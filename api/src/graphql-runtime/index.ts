import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { GraphqlRuntimeMode } from '../config';
import { compiledExecutionPlugin } from './compiled-execution';
import type { ErrorHandling } from './compiled-errors';
import { answeringViolations } from '../shared/graphql/mutation-violations';
import { callResolversDirectly } from './direct-resolvers';
import { installFastLocalDateSerialize, resolveNodeIdsDirectly } from './fast-paths';

export type { ErrorHandling } from './compiled-errors';

/** The mode each schema was prepared for: the jit mode changes the schema's resolvers in place. */
const preparedFor = new WeakMap<GraphQLSchema, GraphqlRuntimeMode>();

/**
 * How GraphQL executes, chosen by GRAPHQL_RUNTIME. Everything here is speed only; what is behaviour (answers,
 * errors, limits) is in the schema and the other plugins, and is the same in both modes.
 * - `standard`: plain type-graphql resolvers on graphql-js, through Apollo's own execution. Nothing changes.
 * - `jit` (default): the schema's field resolvers and mutations are called without type-graphql's copying
 *   wrapper (direct-resolvers.ts), Node ids and LocalDate values take a fast path (fast-paths.ts; this replaces
 *   graphql-scalars' LocalDate serializer process-wide), and queries run as compiled code (compiled-execution.ts).
 * Projections (projection.ts) are in both modes: loaders choose their columns from the query, whoever executes it.
 * Prepares `schema` in place and returns the Apollo plugins of the mode; a schema runs in one mode only.
 */
export function graphqlRuntime<TContext extends BaseContext>(
  schema: GraphQLSchema,
  mode: GraphqlRuntimeMode,
  errorHandling: ErrorHandling<TContext>,
): ApolloServerPlugin<TContext>[] {
  const prepared = preparedFor.get(schema);
  if (prepared !== undefined && prepared !== mode) {
    throw new Error(`This schema was prepared for the ${prepared} GraphQL runtime; one schema runs in one mode (GRAPHQL_RUNTIME).`);
  }
  if (mode === 'standard') {
    preparedFor.set(schema, mode);
    return [];
  }
  if (prepared === undefined) {
    installFastLocalDateSerialize();
    // Before the id fast path, which then replaces the id resolvers with plain functions.
    callResolversDirectly(schema, answeringViolations);
    resolveNodeIdsDirectly(schema);
    preparedFor.set(schema, mode);
  }
  return [compiledExecutionPlugin(schema, errorHandling)];
}
