import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { INTERNAL_MESSAGE, knownError } from '../../http/errors';

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

/** Maps typed errors to GraphQL error codes by the one error table (http/errors.ts), and masks everything unexpected. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const known = knownError(unwrapResolverError(error));
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (known?.shown) {
    return { ...base, message: known.message, extensions: { code: known.code, ...(known.field === null ? {} : { field: known.field }) } };
  }
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
  if (known === null && PUBLIC_CODES.has(code)) return { ...base, extensions: { code } };
  return { ...base, message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
