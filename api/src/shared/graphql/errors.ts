import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ForbiddenError, ServiceUnavailableError, UnauthenticatedError } from '../errors/access-errors';
import { InputError } from '../errors/input-error';

/** Codes the client may see as they are; anything else is masked. */
const PUBLIC_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
  'TOO_MANY_REQUESTS',
]);

export const INTERNAL_MESSAGE = 'Internal server error.';

/** Maps typed errors to GraphQL error codes once, for the whole API, and masks everything unexpected. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof UnauthenticatedError || original instanceof ForbiddenError || original instanceof ServiceUnavailableError) {
    return { ...base, message: original.message, extensions: { code: original.code } };
  }
  if (original instanceof InputError) {
    return { ...base, message: original.message, extensions: { code: original.code, field: original.field } };
  }
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
  if (PUBLIC_CODES.has(code)) return { ...base, extensions: { code } };
  return { ...base, message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
