import type { Express, Request, Response } from 'express';
import type { RequestDb } from '../db/request-db';
import type { Viewer } from '../shared/auth/viewer';
import { UnauthenticatedError } from '../shared/errors/access-errors';
import type { Problem } from '../shared/errors/problems';
import { decodeIdOf, toGlobalId } from '../shared/graphql/global-id';
import type { Logger } from '../shared/logger';
import { DocumentService } from '../modules/document/document.service';
import { attachmentDisposition, MAX_DOCUMENT_BYTES } from '../modules/document/document.rules';
import type { Document } from '../modules/document/document.entity';
import { authenticate, type AuthDeps } from './authenticate';
import { knownError, sendFault, sendKnownError } from './errors';
import { errorBody, jsonError, sendJson } from './json-body';
import { MultipartError, readMultipart } from './multipart';

export interface DocumentRouteDeps extends AuthDeps {
  logger: Logger;
}

/** A request body this much above the file limit is refused before it is read: the form's other parts are small. */
const FORM_OVERHEAD = 64 * 1024;

/** The HTTP status of a refusal of an upload. */
const STATUS: Readonly<Record<string, number>> = { FILE_TOO_LARGE: 413, FILE_TYPE_REFUSED: 415, NOT_FOUND: 404 };

/** A refused upload: the status of its first problem, and the problem in GraphQL's error shape. */
export function sendProblems(res: Response, problems: readonly Problem[]): void {
  const [p] = problems;
  if (p === undefined) throw new Error('a refusal without a problem');
  sendJson(res, STATUS[p.code] ?? 400, errorBody(p.code, p.message, p.field));
}

export const MESSAGE_TOO_LARGE_BODY = 'A file may be at most 20 MB.';

/** The JSON of a document as the upload answers it (the fields GraphQL has). */
export function documentJson(d: Document): Record<string, unknown> {
  const id = toGlobalId('Document', d.id);
  return { id, title: d.title, fileName: d.fileName, contentType: d.contentType, byteSize: d.byteSize, downloadPath: `/documents/${id}` };
}

/** The signed-in viewer and their connection, or UNAUTHENTICATED. */
async function signedIn(req: Request, res: Response, deps: AuthDeps): Promise<{ viewer: Viewer; db: RequestDb }> {
  const { viewer, db } = await authenticate(req, res, String(res.locals.requestId), deps);
  if (viewer === null) {
    db.abort();
    throw new UnauthenticatedError();
  }
  return { viewer, db };
}

/** An expected error by the error table, a broken form as 400, anything else a logged fault. */
export function answerRouteError(res: Response, error: unknown, logger: Logger, what: string): void {
  if (error instanceof MultipartError) {
    jsonError(res, 400, 'BAD_REQUEST', error.message);
    return;
  }
  const known = knownError(error);
  if (known?.shown) sendKnownError(res, known);
  else sendFault(res, String(res.locals.requestId), error, logger, what);
}

/** Too large by its announced length: answered at once, before the body is read. */
export function tooLargeUpFront(req: Request, res: Response, maxBytes: number): boolean {
  const length = Number(req.headers['content-length']);
  if (!(length > maxBytes + FORM_OVERHEAD)) return false;
  res.setHeader('connection', 'close');
  sendJson(res, 413, errorBody('FILE_TOO_LARGE', MESSAGE_TOO_LARGE_BODY, 'file'));
  return true;
}

/**
 * POST /documents (multipart/form-data: ownerId, title, file) attaches a file to a convenant, proposal, overleg or
 * annual plan; GET /documents/<id> downloads one, for those who may see its owner (404 for anyone else), logged.
 * A separate route rather than GraphQL multipart requests: the file streams through busboy with its limit, is checked by
 * its bytes before anything is stored, and is answered with plain HTTP statuses (413, 415), while Apollo Server's CSRF
 * prevention and the cookie check stay as they are (a cookie upload must carry Regiekamer-Session or a preflight header).
 */
export function documentRoutes(app: Express, routeDeps: DocumentRouteDeps): void {
  app.post('/documents', async (req: Request, res: Response) => {
    let db: RequestDb | null = null;
    try {
      if (tooLargeUpFront(req, res, MAX_DOCUMENT_BYTES)) return;
      const who = await signedIn(req, res, routeDeps);
      db = who.db;
      const form = await readMultipart(req, MAX_DOCUMENT_BYTES);
      const file = form.file ?? { name: '', bytes: Buffer.alloc(0), truncated: false };
      const outcome = await new DocumentService(who.db).upload(who.viewer, {
        ownerId: form.fields.get('ownerId') ?? '',
        title: form.fields.get('title') ?? '',
        fileName: file.name,
        bytes: file.bytes,
        truncated: file.truncated,
      });
      await who.db.finish();
      if (outcome.ok) sendJson(res, 201, JSON.stringify({ document: documentJson(outcome.value) }));
      else sendProblems(res, outcome.problems);
    } catch (error) {
      db?.abort();
      answerRouteError(res, error, routeDeps.logger, 'document upload failed');
    }
  });

  app.get(/^\/documents\/([A-Za-z0-9_-]{1,64})$/, async (req: Request, res: Response) => {
    let db: RequestDb | null = null;
    try {
      const who = await signedIn(req, res, routeDeps);
      db = who.db;
      const id = decodeIdOf('Document', (req.params as Record<string, string | undefined>)[0] ?? '');
      const found = id === null ? null : await new DocumentService(who.db).download(who.viewer, id);
      // Committed (with the access log) before a byte leaves.
      await who.db.finish();
      if (found === null) {
        jsonError(res, 404, 'NOT_FOUND', 'No document with this id.');
        return;
      }
      res.setHeader('content-type', found.document.contentType);
      res.setHeader('content-disposition', attachmentDisposition(found.document.fileName));
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-length', String(found.content.length));
      res.end(found.content);
    } catch (error) {
      db?.abort();
      answerRouteError(res, error, routeDeps.logger, 'document download failed');
    }
  });
}
