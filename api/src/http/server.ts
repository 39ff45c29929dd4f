import type { IncomingMessage, RequestListener } from 'node:http';
import { performance } from 'node:perf_hooks';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { Context } from '../context';
import type { Database } from '../db/database';
import type { Clock } from '../clock';
import type { AuthService } from '../modules/user/auth.service';
import type { WebSessions } from '../modules/session/session.service';
import type { ServiceSettings } from '../services';
import type { Logger } from '../shared/logger';
import type { OidcRuntime } from '../modules/oidc/oidc.sign-in';
import { oidcRoutes } from '../modules/oidc/oidc.routes';
import { startApollo } from './apollo';
import { calendarRoute } from './calendar-route';
import { unsubscribeRoute } from './unsubscribe-route';
import { publicPagesRoute, type PublicSite } from './public-pages-route';
import { clientAddressOf } from './client-address';
import { sendFault } from './errors';
import { exportRoute } from './export-route';
import { archiveRoute } from './archive-route';
import { documentRoutes } from './document-routes';
import { privacyRequestRoutes } from './privacy-request-routes';
import { importRoutes } from './import-route';
import { maatwerkRoutes } from './maatwerk-route';
import { fastJsonRoute, takesFastJsonRoute } from './fast-json-route';
import { graphiqlRoute } from './graphiql-route';
import { graphqlAnswerer, graphqlRoute, type AnswerGraphQL } from './graphql-route';
import { healthRoutes, type Readiness } from './health-routes';
import type { ReadRouter } from '../db/replica';
import { metricsRoute } from './metrics-route';
import { observeHttpRequest } from '../observability/metrics';
import { BODY_LIMIT, jsonError, requestIdOf } from './json-body';
import { webClientRoutes } from './web-client-routes';

export interface HttpDeps {
  config: Pick<Config, 'introspection' | 'production' | 'webDistDir' | 'trustedProxies' | 'heavyLimits' | 'graphqlRuntime' | 'metricsToken'> & { backup?: Config['backup'] };
  schema: GraphQLSchema;
  db: Database;
  auth: AuthService;
  sessions: WebSessions;
  clock: Clock;
  settings: ServiceSettings;
  logger: Logger;
  oidc: OidcRuntime;
  /** The public pages' pool and address key. */
  publicSite: PublicSite;
  /** Shutting down, and the standby's state, for /readyz. */
  readiness?: Readiness;
  /** Read-only GraphQL operations to a standby (READ_DATABASE_URL), when one is set. */
  reads?: ReadRouter;
}

/** Body parser and other request errors: a clear 4xx, never a crash or a stack trace; anything else a logged fault. */
function requestErrors(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const e = error as { type?: string; status?: number; statusCode?: number };
    const status = e.status ?? e.statusCode ?? 500;
    if (e.type === 'entity.too.large') jsonError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${BODY_LIMIT}.`);
    else if (e.type === 'entity.parse.failed') jsonError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    else if (status >= 400 && status < 500) jsonError(res, status, 'BAD_REQUEST', 'The request could not be read.');
    else sendFault(res, String(res.locals.requestId), error, logger);
  };
}

/** The express app: every route but the fast JSON one, in the order they match. */
function expressApp(deps: HttpDeps, answer: AnswerGraphQL, clientAddress: (req: IncomingMessage) => string): Express {
  const { config, db, auth, sessions, logger, settings } = deps;
  const app = express();
  app.disable('x-powered-by');
  // res.send would hash every GraphQL answer for an ETag; answers are per user and POSTed, so nothing revalidates them.
  // Static files keep theirs (express.static sets its own).
  app.set('etag', false);
  app.use((req, res, next) => {
    const requestId = requestIdOf(req);
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });
  healthRoutes(app, db, deps.readiness, config.backup?.target ?? null);
  metricsRoute(app, config.metricsToken);
  graphqlRoute(app, answer, clientAddress);
  const { suppressionThreshold, pseudonymize } = settings;
  exportRoute(app, { db, auth, sessions, logger, suppressionThreshold, pseudonymize, heavyLimits: config.heavyLimits, reads: deps.reads });
  archiveRoute(app, { db, auth, sessions, logger, heavyLimits: config.heavyLimits, clock: deps.clock });
  documentRoutes(app, { db, auth, sessions, logger });
  privacyRequestRoutes(app, { db, auth, sessions, clock: deps.clock, logger });
  importRoutes(app, { db, auth, sessions, clock: deps.clock, settings, logger, heavyLimits: config.heavyLimits });
  maatwerkRoutes(app, { db, auth, sessions, clock: deps.clock, settings, logger, heavyLimits: config.heavyLimits });
  calendarRoute(app, { db, clock: deps.clock, logger });
  unsubscribeRoute(app, { db, logger });
  publicPagesRoute(app, { site: deps.publicSite, clock: deps.clock, logger, clientAddress });
  oidcRoutes(app, { db, runtime: deps.oidc, sessions, clientAddress, secureCookies: sessions.settings.cookieSecure, logger });
  graphiqlRoute(app, config.webDistDir);
  webClientRoutes(app, config.webDistDir);
  app.use(requestErrors(logger));
  return app;
}

/**
 * The HTTP server's handler: GraphQL at /graphql, /healthz, /readyz, /export, /documents, /import, /calendar, /afmelden, the public pages
 * (/meedoen, /opgaven, /podium/<year>) and the built web client at /.
 * The common GraphQL request (plain JSON of known length) takes the fast JSON route, without express; anything else
 * on /graphql (another content type, no length, compressed, too large) goes through express, which answers it as before.
 */
export async function createHttpApp(deps: HttpDeps): Promise<{ handler: RequestListener; apollo: ApolloServer<Context> }> {
  const apollo = await startApollo(deps);
  // X-Forwarded-For counts only from a proxy in TRUSTED_PROXIES, on both routes alike.
  const clientAddress = clientAddressOf(deps.config.trustedProxies);
  const answer = graphqlAnswerer({ apollo, db: deps.db, auth: deps.auth, sessions: deps.sessions, clock: deps.clock, settings: deps.settings, reads: deps.reads });
  const app = expressApp(deps, answer, clientAddress);
  const fast = fastJsonRoute(answer, clientAddress, deps.logger);
  const handler: RequestListener = (req, res) => {
    const started = performance.now();
    res.once('finish', () => observeHttpRequest(req.url, req.method, res.statusCode, (performance.now() - started) / 1000));
    if (takesFastJsonRoute(req)) void fast(req, res);
    else app(req, res);
  };
  return { handler, apollo };
}
