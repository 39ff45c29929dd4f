import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Security headers of the web client and GraphiQL, with helmet: a Content-Security-Policy that runs only the app's
 * own scripts (no inline script, no eval), may not be framed, and sends no referrer. GraphiQL's editor (Monaco)
 * starts its workers from blob: URLs, writes its styles into <style> elements, and its stylesheet carries its icon
 * font and images as data: URLs; its page allows exactly that, the web client nothing of it.
 */
type Directives = Record<string, string[]>;

const SELF = "'self'";

const WEB_CLIENT: Directives = {
  'default-src': [SELF],
  'script-src': [SELF],
  'style-src': [SELF],
  'img-src': [SELF],
  'font-src': [SELF],
  'connect-src': [SELF],
  'worker-src': [SELF],
  'manifest-src': [SELF],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': [SELF],
  'frame-ancestors': ["'none'"],
};

const GRAPHIQL: Directives = {
  ...WEB_CLIENT,
  'style-src': [SELF, "'unsafe-inline'"],
  'img-src': [SELF, 'data:'],
  'font-src': [SELF, 'data:'],
  'worker-src': [SELF, 'blob:'],
};

function headers(directives: Directives): RequestHandler {
  return helmet({
    // Only what is listed: helmet's defaults would add upgrade-insecure-requests, which breaks plain HTTP on a closed network.
    contentSecurityPolicy: { useDefaults: false, directives },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

export const webClientHeaders = (): RequestHandler => headers(WEB_CLIENT);
export const graphiqlHeaders = (): RequestHandler => headers(GRAPHIQL);
