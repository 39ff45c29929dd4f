import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Express, Request, Response } from 'express';
import { SSO_PAGE_TEXTS as T } from '@regiekamer/texts';
import type { Database } from '../../db/database';
import type { Logger } from '../../shared/logger';
import { escapeHtml } from '../notification/notification.mail';
import { webClientHeaders } from '../../http/security-headers';
import { IssuerRefusedError, type PendingLogin } from './oidc.client';
import { CALLBACK_PATH, issuerSettings, LOGIN_PATH, signInWithClaims, type OidcRuntime } from './oidc.sign-in';
import { clearedPendingCookie, pendingCookie, pendingFromCookies } from './oidc.cookie';
import { recheckDelayMinutes, REFUSED_PATH } from './oidc.rules';

/** What the single sign-on routes start a web session with (the sessions part's WebSessions). */
export interface SessionStarter {
  start(input: { userId: number; method: 'OIDC'; address: string; userAgent: string | undefined; requestId?: string | null }): Promise<{
    sessionId: number;
    secret: string;
    expiresAt: Date;
  }>;
  setCookie(res: ServerResponse, secret: string, expiresAt: Date): void;
}

export interface OidcRouteDeps {
  db: Database;
  runtime: OidcRuntime;
  sessions: SessionStarter;
  clientAddress: (req: IncomingMessage) => string;
  secureCookies: boolean;
  logger: Logger;
}

/** The pending login lives ten minutes: long enough to type a password and a second factor at the issuer. */
const PENDING_SECONDS = 600;

/** A plain Dutch page of the sign-in's own: a heading, its paragraphs, and the way back to the login page. */
function dutchPage(res: Response, status: number, title: string, paragraphs: readonly string[]): void {
  res.status(status).setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.send(
    [
      '<!doctype html>',
      '<html lang="nl">',
      '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">',
      // The stylesheet of the server's own pages (the unsubscribe route serves it): the web client's look, no inline style.
      `<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/afmelden.css"></head>`,
      `<body><main><h1>${escapeHtml(title)}</h1>`,
      ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      `<p><a href="/">${escapeHtml(T.backToLogin)}</a></p></main></body>`,
      '</html>',
      '',
    ].join('\n'),
  );
}

/** A sign-in that failed on the way (tampered, replayed, expired, the issuer unreachable): try again. */
const failedPage = (res: Response, status: number): void => dutchPage(res, status, T.failedTitle, [T.failedBody]);

function addCookie(res: ServerResponse, cookie: string): void {
  const existing = res.getHeader('set-cookie');
  const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  res.setHeader('set-cookie', [...list, cookie]);
}

const ANONYMOUS = (requestId: string) => ({ userId: null, role: 'ANONYMOUS', providerId: null, municipalityId: null, requestId });

/** `?issuer=<id>`: a municipality's issuer; without it the default one. Anything else: no issuer. */
function issuerParam(req: Request): number | null | 'INVALID' {
  const raw = req.query.issuer;
  if (raw === undefined) return null;
  return typeof raw === 'string' && /^[1-9][0-9]{0,15}$/.test(raw) ? Number(raw) : 'INVALID';
}

/**
 * GET /auth/oidc/login[?issuer=<id>]: to the issuer's authorization endpoint with state, nonce and a PKCE challenge;
 * the three are kept sealed in a short-lived HttpOnly cookie for the callback.
 */
async function login(req: Request, res: Response, deps: OidcRouteDeps): Promise<void> {
  const issuerId = issuerParam(req);
  const requestId = String(res.locals.requestId);
  const settings = issuerId === 'INVALID' ? null : await deps.db.transaction(ANONYMOUS(requestId), (tx) => issuerSettings(tx, deps.runtime, issuerId));
  if (settings === null) {
    failedPage(res, 404);
    return;
  }
  const { url, pending } = await deps.runtime.clients.authorizationUrl(settings, deps.runtime.publicUrl + CALLBACK_PATH);
  addCookie(res, pendingCookie(deps.runtime.sealer, pending, PENDING_SECONDS, deps.secureCookies));
  res.setHeader('cache-control', 'no-store');
  res.redirect(303, url.href);
}

/**
 * GET /auth/oidc/callback: checks state, nonce and PKCE and exchanges the code (openid-client validates the ID token),
 * decides who enters (oidc.rules decideSignIn), starts a web session and goes to the start page. A refusal goes to the
 * web client's Dutch page; a failed exchange (tampered state, a code used twice, an expired token) gets a page here.
 */
async function callback(req: Request, res: Response, deps: OidcRouteDeps): Promise<void> {
  const requestId = String(res.locals.requestId);
  res.setHeader('cache-control', 'no-store');
  addCookie(res, clearedPendingCookie(deps.secureCookies));
  const pending: PendingLogin | null = pendingFromCookies(deps.runtime.sealer, req.headers.cookie);
  const settings = pending === null ? null : await deps.db.transaction(ANONYMOUS(requestId), (tx) => issuerSettings(tx, deps.runtime, pending.issuerId));
  if (pending === null || settings === null) {
    failedPage(res, 400);
    return;
  }
  let tokens;
  try {
    // The URL the issuer sent the browser to, as registered (PUBLIC_URL may carry a path a proxy strips), with its answer.
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    tokens = await deps.runtime.clients.exchange(settings, new URL(deps.runtime.publicUrl + CALLBACK_PATH + query), pending);
  } catch (error) {
    if (!(error instanceof IssuerRefusedError)) throw error;
    deps.logger.warn('single sign-on refused by its checks', { requestId, reason: error.message });
    failedPage(res, 400);
    return;
  }
  const outcome = await deps.db.transaction(ANONYMOUS(requestId), (tx) => signInWithClaims(tx, settings, tokens.claims));
  if (!outcome.ok) {
    deps.logger.info('single sign-on refused', { requestId, reason: outcome.reason });
    res.redirect(303, REFUSED_PATH);
    return;
  }
  const { user } = outcome;
  const session = await deps.sessions.start({
    userId: user.id,
    method: 'OIDC',
    address: deps.clientAddress(req),
    userAgent: req.headers['user-agent'],
    requestId,
  });
  const seal = (value: string | null) => (value === null ? null : deps.runtime.sealer.seal(value, `oidc-grant ${session.sessionId}`));
  await deps.db.transaction(ANONYMOUS(requestId), (tx) =>
    tx.query(`SELECT app_oidc_grant_add($1, $2, $3, $4, $5, $6, $7)`, [
      session.sessionId,
      user.id,
      settings.issuerId,
      tokens.idToken,
      seal(tokens.refreshToken),
      seal(tokens.accessToken),
      recheckDelayMinutes(deps.runtime.config.recheckMinutes),
    ]),
  );
  deps.sessions.setCookie(res, session.secret, session.expiresAt);
  res.redirect(303, '/');
}

/** The two routes of the sign-in; errors nobody expected are a logged fault page, never a stack trace. */
export function oidcRoutes(app: Express, deps: OidcRouteDeps): void {
  const guarded = (route: (req: Request, res: Response, deps: OidcRouteDeps) => Promise<void>) => (req: Request, res: Response) => {
    route(req, res, deps).catch((error: unknown) => {
      deps.logger.error('single sign-on failed', { requestId: String(res.locals.requestId), error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      if (!res.headersSent) failedPage(res, 502);
    });
  };
  app.get(LOGIN_PATH, webClientHeaders(), guarded(login));
  // Served here, not by the web client: the login page, the first page, has no room in its budget for another route.
  app.get(REFUSED_PATH, webClientHeaders(), (_req: Request, res: Response) => {
    dutchPage(res, 200, T.refusedTitle, [T.refusedBody, T.refusedWhom]);
  });
  app.get(CALLBACK_PATH, webClientHeaders(), guarded(callback));
}
