import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  defaultFieldResolver,
  execute,
  getVariableValues,
  GraphQLError,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLUnionType,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLErrorExtensions,
  type GraphQLSchema,
  type SourceLocation,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { RESOLVED_BY_TYPENAME, resolveByTypename } from './node';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** Operations left to graphql-js: mutations (rare, and compiling them buys nothing) and introspection. */
function runsOnGraphqlJs(operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return true;
  return operation.selectionSet.selections.some((s) => s.kind !== Kind.FIELD || s.name.value === '__schema' || s.name.value === '__type');
}

/**
 * graphql-jit's errors are its own kind (read-only message, no extensions object), which Apollo and graphql-armor's
 * plugins do not expect. Each becomes a graphql-js error with the same message, path, locations, original error
 * and extensions.
 */
interface JitError {
  readonly message: string;
  readonly path?: ReadonlyArray<string | number>;
  readonly locations?: ReadonlyArray<SourceLocation>;
  readonly originalError?: Error | null;
  readonly extensions?: GraphQLErrorExtensions;
}

function asGraphQLError(error: JitError): GraphQLError {
  const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  // graphql-js derives locations from AST nodes, which graphql-jit does not keep; its computed ones are the same.
  if (error.locations)
    Object.defineProperty(converted, 'locations', { value: error.locations, enumerable: true, writable: true, configurable: true });
  return converted;
}

/** Every abstract type must be answered synchronously: graphql-jit does not await resolveType. */
function makeTypeResolutionSynchronous(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType) || type.name.startsWith('__')) continue;
    if (!RESOLVED_BY_TYPENAME.has(type.name)) {
      throw new Error(`abstract type ${type.name} has no synchronous type resolver: add it to RESOLVED_BY_TYPENAME (and tag its rows)`);
    }
    type.resolveType = resolveByTypename;
  }
}

/**
 * graphql-jit reads a field without a resolver as a plain property; graphql-js calls it when it is a function.
 * Connections rely on that (totalCount is a thunk, run only when asked for), so those fields get graphql-js's default
 * resolver and both read them alike. No other field holds a function, and every other field without a resolver
 * stays a property read: a resolver call costs a resolve-info object and a promise check per field per row, which
 * was a fifth of a nested list's allocations.
 */
function keepDefaultResolution(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    const totalCount = type.getFields().totalCount;
    if (totalCount) totalCount.resolve ??= defaultFieldResolver;
  }
}

/**
 * Queries run as code compiled once per document (graphql-jit) instead of graphql-js's interpreter, which walks the
 * document and coerces arguments again for every field of every row: about a third of the CPU of a nested list.
 * Apollo Server takes an executor only from a gateway, so this is one that hands over our schema and executes.
 * Parsing, validation, plugins, error formatting and the HTTP answer stay Apollo's. Variables are coerced by
 * graphql-js first, so that a wrong variable gives graphql-js's own error.
 */
export function compiledExecutionGateway(schema: GraphQLSchema): Gateway {
  makeTypeResolutionSynchronous(schema);
  keepDefaultResolution(schema);
  // Apollo keeps one parsed document per query text, so the same DocumentNode comes back for the same query.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const key = operationName ?? '';
    if (!byName.has(key)) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      // What graphql-jit cannot compile runs on graphql-js.
      byName.set(key, isCompiledQuery(result) ? result : null);
    }
    return byName.get(key) ?? null;
  };

  const executor: Executor = async (requestContext) => {
    const { document, operation, request, context } = requestContext;
    const variableValues = request.variables ?? {};
    const onGraphqlJs = (): Promise<ExecutionResult> | ExecutionResult =>
      execute({ schema, document, contextValue: context, variableValues, operationName: request.operationName });
    if (runsOnGraphqlJs(operation)) return onGraphqlJs();
    // The same check and errors as graphql-js's execute (which stops at 50 variable errors).
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const query = compiledFor(document, request.operationName ?? null);
    if (!query) return onGraphqlJs();
    const result = await query.query(undefined, context, variableValues);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      // Apollo reads the schema from here; the SDL would only feed Apollo's schema reporting, which is off.
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
