import type { IncomingMessage } from 'node:http';
import Negotiator from 'negotiator';

/**
 * The two media types of GraphQL over HTTP and the status each gives a request error (a document that does not parse
 * or validate, or variables that do not fit): `application/graphql-response+json` says so with 400, while a client
 * that asked for plain `application/json` (or sent no Accept header) gets 200, as the spec has it for legacy clients.
 */
export const APPLICATION_JSON = 'application/json; charset=utf-8';
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';

/** Error codes of a request that cannot be executed as sent. */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/** The media type Apollo Server picks for an answer (its order of preference), for answers given before it runs. */
export function responseMediaType(req: IncomingMessage): string {
  const accept = req.headers.accept;
  if (accept === undefined || accept === '') return APPLICATION_JSON;
  return new Negotiator({ headers: { accept } }).mediaType([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON]) ?? APPLICATION_JSON;
}

/** The status of a request error, by the media type of its answer. */
export function requestErrorStatus(mediaType: string): number {
  return mediaType.startsWith('application/json') ? 200 : 400;
}

/**
 * Apollo answers request errors with 400 whatever the client accepts; as `application/json` they become 200.
 * Only a 400 is looked into, so a normal answer costs nothing.
 */
export function statusForAnswer(status: number, contentType: string | undefined, body: string): number {
  if (status !== 400 || contentType === undefined || !contentType.startsWith('application/json')) return status;
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    const errors = parsed.errors ?? [];
    const requestErrors =
      errors.length > 0 && errors.every((e) => typeof e.extensions?.code === 'string' && REQUEST_ERROR_CODES.has(e.extensions.code));
    return requestErrors && parsed.data === undefined ? 200 : status;
  } catch {
    return status;
  }
}
