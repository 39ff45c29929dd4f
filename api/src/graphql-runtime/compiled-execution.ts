import { HeaderMap, type ApolloServerPlugin, type BaseContext, type GraphQLRequestListener } from '@apollo/server';
import {
  defaultFieldResolver,
  getVariableValues,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLUnionType,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { RESOLVED_BY_TYPENAME, resolveByTypename } from '../shared/graphql/node';
import { asGraphQLError, formatCompiledErrors, reportCompiledErrors, type ErrorHandling } from './compiled-errors';

/**
 * Operations left to graphql-js: introspection (and subscriptions, which the schema has none of). Mutations run
 * compiled too (graphql-jit runs their root fields one after another, as graphql-js does): a write's payload is
 * shaped as a query's answer is, without graphql-js walking the document again for every field.
 */
function runsOnGraphqlJs(operation: OperationDefinitionNode): boolean {
  if (operation.operation === OperationTypeNode.SUBSCRIPTION) return true;
  return operation.selectionSet.selections.some((s) => s.kind !== Kind.FIELD || s.name.value === '__schema' || s.name.value === '__type');
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

/** Read only (merged into Apollo's own response head): the compiled path sets no status and no headers. */
const NO_HEADERS = new HeaderMap();

/**
 * Queries run as code compiled once per document (graphql-jit) instead of graphql-js's interpreter, which walks the
 * document and coerces arguments again for every field of every row: about a third of the CPU of a nested list.
 * The hook is Apollo Server's responseForOperation, after parsing, validation and the operation's resolution, so
 * every plugin still sees the request as before. An answer with errors is reported and formatted here as Apollo
 * reports and formats those of an answer it executes (compiled-errors.ts), so its resolvers run once; it used to go
 * to graphql-js for a second run. Wrong variables are left to Apollo, which refuses them before any resolver runs.
 * Apollo's gateway executor hook did the same but built a request context for it with accessor closures on every
 * request; old-generation objects then pointed at the young request, and every scavenge kept and promoted finished
 * requests (1.8 MB per scavenge, 3 ms pauses, a full collection every second under load).
 */
export function compiledExecutionPlugin<TContext extends BaseContext>(
  schema: GraphQLSchema,
  errorHandling: ErrorHandling<TContext>,
): ApolloServerPlugin<TContext> {
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

  // One listener for every request: it keeps nothing of its own.
  const listener: GraphQLRequestListener<TContext> = {
    async responseForOperation(requestContext) {
      const { document, operation, request, contextValue } = requestContext;
      if (runsOnGraphqlJs(operation)) return null;
      const variableValues = request.variables ?? {};
      if (getVariableValues(schema, operation.variableDefinitions ?? [], variableValues, { maxErrors: 1 }).errors) return null;
      const query = compiledFor(document, request.operationName ?? null);
      if (!query) return null;
      const result = await query.query(undefined, contextValue, variableValues);
      if (!result.errors?.length) return { http: { headers: NO_HEADERS }, body: { kind: 'single', singleResult: { data: result.data } } };
      const errors = result.errors.map(asGraphQLError);
      await reportCompiledErrors(requestContext, errors, errorHandling.reportErrorsTo);
      const { formatted, http } = formatCompiledErrors(errors, errorHandling.formatError);
      return { http, body: { kind: 'single', singleResult: { data: result.data, errors: formatted } } };
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}
