import type { Express, Request, Response } from 'express';
import type { Clock } from '../clock';
import type { RequestDb } from '../db/request-db';
import { writeArchivePackage } from '../modules/archive/archive.package';
import { validDate } from '../modules/monitor/export';
import { Role } from '../modules/user/user.entity';
import { requireRole } from '../shared/auth/viewer';
import { UnauthenticatedError } from '../shared/errors/access-errors';
import { InputError } from '../shared/errors/input-error';
import { retryAfterSeconds, takeHeavySlot, type HeavyLimits } from '../shared/graphql/cost';
import type { Logger } from '../shared/logger';
import { authenticate, type AuthDeps } from './authenticate';
import { answerDownloadFailure } from './errors';
import { jsonError } from './json-body';

export interface ArchiveRouteDeps extends AuthDeps {
  logger: Logger;
  heavyLimits: HeavyLimits;
  clock: Clock;
}

/**
 * GET /export/archief?van=YYYY-MM-DD&tot=YYYY-MM-DD: the archival records of the period (decisions, the
 * besluitenlijst, convenants with their documents) as a ZIP for the e-depot, with MDTO metadata
 * (modules/archive/). For the regisseur and the municipality's ADMIN; read as the user, so row security applies.
 */
export function archiveRoute(app: Express, deps: ArchiveRouteDeps): void {
  app.get('/export/archief', async (req: Request, res: Response) => {
    const requestId = String(res.locals.requestId);
    let db: RequestDb | null = null;
    try {
      const authenticated = await authenticate(req, res, requestId, deps);
      db = authenticated.db;
      if (authenticated.viewer === null) throw new UnauthenticatedError();
      const viewer = requireRole(authenticated.viewer, Role.REGISSEUR, Role.ADMIN);
      const period = { from: validDate(req.query.van, 'van'), to: validDate(req.query.tot, 'tot') };
      if (period.to < period.from) throw new InputError('"tot" must not be before "van".', 'tot');
      if (!(await takeHeavySlot(db, viewer.role, deps.heavyLimits))) {
        res.setHeader('retry-after', String(retryAfterSeconds(deps.heavyLimits)));
        jsonError(res, 429, 'TOO_MANY_REQUESTS', 'Too many expensive requests of yours at once; try again shortly.');
        return;
      }
      res.setHeader('content-disposition', `attachment; filename="archief-${period.from}-${period.to}.zip"`);
      res.setHeader('cache-control', 'no-store');
      res.setHeader('content-type', 'application/zip');
      const manifest = await writeArchivePackage({ db, municipalityId: viewer.municipalityId, period, madeAt: deps.clock.now() }, res);
      await db.finish();
      deps.logger.info('archive exported', { requestId, userId: viewer.userId, from: period.from, to: period.to, records: manifest.records.length });
    } catch (error) {
      db?.abort();
      answerDownloadFailure(res, requestId, error, deps.logger, 'archive export');
    }
  });
}
