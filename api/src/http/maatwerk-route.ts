import type { Express, Request, Response } from 'express';
import { MAATWERK_TEXTS } from '@regiekamer/texts';
import { createServices } from '../services';
import { maatwerkTemplate } from '../modules/maatwerk/maatwerk.rules';
import type { MaatwerkImportReport } from '../modules/maatwerk/maatwerk.service';
import { answerRouteError } from './document-routes';
import { sendJson } from './json-body';
import { dutch, receiveCsv, type HeldDb, type ImportRouteDeps } from './import-route';

/** The report as JSON, every problem with its Dutch text naming line and column. */
function reportJson(report: MaatwerkImportReport): string {
  return JSON.stringify({
    ...report,
    fileProblem: report.fileProblem === null ? null : { ...report.fileProblem, text: dutch(report.fileProblem, null) },
    lines: report.lines.map((l) => ({ ...l, problems: l.problems.map((p) => ({ ...p, text: dutch(p, l.line) })) })),
  });
}

/**
 * GET /import/maatwerk/sjabloon.csv: the template (no data in it, so no sign-in).
 * POST /import/maatwerk[?dryRun=true] (multipart/form-data, file `file`): the regisseur's maatwerk figures from the Wmo
 * administration. A dry run answers 200 with what each line would do; an import 201 when stored (each month in the file
 * replaces that month), 422 when any line or the file is refused, storing nothing. Same file checks as /import/….
 */
export function maatwerkRoutes(app: Express, deps: ImportRouteDeps): void {
  app.get('/import/maatwerk/sjabloon.csv', (_req: Request, res: Response) => {
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${MAATWERK_TEXTS.templateFile}"`);
    res.send(maatwerkTemplate());
  });

  app.post('/import/maatwerk', async (req: Request, res: Response) => {
    const held: HeldDb = { db: null };
    try {
      const upload = await receiveCsv(req, res, deps, held);
      if (upload === null) return;
      const { who, file } = upload;
      const dryRun = req.query.dryRun === 'true';
      const services = createServices(who.db, deps.clock, deps.settings);
      const report = await services.maatwerk.importCsv(who.viewer, file.name.slice(0, 200), file.bytes.toString('utf8'), dryRun);
      await who.db.finish();
      sendJson(res, dryRun ? 200 : report.imported ? 201 : 422, reportJson(report));
    } catch (error) {
      held.db?.abort();
      answerRouteError(res, error, deps.logger, 'maatwerk import failed');
    }
  });
}
