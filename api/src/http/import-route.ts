import type { Express, Request, Response } from 'express';
import { errorText, formatText, IMPORT_ANSWER_TEXTS } from '@regiekamer/texts';
import type { Clock } from '../clock';
import type { RequestDb } from '../db/request-db';
import { createServices, type ServiceSettings } from '../services';
import type { Logger } from '../shared/logger';
import { ImportKind } from '../modules/csv-import/csv-import.entity';
import { MAX_IMPORT_BYTES, template, type LineProblem } from '../modules/csv-import/csv-import.rules';
import { CsvImportService, type ImportReport } from '../modules/csv-import/csv-import.service';
import { isPlainText } from '../modules/document/document.rules';
import { authenticate, type AuthDeps } from './authenticate';
import { answerRouteError, tooLargeUpFront } from './document-routes';
import { errorBody, jsonError, sendJson } from './json-body';
import { retryAfterSeconds, takeHeavySlot, type HeavyLimits } from '../shared/graphql/cost';
import { readMultipart } from './multipart';
import { UnauthenticatedError } from '../shared/errors/access-errors';
import type { Viewer } from '../shared/auth/viewer';

export interface ImportRouteDeps extends AuthDeps {
  clock: Clock;
  settings: ServiceSettings;
  logger: Logger;
  heavyLimits: HeavyLimits;
}

const KINDS: Readonly<Record<string, ImportKind>> = { arrangementen: ImportKind.ARRANGEMENTS, rapportages: ImportKind.REPORTS };
const TEMPLATE_PATH = /^\/import\/(arrangementen|rapportages)\/sjabloon\.csv$/;
const IMPORT_PATH = /^\/import\/(arrangementen|rapportages)$/;

const kindOf = (req: Request): ImportKind => KINDS[(req.params as Record<string, string | undefined>)[0] ?? ''] ?? ImportKind.ARRANGEMENTS;

/** A problem as the user reads it: its Dutch text, naming the line and the column. */
export function dutch(p: LineProblem, line: number | null): string {
  const text = errorText({ code: p.code, message: p.message, field: null });
  if (line === null) return formatText(IMPORT_ANSWER_TEXTS.file, { text });
  return p.column === null
    ? formatText(IMPORT_ANSWER_TEXTS.line, { line, text })
    : formatText(IMPORT_ANSWER_TEXTS.lineColumn, { line, column: p.column, text });
}

/** The report as JSON, every problem with its Dutch text. */
function reportJson(report: ImportReport): string {
  return JSON.stringify({
    ...report,
    fileProblem: report.fileProblem === null ? null : { ...report.fileProblem, text: dutch(report.fileProblem, null) },
    lines: report.lines.map((l) => ({ ...l, problems: l.problems.map((p) => ({ ...p, text: dutch(p, l.line) })) })),
  });
}

/** The request's connection, once there is one. */
export interface HeldDb {
  db: RequestDb | null;
}

/** A CSV upload that passed the file checks: who sent it, and the file. */
export interface CsvUpload {
  who: Awaited<ReturnType<typeof authenticate>> & { viewer: Viewer };
  file: { name: string; bytes: Buffer };
}

/**
 * The checks every CSV upload passes (the representatives' import and the regisseur's maatwerk import): size, sign-in,
 * a non-empty UTF-8 file, and one of the user's expensive-operation slots. Answers the request itself and gives null
 * when a check fails; `held` gets the request's connection as soon as there is one (the caller aborts it on an error).
 */
export async function receiveCsv(req: Request, res: Response, deps: ImportRouteDeps, held: HeldDb): Promise<CsvUpload | null> {
  if (tooLargeUpFront(req, res, MAX_IMPORT_BYTES)) return null;
  const who = await authenticate(req, res, String(res.locals.requestId), deps);
  held.db = who.db;
  if (who.viewer === null) throw new UnauthenticatedError();
  const form = await readMultipart(req, MAX_IMPORT_BYTES);
  const file = form.file;
  if (file === null || file.bytes.length === 0) {
    sendJson(res, 400, errorBody('INVALID_INPUT', 'Must not be empty.', 'file'));
    return null;
  }
  if (file.truncated) {
    sendJson(res, 413, errorBody('FILE_TOO_LARGE', 'A CSV file may be at most 5 MB.', 'file'));
    return null;
  }
  if (!isPlainText(file.bytes)) {
    sendJson(res, 415, errorBody('FILE_TYPE_REFUSED', 'A CSV file must be UTF-8 text.', 'file'));
    return null;
  }
  // An import runs up to thousands of writes: one of the user's expensive-operation slots, or 429.
  if (!(await takeHeavySlot(who.db, who.viewer.role, deps.heavyLimits))) {
    res.setHeader('retry-after', String(retryAfterSeconds(deps.heavyLimits)));
    jsonError(res, 429, 'TOO_MANY_REQUESTS', 'Too many expensive requests of yours at once; try again shortly.');
    return null;
  }
  return { who: { ...who, viewer: who.viewer }, file: { name: file.name, bytes: file.bytes } };
}

/**
 * GET /import/arrangementen|rapportages/sjabloon.csv: the template of a kind (no data in it, so no sign-in).
 * POST /import/arrangementen|rapportages[?dryRun=true] (multipart/form-data, file `file`): a representative's CSV of
 * their own provider; a dry run answers 200 with what each line would do, an import 201 when stored, 422 when any line
 * (or the file) is refused, storing nothing. At most 5 MB, UTF-8 text.
 */
export function importRoutes(app: Express, deps: ImportRouteDeps): void {
  app.get(TEMPLATE_PATH, (req: Request, res: Response) => {
    const kind = kindOf(req);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="sjabloon-${kind === ImportKind.REPORTS ? 'rapportages' : 'arrangementen'}.csv"`);
    res.send(template(kind));
  });

  app.post(IMPORT_PATH, async (req: Request, res: Response) => {
    const held: HeldDb = { db: null };
    try {
      const upload = await receiveCsv(req, res, deps, held);
      if (upload === null) return;
      const { who, file } = upload;
      const services = createServices(who.db, deps.clock, deps.settings);
      const dryRun = req.query.dryRun === 'true';
      const report = await new CsvImportService(who.db, services.arrangement).run(
        who.viewer,
        kindOf(req),
        file.name.slice(0, 200),
        file.bytes.toString('utf8'),
        dryRun,
      );
      await who.db.finish();
      sendJson(res, dryRun ? 200 : report.imported ? 201 : 422, reportJson(report));
    } catch (error) {
      held.db?.abort();
      answerRouteError(res, error, deps.logger, 'import failed');
    }
  });
}
