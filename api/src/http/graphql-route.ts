import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Clock } from '../clock';
import { createContext, type Context } from '../context';
import type { ServiceSettings } from '../services';
import type { RequestDb } from '../db/request-db';
import { parse } from 'graphql';
import type { Database } from '../db/database';
import { LSN_HEADER, operationKindOf, type OperationKind, type ReadRouter } from '../db/replica';
import type { Viewer } from '../shared/auth/viewer';
import { exceedsTokenLimit, LIMITS } from '../shared/graphql/armor';
import { authenticate, openRequestDb, touchOnPrimary, type AuthDeps } from './authenticate';
import { sessionDoor } from '../modules/session/session.door';
import { graphqlRefusal } from './errors';
import { requestErrorStatus, responseMediaType, statusForAnswer } from './graphql-response';
import { BODY_LIMIT, jsonError, sendJson } from './json-body';

export interface GraphQLRouteDeps extends AuthDeps {
  apollo: ApolloServer<Context>;
  clock: Clock;
  settings: ServiceSettings;
  /** With a standby (READ_DATABASE_URL): where a request's reads go. */
  reads?: ReadRouter;
}

/** Operation kinds by query text: the router asks before Apollo parses (and caches) the document itself. */
const kinds = new Map<string, OperationKind>();
const MAX_KINDS = 1000;

function kindOf(sent: unknown): OperationKind {
  const { query, operationName } = (sent ?? {}) as { query?: unknown; operationName?: unknown };
  const key = typeof query === 'string' ? `${typeof operationName === 'string' ? operationName : ''}\u0000${query}` : null;
  const known = key === null ? undefined : kinds.get(key);
  if (known !== undefined) return known;
  const kind = operationKindOf(query, operationName, (text) => parse(text));
  if (key !== null && kinds.size < MAX_KINDS) kinds.set(key, kind);
  return kind;
}

/**
 * The database a request is served from: a query to the standby when the router says so (see readTarget). A web
 * session's last_seen_at cannot be moved on the standby: it is moved on the primary, as the token check would have.
 */
function databaseFor(deps: GraphQLRouteDeps, req: IncomingMessage, sent: unknown): { db: Database; kind: OperationKind } {
  const kind = kindOf(sent);
  if (!deps.reads) return { db: deps.db, kind };
  return { db: deps.reads.choose(kind, req.headers[LSN_HEADER]), kind };
}

/** Answers one GraphQL request whose body is parsed (by either route; a GET's operation is in its URL). */
export type AnswerGraphQL = (req: IncomingMessage, res: ServerResponse, body: unknown, requestId: string, clientAddress: string) => Promise<void>;

/** PostgreSQL cannot store NUL in text; refuse it at the door instead of failing deep inside. */
function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  return Object.entries(value as Record<string, unknown>).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
}

/** A GET's operation as a POST body would carry it: variables and extensions are JSON in the URL (unparsable: left as text for Apollo to refuse). */
function getParameters(search: string): Record<string, unknown> {
  const params: Record<string, unknown> = Object.fromEntries(new URLSearchParams(search));
  for (const key of ['variables', 'extensions']) {
    const raw = params[key];
    if (typeof raw !== 'string') continue;
    try {
      params[key] = JSON.parse(raw) as unknown;
    } catch {
      // Apollo answers it as bad input.
    }
  }
  return params;
}

/** The door checks on what was sent, before Apollo: true when the request was refused (and answered). */
function refusedAtTheDoor(req: IncomingMessage, res: ServerResponse, sent: unknown): boolean {
  const query = (sent as { query?: unknown } | undefined)?.query;
  const refusal = containsNul(sent)
    ? { code: 'BAD_USER_INPUT', message: 'Text must not contain NUL characters (\\u0000).' }
    : typeof query === 'string' && exceedsTokenLimit(query)
      ? { code: 'GRAPHQL_VALIDATION_FAILED', message: `Syntax Error: Token limit of ${LIMITS.maxTokens} exceeded.` }
      : null;
  if (refusal === null) return false;
  // Negotiated only here: the Accept header is not parsed on the way of an ordinary request.
  const mediaType = responseMediaType(req);
  jsonError(res, requestErrorStatus(mediaType), refusal.code, refusal.message, mediaType);
  return true;
}

/** The request context: who asks (one authenticate() for every route), their connection, services and loaders. */
async function openContext(
  deps: GraphQLRouteDeps,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  clientAddress: string,
  readDb: Database,
  kind: OperationKind,
): Promise<Context> {
  // A query only reads: its transaction turns read-only and commits after the answer (see RequestDb.finish).
  const found = await authenticate(req, res, requestId, { ...deps, db: readDb }, kind === 'query').catch((error: unknown) => {
    throw graphqlRefusal(error);
  });
  touchOnPrimary(req, deps, readDb, found, requestId);
  const { viewer, db, session } = found;
  const { auth, clock, settings } = deps;
  // After a login, the rest of the answer is read on a connection of the user who signed in.
  const openDb = (who: Viewer | null): RequestDb => openRequestDb(deps.db, res, requestId, who);
  const sessions = sessionDoor(deps.sessions, { req, res, requestId, clientAddress, current: session });
  return createContext({ requestId, viewer, clientAddress, db, openDb, auth, clock, settings, sessions });
}

/**
 * After a write, its WAL position goes back to the client (LSN_HEADER), which returns it with its next requests: its
 * reads stay on the primary until the standby has replayed it. A mutation that wrote outside the request's own
 * transaction (a login starts its session on the API's pool) is given the primary's current position.
 */
async function sendWritePosition(res: ServerResponse, primary: Database, kind: OperationKind, lsn: string | null): Promise<void> {
  const position =
    lsn ?? (kind === 'mutation' ? ((await primary.query<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`).catch(() => []))[0]?.lsn ?? null) : null);
  if (position !== null) res.setHeader(LSN_HEADER, position);
}

function headersOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The door checks, then Apollo, then the answer: the same for the express route and the fast JSON route. */
export function graphqlAnswerer(deps: GraphQLRouteDeps): AnswerGraphQL {
  return async (req, res, body, requestId, clientAddress) => {
    const search = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    // A GET carries its operation in the URL: the same door checks apply to it as to a POST's body.
    const sent = req.method === 'GET' ? getParameters(search) : body;
    if (refusedAtTheDoor(req, res, sent)) return;
    const { db, kind } = databaseFor(deps, req, sent);
    let context: Context | null = null;
    const answer = await deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'POST').toUpperCase(), headers: headersOf(req), search, body },
      context: async () => (context = await openContext(deps, req, res, requestId, clientAddress, db, kind)),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    if (deps.reads) await sendWritePosition(res, deps.db, kind, (context as Context | null)?.db.lastWriteLsn ?? null);
    if (answer.body.kind === 'complete') {
      const contentType = answer.headers.get('content-type');
      sendJson(res, statusForAnswer(answer.status ?? 200, contentType, answer.body.string), answer.body.string, contentType);
      return;
    }
    res.statusCode = answer.status ?? 200;
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** /graphql through express: whatever the fast JSON route does not take (GET, other content types, compressed, no length). */
export function graphqlRoute(app: Express, answer: AnswerGraphQL, clientAddressOf: (req: IncomingMessage) => string): void {
  app.post('/graphql', (req, res, next) => {
    if (!req.is('application/json')) {
      jsonError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as application/json.');
      return;
    }
    next();
  });
  app.use('/graphql', express.json({ limit: BODY_LIMIT }), (req: Request, res: Response, next: NextFunction) => {
    answer(req, res, req.body, String(res.locals.requestId), clientAddressOf(req)).catch(next);
  });
}
