import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { ServiceUnavailableError } from './shared/errors/access-errors';
import type { Config } from './config';
import { createContext, type Context } from './context';
import type { Database } from './db/database';
import type { RequestDb } from './db/request-db';
import type { Viewer } from './shared/auth/viewer';
import type { Role } from './modules/user/user.entity';
import type { Clock } from './clock';
import type { AuthService } from './modules/user/auth.service';
import type { ServiceSettings } from './services';
import type { Logger } from './shared/logger';
import { armor, exceedsTokenLimit, LIMITS } from './shared/graphql/armor';
import { formatError } from './shared/graphql/errors';
import { requireAuthenticationPlugin } from './shared/graphql/auth-plugin';
import { requestDbPlugin, requestPlugin } from './shared/graphql/request-plugin';
import { graphqlRuntime } from './graphql-runtime';
import { costAndConcurrencyPlugin } from './shared/graphql/cost';
import { exportRouter } from './modules/monitor/export';
import { CHALLENGE_INVALID, credentialsOf, MESSAGE_INVALID } from './shared/auth/bearer';
import { graphiqlHeaders, webClientHeaders } from './shared/http/security-headers';
import { requestErrorStatus, responseMediaType, statusForAnswer } from './shared/http/graphql-response';
import { BODY_LIMIT, isPlainJsonPost, jsonError, parseJsonBody, readBody, requestIdOf, sendJson } from './shared/http/json-body';

export interface HttpDeps {
  config: Pick<Config, 'introspection' | 'production' | 'webDistDir' | 'trustedProxies' | 'heavyLimits' | 'graphqlRuntime'>;
  schema: GraphQLSchema;
  db: Database;
  auth: AuthService;
  clock: Clock;
  settings: ServiceSettings;
  logger: Logger;
}

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

/**
 * The HTTP server's handler: GraphQL over POST /graphql, /healthz, /readyz, /export and the built web client at /.
 * The common GraphQL request (plain JSON of known length) is answered without express: its router, body parser
 * and response helpers were half of a small query's CPU. Anything else on /graphql (another content type, no
 * length, compressed, too large) goes through express, which answers it as before.
 */
export async function createHttpApp(deps: HttpDeps): Promise<{ handler: RequestListener; apollo: ApolloServer<Context> }> {
  const { config, schema, db, auth, clock, logger, settings } = deps;
  const protection = armor(config.production);
  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: protection.validationRules,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    allowBatchedHttpRequests: false,
    formatError,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints; the default plugin would still wrap every field resolver to compute them.
      ApolloServerPluginCacheControlDisabled(),
      requireAuthenticationPlugin(config.introspection),
      requestPlugin(logger),
      requestDbPlugin(),
      costAndConcurrencyPlugin(config.heavyLimits),
      ...graphqlRuntime(schema, config.graphqlRuntime, { formatError, reportErrorsTo: [requestPlugin(logger)] }),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // res.send would hash every GraphQL answer for an ETag; answers are per user and POSTed, so nothing revalidates them.
  // Static files keep theirs (express.static sets its own).
  app.set('etag', false);
  // X-Forwarded-For counts only from a proxy listed in TRUSTED_PROXIES; the plain-JSON route below reads req.ip
  // through this same app, so both routes agree.
  app.set('trust proxy', config.trustedProxies.length > 0 ? config.trustedProxies : false);

  app.use((req, res, next) => {
    const requestId = requestIdOf(req);
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await db.ping();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unavailable' });
  });

  app.post('/graphql', (req, res, next) => {
    if (!req.is('application/json')) {
      jsonError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as application/json.');
      return;
    }
    next();
  });

  /** Anything unexpected: logged with the request id, and answered with only that id. */
  const internalError = (res: ServerResponse, requestId: string, error: unknown): void => {
    logger.error('http error', { requestId, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    jsonError(res, 500, 'INTERNAL_SERVER_ERROR', `Internal server error. Quote request id ${requestId} when reporting this.`);
  };

  const openContext = async (req: IncomingMessage, res: ServerResponse, requestId: string, clientAddress: string): Promise<Context> => {
    const credentials = credentialsOf(req);
    const openDb = (who: Viewer | null): RequestDb => {
      const requestDb = db.forRequest({
        userId: who?.userId ?? null,
        role: who?.role ?? 'ANONYMOUS',
        providerId: who?.providerId ?? null,
        municipalityId: who?.municipalityId ?? null,
        requestId,
      });
      // Normally finished before the response is sent; this only frees the connection of a request that broke off.
      res.on('close', () => void requestDb.abort());
      return requestDb;
    };
    const requestDb = openDb(null);
    let viewer: Viewer | null = null;
    try {
      const subject = credentials.kind === 'bearer' ? await auth.subjectFromToken(credentials.token) : null;
      const user = subject === null ? null : await requestDb.authenticate(subject);
      if (credentials.kind !== 'none' && !user) {
        // Credentials that fail are refused whatever the operation (RFC 6750), so a client learns its session ended.
        throw new GraphQLError(MESSAGE_INVALID, {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new HeaderMap([['www-authenticate', CHALLENGE_INVALID]]) } },
        });
      }
      if (user)
        viewer = {
          userId: user.id,
          email: user.email,
          role: user.role as Role,
          municipalityId: user.municipalityId,
          providerId: user.providerId,
        };
    } catch (error) {
      await requestDb.abort();
      if (error instanceof GraphQLError) throw error;
      if (error instanceof ServiceUnavailableError) {
        throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 503 } } });
      }
      throw error;
    }
    return createContext({ requestId, viewer, clientAddress, db: requestDb, openDb, auth, clock, settings });
  };

  /** A parsed body, by either route (or a GET's parameters): the door checks, then Apollo, then the answer. */
  const answerGraphQL = async (req: IncomingMessage, res: ServerResponse, body: unknown, requestId: string, clientAddress: string): Promise<void> => {
    const search = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    // A GET carries its operation in the URL: the same door checks apply to it as to a POST's body.
    const sent = req.method === 'GET' ? getParameters(search) : body;
    if (containsNul(sent)) {
      const mediaType = responseMediaType(req);
      jsonError(res, requestErrorStatus(mediaType), 'BAD_USER_INPUT', 'Text must not contain NUL characters (\\u0000).', mediaType);
      return;
    }
    const query = (sent as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && exceedsTokenLimit(query)) {
      // Negotiated only here: the Accept header is not parsed on the way of an ordinary request.
      const mediaType = responseMediaType(req);
      jsonError(
        res,
        requestErrorStatus(mediaType),
        'GRAPHQL_VALIDATION_FAILED',
        `Syntax Error: Token limit of ${LIMITS.maxTokens} exceeded.`,
        mediaType,
      );
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'POST').toUpperCase(), headers, search, body },
      context: () => openContext(req, res, requestId, clientAddress),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    if (answer.body.kind === 'complete') {
      const contentType = answer.headers.get('content-type');
      sendJson(res, statusForAnswer(answer.status ?? 200, contentType, answer.body.string), answer.body.string, contentType);
      return;
    }
    res.statusCode = answer.status ?? 200;
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };

  app.use('/graphql', express.json({ limit: BODY_LIMIT }), (req: Request, res: Response, next: NextFunction) => {
    answerGraphQL(req, res, req.body, String(res.locals.requestId), req.ip ?? 'unknown').catch(next);
  });

  app.use(
    '/export',
    exportRouter({
      db,
      auth,
      logger,
      suppressionThreshold: settings.suppressionThreshold,
      pseudonymize: settings.pseudonymize,
      heavyLimits: config.heavyLimits,
    }),
  );

  const indexHtml = path.join(config.webDistDir, 'index.html');
  if (existsSync(indexHtml)) {
    const graphiqlHtml = path.join(config.webDistDir, 'graphiql.html');
    app.get('/graphiql', graphiqlHeaders(), (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(graphiqlHtml);
    });
    app.use(webClientHeaders());
    app.use(express.static(config.webDistDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|readyz|export\/).*/, (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(indexHtml);
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Regiekamer API. The web client is not built: run `npm run build`.');
    });
  }

  // Body parser and other request errors: a clear 4xx, never a crash or a stack trace.
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const e = error as { type?: string; status?: number; statusCode?: number };
    const status = e.status ?? e.statusCode ?? 500;
    if (e.type === 'entity.too.large') jsonError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${BODY_LIMIT}.`);
    else if (e.type === 'entity.parse.failed') jsonError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    else if (status >= 400 && status < 500) jsonError(res, status, 'BAD_REQUEST', 'The request could not be read.');
    else {
      internalError(res, String(res.locals.requestId), error);
    }
  });

  const graphqlDirect = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    try {
      const body = parseJsonBody(await readBody(req));
      if (!body.ok) {
        jsonError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
        return;
      }
      // The client's address as express works it out (the forwarded one only from a proxy in TRUSTED_PROXIES).
      Object.setPrototypeOf(req, app.request);
      await answerGraphQL(req, res, body.value, requestId, (req as Request).ip ?? 'unknown');
    } catch (error) {
      // A client that went away mid-request is nobody's error.
      if (req.destroyed || res.destroyed) return;
      if (res.headersSent) res.destroy();
      else internalError(res, requestId, error);
    }
  };

  const handler: RequestListener = (req, res) => {
    if (req.method === 'POST' && req.url === '/graphql' && isPlainJsonPost(req)) void graphqlDirect(req, res);
    else app(req, res);
  };
  return { handler, apollo };
}
