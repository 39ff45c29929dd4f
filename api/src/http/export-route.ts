import type { Express, Request, Response } from 'express';
import { LSN_HEADER, type ReadRouter } from '../db/replica';
import type { RequestDb } from '../db/request-db';
import type { Viewer } from '../shared/auth/viewer';
import { UnauthenticatedError } from '../shared/errors/access-errors';
import { retryAfterSeconds, takeHeavySlot, type HeavyLimits } from '../shared/graphql/cost';
import type { Logger } from '../shared/logger';
import {
  EXPORT_CONTENT_TYPES,
  exportRecords,
  validDate,
  writeExport,
  type ExportFormat,
  type ExportKind,
  type ExportSettings,
} from '../modules/monitor/export';
import { authenticate, touchOnPrimary, type AuthDeps } from './authenticate';
import { answerDownloadFailure } from './errors';
import { jsonError } from './json-body';

export interface ExportRouteDeps extends AuthDeps, ExportSettings {
  logger: Logger;
  heavyLimits: HeavyLimits;
  /** With a standby (READ_DATABASE_URL): exports read there, as GraphQL queries do (see ReadRouter). */
  reads?: ReadRouter;
}

const EXPORT_PATH = /^\/export\/(arrangements|overview|decisions|proposals|quarter-reports)\.(csv|ndjson)$/;

/**
 * GET /export/arrangements.csv|.ndjson and /export/overview.csv|.ndjson ?from=YYYY-MM-DD&to=YYYY-MM-DD[&separator=semicolon]
 * (and likewise decisions, proposals and quarter-reports; decisions also with outcome, kind, councilVerdict, councilChecked):
 * a download, streamed, committed (with its access log) before its last byte leaves.
 */
export function exportRoute(app: Express, deps: ExportRouteDeps): void {
  app.get(EXPORT_PATH, async (req: Request, res: Response) => {
    const requestId = String(res.locals.requestId);
    let db: RequestDb | null = null;
    try {
      // An export only reads: the standby serves it unless the user's last write is not there yet (their client sends
      // its position). The access log of what it read is written on the primary as it finishes (see RequestDb.finish).
      const readDb = deps.reads ? deps.reads.choose('query', req.headers[LSN_HEADER]) : deps.db;
      const authenticated = await authenticate(req, res, requestId, { ...deps, db: readDb });
      touchOnPrimary(req, deps, readDb, authenticated, requestId);
      db = authenticated.db;
      if (authenticated.viewer === null) throw new UnauthenticatedError();
      await sendExport(req, res, { ...authenticated, viewer: authenticated.viewer }, deps);
    } catch (error) {
      db?.abort();
      answerDownloadFailure(res, requestId, error, deps.logger, 'export');
    }
  });
}

/** Which export a path asks for (the route matches only these). */
function exportOf(path: string): { what: ExportKind; format: ExportFormat } {
  const [, what, format] = EXPORT_PATH.exec(path) ?? [];
  const kinds: readonly ExportKind[] = ['overview', 'decisions', 'proposals', 'quarter-reports'];
  return { what: kinds.find((k) => k === what) ?? 'arrangements', format: format === 'ndjson' ? 'ndjson' : 'csv' };
}

async function sendExport(req: Request, res: Response, who: { viewer: Viewer; db: RequestDb }, deps: ExportRouteDeps): Promise<void> {
  const { what, format } = exportOf(req.path);
  const period = { from: validDate(req.query.from, 'from'), to: validDate(req.query.to, 'to') };
  const { columns, records } = exportRecords(who.db, who.viewer, what, period, deps, req.query);
  // An export is an expensive operation: one of the user's slots, or 429 (see shared/graphql/cost.ts).
  if (!(await takeHeavySlot(who.db, who.viewer.role, deps.heavyLimits))) {
    res.setHeader('retry-after', String(retryAfterSeconds(deps.heavyLimits)));
    jsonError(res, 429, 'TOO_MANY_REQUESTS', 'Too many expensive requests of yours at once; try again shortly.');
    return;
  }
  // Read the first record before answering, so that errors still get a proper status.
  const first = await records.next();
  const db = who.db;
  const all = (async function* () {
    if (first.done !== true) yield first.value;
    yield* records;
    // Commit (with the access log) before the last byte leaves, so a finished download is a logged one.
    await db.finish();
  })();
  res.setHeader('content-disposition', `attachment; filename="${what}-${period.from}-${period.to}.${format}"`);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-type', EXPORT_CONTENT_TYPES[format]);
  await writeExport(res, all, format, columns, req.query.separator === 'semicolon' ? ';' : ',');
  await db.finish();
}
