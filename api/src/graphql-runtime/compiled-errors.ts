import { HeaderMap, type BaseContext, type GraphQLRequestContext, type ApolloServerPlugin, type HTTPGraphQLHead } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError, type SourceLocation } from 'graphql';

/** What the server does with the errors of an answer it executes itself, for the compiled path to do the same. */
export interface ErrorHandling<TContext extends BaseContext> {
  /** The server's own formatError. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /**
   * Plugins that act on errors (didEncounterErrors; e.g. the log of unexpected errors). Apollo calls that hook only for
   * answers it executes, so the compiled path asks these plugins for a listener when its answer has errors, and
   * tells it, as Apollo would. Their requestDidStart must have no effects of its own.
   */
  reportErrorsTo: readonly ApolloServerPlugin<TContext>[];
}

/**
 * An error as graphql-jit makes it: graphql-js's prototype (so `instanceof GraphQLError` holds), but built without
 * its constructor: no nodes or source, and no extensions unless the resolver's error had some.
 */
interface CompiledError {
  readonly message: string;
  readonly locations?: readonly SourceLocation[];
  readonly path?: readonly (string | number)[];
  readonly originalError?: Error | null;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * The error as graphql-js would have made it (extensions always present, the resolver's error as originalError), so
 * that plugins and formatError read it as any other. graphql-js computes locations from the nodes, which graphql-jit
 * does not keep; it keeps the locations themselves, and those are carried over.
 */
export function asGraphQLError(error: GraphQLError): GraphQLError {
  const compiled: CompiledError = error;
  const normalized = new GraphQLError(compiled.message, {
    path: compiled.path,
    originalError: compiled.originalError ?? undefined,
    extensions: compiled.extensions,
  });
  return compiled.locations ? Object.assign(normalized, { locations: compiled.locations }) : normalized;
}

const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';

function isPartialHead(value: unknown): value is Partial<HTTPGraphQLHead> {
  if (typeof value !== 'object' || value === null) return false;
  const head = value as Record<string, unknown>;
  return (!('status' in head) || typeof head.status === 'number') && (!('headers' in head) || head.headers instanceof Map);
}

/**
 * The errors formatted as Apollo formats those of an answer it executes (its normalizeAndFormatErrors, which it does
 * not export): the code defaults to INTERNAL_SERVER_ERROR, an `http` extension goes into the response head, then
 * the server's formatError; an error in formatting is answered as a plain internal error.
 */
export function formatCompiledErrors(
  errors: readonly GraphQLError[],
  formatError: ErrorHandling<BaseContext>['formatError'],
): { formatted: GraphQLFormattedError[]; http: HTTPGraphQLHead } {
  const http: HTTPGraphQLHead = { status: undefined, headers: new HeaderMap() };
  const formatted = errors.map((error): GraphQLFormattedError => {
    try {
      const extensions: Record<string, unknown> = { ...error.extensions, code: error.extensions.code ?? INTERNAL_SERVER_ERROR };
      if (isPartialHead(extensions.http)) {
        if (extensions.http.status !== undefined) http.status = extensions.http.status;
        for (const [name, value] of extensions.http.headers ?? []) http.headers.set(name, value);
        delete extensions.http;
      }
      return formatError({ ...error.toJSON(), extensions }, error);
    } catch {
      return { message: 'Internal server error', extensions: { code: INTERNAL_SERVER_ERROR } };
    }
  });
  return { formatted, http };
}

/** Tells the plugins of `handling` about the errors, as Apollo's didEncounterErrors does (which also records them on the request). */
export async function reportCompiledErrors<TContext extends BaseContext>(
  requestContext: GraphQLRequestContext<TContext>,
  errors: readonly GraphQLError[],
  plugins: ErrorHandling<TContext>['reportErrorsTo'],
): Promise<void> {
  const withErrors = Object.assign(requestContext, { errors });
  for (const plugin of plugins) {
    const listener = await plugin.requestDidStart?.(withErrors);
    await listener?.didEncounterErrors?.(withErrors);
  }
}
