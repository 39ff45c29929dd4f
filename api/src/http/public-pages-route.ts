import { createHash, createHmac } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { PUBLIC_PAGE_TEXTS as T } from '@regiekamer/texts';
import type { Clock } from '../clock';
import { SESSION_COOKIE } from '../modules/session/session.rules';
import { cleanForm, isHoneypotFilled, submissionProblems, type SubmissionForm } from '../modules/opgave-submission/opgave-submission.rules';
import { municipalities, municipalityByCode, publishedOpgaven, publishedPodium, type PublicMunicipality } from '../public-site/public-data';
import type { Queryable } from '../db/database';
import type { PublicDb } from '../public-site/public-db';
import {
  choicePage,
  FOLLOW_UP_FIELD,
  HONEYPOT_FIELD,
  meedoenPage,
  notFoundPage,
  opgavenPage,
  podiumPage,
  privacyPage,
  PUBLIC_STYLESHEET,
  thanksPage,
  type Place,
} from '../public-site/public-render';
import { publicStylesheet } from '../public-site/public-style';
import type { Logger } from '../shared/logger';
import { sendFault } from './errors';
import { countRateLimited } from '../observability/metrics';
import { webClientHeaders } from './security-headers';

/** What the public pages need: their own pool (as the public role), the key the sender's address is hashed with, the clock. */
export interface PublicSite {
  /** On the primary: the form's submission, and the pages' reads without a standby. */
  db: PublicDb;
  /** With a standby (READ_DATABASE_URL): where the pages read (see PublicReads); the form's POST never does. */
  reads?: Queryable;
  addressKey: string;
  /** PRIVACY_OFFICER_CONTACT, for /privacy; null when not set. */
  privacyOfficerContact: string | null;
}

export interface PublicPagesDeps {
  site: PublicSite;
  clock: Clock;
  logger: Logger;
  clientAddress: (req: Request) => string;
}

/** Submissions one address may make per window; more are refused until the window has passed. */
export const SUBMISSIONS_PER_ADDRESS = 5;
export const SUBMISSION_WINDOW_MINUTES = 60;
/** The form's body: a description of 5,000 characters fits several times over, in any encoding the browser picks. */
const FORM_LIMIT = '32kb';
/** Shared caches and browsers may keep a page a minute; after that they ask again, and a 304 is cheap. */
const CACHE_CONTROL = 'public, max-age=60';
/**
 * A page that shows residents' names is asked for again on every view (a cheap 304 while unchanged): a withdrawn
 * consent must take the name off at once, not after a cache's minute.
 */
const CACHE_CONTROL_NAMES = 'public, no-cache';

// An optional municipality code (CBS code in lower case, e.g. /gm0344/opgaven), then the page.
const MEEDOEN = /^(?:\/([a-z]{2}\d{4}))?\/meedoen\/?$/i;
const OPGAVEN = /^(?:\/([a-z]{2}\d{4}))?\/opgaven\/?$/i;
const PODIUM = /^(?:\/([a-z]{2}\d{4}))?\/podium\/(\d{4})\/?$/i;
const PRIVACY = /^(?:\/([a-z]{2}\d{4}))?\/privacy\/?$/i;

type Params = Record<string, string | undefined>;
type Kind = 'meedoen' | 'opgaven' | 'podium';

/** A page as it is sent: its bytes, and compressed once beside them for every client that accepts gzip. */
interface Rendered {
  version: number;
  /** The page shows residents' names: caches ask again on every view (CACHE_CONTROL_NAMES). */
  names: boolean;
  etag: string;
  body: Buffer;
  gzip: Buffer;
}

/** The municipality a request is about, or why there is none: unknown code (404), or several to choose from. */
type Resolved = { municipality: PublicMunicipality; prefix: string } | { choice: PublicMunicipality[] } | null;

/**
 * How long the municipality and its published version, once read, answer for every request: a flood of readers then
 * costs no statement at all, and a change shows at most this much later (shared caches keep a page a minute anyway).
 */
export const VERSION_TTL_MS = 1000;

/** `resolve`, remembered per code for VERSION_TTL_MS. */
function resolver(db: Queryable, now: () => number = Date.now) {
  const known = new Map<string, { at: number; resolved: Promise<Resolved> }>();
  return (code: string | undefined): Promise<Resolved> => {
    const key = code?.toLowerCase() ?? '';
    const kept = known.get(key);
    if (kept !== undefined && now() - kept.at < VERSION_TTL_MS) return kept.resolved;
    const resolved = resolve(db, code);
    // A failed read is not remembered: the next request asks again.
    resolved.catch(() => known.delete(key));
    if (known.size > 1000) known.clear();
    known.set(key, { at: now(), resolved });
    return resolved;
  };
}

async function resolve(db: Queryable, code: string | undefined): Promise<Resolved> {
  if (code !== undefined) {
    const m = await municipalityByCode(db, code.toLowerCase());
    return m === null ? null : { municipality: m, prefix: `/${m.code}` };
  }
  const list = await municipalities(db);
  const [only] = list;
  if (only === undefined) return null;
  return list.length === 1 ? { municipality: only, prefix: '' } : { choice: list };
}

const EMPTY_FORM: SubmissionForm = { title: '', description: '', area: '', contact: '' };

function formOf(body: unknown): SubmissionForm & { honeypot: unknown; followUp: boolean } {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const text = (name: string): string => {
    const value = b[name];
    return typeof value === 'string' ? value : '';
  };
  return {
    title: text('title'),
    description: text('description'),
    area: text('area'),
    contact: text('contact'),
    honeypot: b[HONEYPOT_FIELD],
    followUp: text(FOLLOW_UP_FIELD) !== '',
  };
}

/** A page rendered for this request only (a form's answer, a page not found): never kept by a cache. */
function send(res: Response, status: number, html: string): void {
  res.status(status).setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.send(html);
}

const notModified = (req: Request, etag: string): boolean =>
  (req.headers['if-none-match'] ?? '')
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .includes(etag);

/** A kept page: 304 when the client has it already, else its bytes, compressed when the client accepts gzip. */
function finish(req: Request, res: Response, shown: Rendered): void {
  if (notModified(req, shown.etag)) {
    res.status(304).setHeader('etag', shown.etag);
    res.setHeader('cache-control', shown.names ? CACHE_CONTROL_NAMES : CACHE_CONTROL);
    res.end();
    return;
  }
  res.status(200).setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', shown.names ? CACHE_CONTROL_NAMES : CACHE_CONTROL);
  res.setHeader('etag', shown.etag);
  res.append('vary', 'Accept-Encoding');
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.end(gzip ? shown.gzip : shown.body);
}

/**
 * The public pages, server-rendered and readable without JavaScript or an account: /meedoen (bring in an opgave),
 * /opgaven (the published opgaven) and /podium/<year>. With one municipality on the installation those are the paths;
 * with several, /<cbs-code>/meedoen and so on, and the plain paths ask which municipality. Pages are rendered once per
 * published version of their municipality and kept in memory; their ETag is the hash of the page, and a request whose
 * If-None-Match carries it gets a 304. The version itself is read at most once a second (VERSION_TTL_MS).
 */
export function publicPagesRoute(app: Express, deps: PublicPagesDeps): void {
  // The pages only read: on the standby when there is one that keeps up. The form's POST resolves its municipality
  // there too, and submits on the primary (see submit).
  const db = deps.site.reads ?? deps.site.db;
  const placeOf = resolver(db);
  const year = () => Number(deps.clock.today().slice(0, 4));
  const pages: Pages = { db, placeOf, page: keptPages(), year, logger: deps.logger };

  app.get(PUBLIC_STYLESHEET, webClientHeaders(), (_req: Request, res: Response) => {
    res.setHeader('content-type', 'text/css; charset=utf-8');
    res.setHeader('cache-control', 'public, max-age=3600');
    res.send(publicStylesheet());
  });
  app.get(MEEDOEN, webClientHeaders(), serve(pages, 'meedoen'));
  app.get(OPGAVEN, webClientHeaders(), serve(pages, 'opgaven'));
  app.get(PODIUM, webClientHeaders(), serve(pages, 'podium'));
  app.post(MEEDOEN, webClientHeaders(), formBody(), submit(deps, placeOf, year));
  app.get(PRIVACY, webClientHeaders(), servePrivacy(pages, deps.site));
}

/** A page by its key and its municipality's published version, rendered when it is not in memory at that version. */
type PageOf = (key: string, version: number, render: () => Promise<string | { html: string; names: boolean }>) => Promise<Rendered>;

/** What the pages' handlers read with. */
interface Pages {
  db: Queryable;
  placeOf: (code: string | undefined) => Promise<Resolved>;
  page: PageOf;
  year: () => number;
  logger: Logger;
}

/** The rendered pages, kept in memory. */
function keptPages(): PageOf {
  const rendered = new Map<string, Rendered>();
  /** The page from memory when its municipality's published data has not changed since it was rendered. */
  return async (key, version, render) => {
    const kept = rendered.get(key);
    if (kept?.version === version) return kept;
    const made = await render();
    const { html, names } = typeof made === 'string' ? { html: made, names: false } : made;
    const body = Buffer.from(html, 'utf8');
    const fresh = { version, names, body, gzip: gzipSync(body), etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    // Years are bounded and municipalities few; a full map is a sign of something odd, and starting over is safe.
    if (rendered.size > 5000) rendered.clear();
    rendered.set(key, fresh);
    return fresh;
  };
}

/** /meedoen, /opgaven or /podium/<year> of the request's municipality, or the choice of municipality. */
function serve(pages: Pages, kind: Kind) {
  const { db, placeOf, page, year } = pages;
  return async (req: Request, res: Response, next: NextFunction) => {
    const params = req.params as Params;
    // The web client has its own /opgaven for signed-in users: their session cookie takes them there.
    if (kind === 'opgaven') {
      res.setHeader('vary', 'Cookie');
      if ((req.headers.cookie ?? '').includes(`${SESSION_COOKIE}=`)) {
        next();
        return;
      }
    }
    const podiumYear = kind === 'podium' ? Number(params[1]) : year();
    try {
      const resolved = await placeOf(params[0]);
      if (resolved === null || podiumYear < 2000 || podiumYear > 2100) {
        send(res, 404, notFoundPage(null));
        return;
      }
      if ('choice' in resolved) {
        const rest = kind === 'podium' ? `/podium/${podiumYear}` : `/${kind}`;
        const choice = await page(
          `choice|${rest}`,
          resolved.choice.reduce((sum, m) => sum + m.version + m.id, 0),
          () => Promise.resolve(choicePage(resolved.choice, rest)),
        );
        finish(req, res, choice);
        return;
      }
      const { municipality: m, prefix } = resolved;
      const place: Place = { municipality: m, prefix, year: year(), current: kind };
      const shown = await page(`${m.id}|${prefix}|${kind}|${podiumYear}|${place.year}`, m.version, async () => {
        if (kind === 'meedoen') return meedoenPage(place, EMPTY_FORM, [], null);
        if (kind === 'opgaven') {
          const opgaven = await publishedOpgaven(db, m.id);
          return { html: opgavenPage(place, opgaven), names: opgaven.some((o) => o.names.length > 0) };
        }
        return podiumPage(place, podiumYear, await publishedPodium(db, m.id, podiumYear));
      });
      finish(req, res, shown);
    } catch (error) {
      sendFault(res, String(res.locals.requestId), error, pages.logger, 'public page failed');
    }
  };
}

/** The privacy statement: the same for every municipality on the installation (one privacy officer's contact). */
function servePrivacy(pages: Pages, site: PublicSite) {
  const { placeOf, page, year } = pages;
  return async (req: Request, res: Response) => {
    try {
      const resolved = await placeOf((req.params as Params)[0]);
      if (resolved === null && (req.params as Params)[0] !== undefined) {
        send(res, 404, notFoundPage(null));
        return;
      }
      const place: Place | null =
        resolved === null || 'choice' in resolved
          ? null
          : { municipality: resolved.municipality, prefix: resolved.prefix, year: year(), current: 'privacy' };
      const shown = await page(`privacy|${place?.prefix ?? ''}|${place?.year ?? 0}`, 0, () =>
        Promise.resolve(privacyPage(place, site.privacyOfficerContact)),
      );
      finish(req, res, shown);
    } catch (error) {
      sendFault(res, String(res.locals.requestId), error, pages.logger, 'public page failed');
    }
  };
}

/** The form's body, or a note of why it could not be read: a refusal is a page with the form again, never a JSON error. */
function formBody() {
  const parse = express.urlencoded({ extended: false, limit: FORM_LIMIT, parameterLimit: 20 });
  return (req: Request, res: Response, next: NextFunction) => {
    parse(req, res, (error?: unknown) => {
      if (error !== undefined && error !== null) res.locals.formError = (error as { type?: string }).type === 'entity.too.large' ? 413 : 400;
      next();
    });
  };
}

function submit(deps: PublicPagesDeps, placeOf: (code: string | undefined) => Promise<Resolved>, year: () => number) {
  const { db, addressKey } = deps.site;
  return async (req: Request, res: Response) => {
    try {
      const resolved = await placeOf((req.params as Params)[0]);
      if (resolved === null || 'choice' in resolved) {
        send(res, 404, notFoundPage(null));
        return;
      }
      const place: Place = { municipality: resolved.municipality, prefix: resolved.prefix, year: year(), current: 'meedoen' };
      const formError = res.locals.formError as number | undefined;
      if (formError !== undefined) {
        send(res, formError, meedoenPage(place, EMPTY_FORM, [], formError === 413 ? T.errorTooLarge : T.errorSummary));
        return;
      }
      const posted = formOf(req.body);
      // A bot that filled in the hidden field is thanked, and nothing is stored.
      if (isHoneypotFilled(posted.honeypot)) {
        send(res, 200, thanksPage(place, false));
        return;
      }
      const form = cleanForm(posted);
      const problems = submissionProblems(form, posted.followUp);
      if (problems.length > 0) {
        send(res, 400, meedoenPage(place, form, problems, null, posted.followUp));
        return;
      }
      const addressHash = createHmac('sha256', addressKey).update(deps.clientAddress(req)).digest('hex');
      // The function records the consent to be contacted with the address (and keeps no address without it).
      const [row] = await db.query<{ taken: boolean }>(`SELECT public.app_opgave_submit($1, $2, $3, $4, $5, $6, $7, $8, $9) AS taken`, [
        resolved.municipality.id,
        form.title,
        form.description,
        form.area,
        form.contact,
        posted.followUp,
        addressHash,
        SUBMISSIONS_PER_ADDRESS,
        SUBMISSION_WINDOW_MINUTES,
      ]);
      if (row?.taken !== true) {
        countRateLimited('public_form');
        res.setHeader('retry-after', String(SUBMISSION_WINDOW_MINUTES * 60));
        send(res, 429, meedoenPage(place, form, [], T.errorRateLimited, posted.followUp));
        return;
      }
      send(res, 200, thanksPage(place, form.contact !== '' && posted.followUp));
    } catch (error) {
      sendFault(res, String(res.locals.requestId), error, deps.logger, 'opgave submission failed');
    }
  };
}
