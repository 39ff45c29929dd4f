import { createHash, timingSafeEqual } from 'node:crypto';
import type { Express } from 'express';
import { METRICS_CONTENT_TYPE, metricsText } from '../observability/metrics';
import { jsonError } from './json-body';

/** Whether `header` is `Bearer <token>`, compared in constant time (both sides hashed first, so lengths do not tell). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  const sent = createHash('sha256').update(match?.[1] ?? '').digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(sent, expected) && match !== null;
}

/**
 * GET /metrics: the Prometheus text format, only for a scraper with METRICS_TOKEN as its bearer token. Without the
 * setting the route does not exist (404, and not the web client's page); a wrong or missing token is 401.
 */
export function metricsRoute(app: Express, token: string | null): void {
  app.all('/metrics', async (req, res) => {
    if (token === null) {
      jsonError(res, 404, 'NOT_FOUND', 'Not found.');
      return;
    }
    if (!bearerMatches(req.headers.authorization, token)) {
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      jsonError(res, 401, 'UNAUTHENTICATED', 'A valid metrics token is required.');
      return;
    }
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET');
      jsonError(res, 405, 'METHOD_NOT_ALLOWED', 'Use GET.');
      return;
    }
    res.setHeader('content-type', METRICS_CONTENT_TYPE);
    res.setHeader('cache-control', 'no-store');
    res.end(await metricsText());
  });
}
