import express, { type Express, type Request, type Response } from 'express';
import { formatText, NOTIFICATION_KIND_TEXTS, UNSUBSCRIBE_TEXTS as T } from '@regiekamer/texts';
import type { Database } from '../db/database';
import type { RequestDb } from '../db/request-db';
import type { NotificationKind } from '../modules/notification/notification.entity';
import { escapeHtml } from '../modules/notification/notification.mail';
import { isOneClickBody, PREFERENCES_PATH } from '../modules/notification/preference.rules';
import { unsubscribe, unsubscribeKind } from '../modules/notification/unsubscribe';
import type { Logger } from '../shared/logger';
import { openRequestDb } from './authenticate';
import { sendFault } from './errors';
import { webClientHeaders } from './security-headers';

export interface UnsubscribeRouteDeps {
  db: Database;
  logger: Logger;
}

const ROUTE = /^\/afmelden\/([^/]+)$/;
const STYLESHEET = '/afmelden.css';

/**
 * The page's look, close to the web client's (its font, colours and button), from a file of its own: the page's
 * security headers allow no inline style. Targets are at least 44 pixels high, text scales with the user's setting.
 */
const CSS = `body{margin:0;font-family:"Noto Sans Variable",Arial,sans-serif;font-size:1.125rem;line-height:1.5;color:#000;background:#fff}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1.5rem}
p{margin:0 0 1rem}
a{color:hsl(211 60% 35%);text-underline-offset:.2em}
a:focus-visible,button:focus-visible{outline:3px solid #000;outline-offset:2px;box-shadow:0 0 0 5px #fff}
form{margin:1.5rem 0}
button{font:inherit;font-weight:600;min-height:44px;min-width:44px;padding:.5rem 1.25rem;border:2px solid hsl(211 60% 35%);border-radius:4px;background:hsl(211 60% 35%);color:#fff;cursor:pointer}
button:hover{background:hsl(211 60% 25%);border-color:hsl(211 60% 25%)}
`;

/** The small Dutch page of the route: plain HTML, a heading and paragraphs, a form when there is a choice. */
function page(status: number, res: Response, paragraphs: readonly string[], form: boolean): void {
  const html = [
    '<!doctype html>',
    '<html lang="nl">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="robots" content="noindex"><title>${escapeHtml(T.title)}</title><link rel="stylesheet" href="${STYLESHEET}"></head>`,
    '<body>',
    '<main>',
    `<h1>${escapeHtml(T.title)}</h1>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    // The form posts to this same address, with the field a mail program's one-click POST carries (RFC 8058).
    form
      ? `<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(T.button)}</button></form>`
      : '',
    `<p><a href="${PREFERENCES_PATH}">${escapeHtml(T.preferencesLink)}</a></p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  res.status(status).setHeader('content-type', 'text/html; charset=utf-8');
  // Per recipient and about their choice: never kept by a cache.
  res.setHeader('cache-control', 'no-store');
  res.send(html);
}

const tokenOf = (req: Request): string => (req.params as Record<string, string | undefined>)[0] ?? '';

/**
 * /afmelden/<token>: the one-click unsubscribe address of a mail (List-Unsubscribe, RFC 8058), used without sign-in.
 * A GET only asks (link scanners follow links; a GET must never unsubscribe); a POST with `List-Unsubscribe=One-Click`
 * sets the token's kind to OFF for its user. An unknown token is 404 and changes nothing.
 */
export function unsubscribeRoute(app: Express, deps: UnsubscribeRouteDeps): void {
  app.get(STYLESHEET, webClientHeaders(), (_req: Request, res: Response) => {
    res.setHeader('content-type', 'text/css; charset=utf-8');
    res.setHeader('cache-control', 'public, max-age=3600');
    res.send(CSS);
  });
  app.get(ROUTE, webClientHeaders(), async (req: Request, res: Response) => {
    await answerForToken(deps, res, (db) => unsubscribeKind(db, tokenOf(req)), { text: T.question, form: true, failure: 'unsubscribe page failed' });
  });
  app.post(ROUTE, webClientHeaders(), express.text({ type: () => true, limit: '4kb' }), async (req: Request, res: Response) => {
    if (!isOneClickBody(req.body)) {
      page(400, res, [T.badRequest], false);
      return;
    }
    await answerForToken(deps, res, (db) => db.transaction((tx) => unsubscribe(tx, tokenOf(req))), {
      text: T.done,
      form: false,
      failure: 'unsubscribe failed',
    });
  });
}

/**
 * The page about a token's kind of notification, which `read` finds (null for an unknown token: 404): `shown.text`
 * names the kind, with the form when `shown.form`; a fault is logged as `shown.failure`.
 */
async function answerForToken(
  deps: UnsubscribeRouteDeps,
  res: Response,
  read: (db: RequestDb) => Promise<NotificationKind | null>,
  shown: { text: string; form: boolean; failure: string },
): Promise<void> {
  const requestId = String(res.locals.requestId);
  const db = openRequestDb(deps.db, res, requestId, null);
  try {
    const kind = await read(db);
    await db.finish();
    if (kind === null) page(404, res, [T.notFound], false);
    else page(200, res, [formatText(shown.text, { kind: NOTIFICATION_KIND_TEXTS[kind] }), T.explanation], shown.form);
  } catch (error) {
    db.abort();
    sendFault(res, requestId, error, deps.logger, shown.failure);
  }
}
