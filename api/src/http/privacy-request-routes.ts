import type { Express, Request, Response } from 'express';
import type { RequestDb } from '../db/request-db';
import { UnauthenticatedError } from '../shared/errors/access-errors';
import { decodeIdOf } from '../shared/graphql/global-id';
import type { Logger } from '../shared/logger';
import { PrivacyRequestService } from '../modules/privacy-request/privacy-request.service';
import { INZAGE_CONTENT_SECURITY_POLICY } from '../modules/privacy-request/privacy-request.inzage';
import type { Clock } from '../clock';
import { authenticate, type AuthDeps } from './authenticate';
import { answerRouteError } from './document-routes';
import { jsonError } from './json-body';

export interface PrivacyRequestRouteDeps extends AuthDeps {
  clock: Clock;
  logger: Logger;
}

/**
 * GET /privacy-requests/<id>/inzage: the compiled inzage document of a resident's access request, for the regisseur to
 * open and print (`?download=1` saves it as a file). Each answer is in the access log, committed before a byte leaves;
 * anyone else, and a request without a document, gets 404 (FORBIDDEN for other roles, as GraphQL says it).
 */
export function privacyRequestRoutes(app: Express, deps: PrivacyRequestRouteDeps): void {
  app.get(/^\/privacy-requests\/([A-Za-z0-9_-]{1,64})\/inzage$/, async (req: Request, res: Response) => {
    let db: RequestDb | null = null;
    try {
      const who = await authenticate(req, res, String(res.locals.requestId), deps);
      db = who.db;
      if (who.viewer === null) throw new UnauthenticatedError();
      const id = decodeIdOf('PrivacyRequest', (req.params as Record<string, string | undefined>)[0] ?? '');
      const found = id === null ? null : await new PrivacyRequestService(who.db, deps.clock).inzageDocument(who.viewer, id);
      await who.db.finish();
      if (found === null) {
        jsonError(res, 404, 'NOT_FOUND', 'No inzage document with this id.');
        return;
      }
      const body = Buffer.from(found.html, 'utf8');
      res.setHeader('content-type', 'text/html; charset=utf-8');
      if (req.query.download === '1') res.setHeader('content-disposition', `attachment; filename="inzage-${found.receivedOn}.html"`);
      res.setHeader('content-security-policy', INZAGE_CONTENT_SECURITY_POLICY);
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-length', String(body.length));
      res.end(body);
    } catch (error) {
      db?.abort();
      answerRouteError(res, error, deps.logger, 'inzage download failed');
    }
  });
}
