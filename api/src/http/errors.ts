import type { ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ForbiddenError, ServiceUnavailableError, UnauthenticatedError } from '../shared/errors/access-errors';
import { InputError } from '../shared/errors/input-error';
import { RequestEndedError } from '../db/request-db';
import { challengeOf } from './bearer';
import type { Logger } from '../shared/logger';
import { errorBody, sendJson } from './json-body';

/**
 * The one table of the errors the API expects: their HTTP status, what the client is told, and how they are logged
 * ('none' and the others are not faults; anything not in the table is one, logged as an error and masked).
 * GraphQL's error formatter and logging, the GraphQL context and every route answer from it.
 */
type ErrorClass = abstract new (...args: never[]) => Error;

interface ErrorRow {
  readonly type: ErrorClass;
  readonly status: number;
  /** Shown to the client with its code and message; a hidden one is answered as an internal error. */
  readonly shown: boolean;
  readonly log: { level: 'debug' | 'warn'; message: string } | null;
  readonly headers?: (error: Error) => Record<string, string>;
}

export const ERROR_TABLE: readonly ErrorRow[] = [
  {
    type: UnauthenticatedError,
    status: 401,
    shown: true,
    log: null,
    headers: (error) => ({ 'www-authenticate': challengeOf(error) }),
  },
  { type: ForbiddenError, status: 403, shown: true, log: null },
  { type: InputError, status: 400, shown: true, log: null },
  { type: ServiceUnavailableError, status: 503, shown: true, log: { level: 'warn', message: 'database unavailable' } },
  // Its client went away: nobody to answer, nothing wrong.
  { type: RequestEndedError, status: 500, shown: false, log: { level: 'debug', message: 'request ended before its resolvers' } },
];

/** An expected error as the client gets it, and how it is logged. */
export interface KnownError {
  readonly status: number;
  readonly shown: boolean;
  readonly code: string;
  readonly message: string;
  readonly field: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly log: ErrorRow['log'];
}

/** The table's answer for an error, or null for a fault (anything unexpected). */
export function knownError(error: unknown): KnownError | null {
  if (!(error instanceof Error)) return null;
  const row = ERROR_TABLE.find((r) => error instanceof r.type);
  if (row === undefined) return null;
  const { code, field } = error as { code?: unknown; field?: unknown };
  return {
    status: row.status,
    shown: row.shown,
    code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR',
    message: error.message,
    field: typeof field === 'string' ? field : null,
    headers: row.headers?.(error) ?? {},
    log: row.log,
  };
}

/** Answers a known error on a plain HTTP route: its status, headers and body. */
export function sendKnownError(res: ServerResponse, error: KnownError): void {
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  sendJson(res, error.status, errorBody(error.code, error.message, error.field));
}

/**
 * An error thrown where Apollo answers it before execution (the context, a plugin): a known, shown one as a
 * GraphQLError with its status and headers (Apollo would answer it with 500), anything else as it is.
 */
export function graphqlRefusal(error: unknown): unknown {
  const known = knownError(error);
  if (!known?.shown) return error;
  return new GraphQLError(known.message, {
    extensions: { code: known.code, http: { status: known.status, headers: new HeaderMap(Object.entries(known.headers)) } },
  });
}

/**
 * A download route's failure: an expected error answered by the table, a fault logged as "`what` failed"; a download
 * that broke off mid-way (its headers sent) is cut off and logged as "`what` broke off".
 */
export function answerDownloadFailure(res: ServerResponse, requestId: string, error: unknown, logger: Logger, what: string): void {
  if (res.headersSent) {
    logger.error(`${what} broke off`, { requestId, error: error instanceof Error ? error.message : String(error) });
    res.destroy();
    return;
  }
  const known = knownError(error);
  if (known?.log) logger[known.log.level](known.log.message, { requestId });
  if (known?.shown) sendKnownError(res, known);
  else sendFault(res, requestId, error, logger, `${what} failed`);
}

/** What a client learns of a fault. */
export const INTERNAL_MESSAGE = 'Internal server error.';

/** The message of a fault, with the id to quote. */
export function internalMessage(requestId: string): string {
  return `${INTERNAL_MESSAGE} Quote request id ${requestId} when reporting this.`;
}

/** A fault: logged with the request id, and answered with only that id. */
export function sendFault(res: ServerResponse, requestId: string, error: unknown, logger: Logger, what = 'http error'): void {
  logger.error(what, { requestId, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  sendJson(res, 500, errorBody('INTERNAL_SERVER_ERROR', internalMessage(requestId)));
}
