import type { Express, Request, Response } from 'express';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { CalendarService, feedSubject } from '../modules/calendar/calendar.service';
import type { Logger } from '../shared/logger';
import { openRequestDb, viewerOf } from './authenticate';
import { knownError, sendFault, sendKnownError } from './errors';
import { jsonError } from './json-body';

export interface CalendarRouteDeps {
  db: Database;
  clock: Clock;
  logger: Logger;
}

/**
 * GET /calendar/<secret>.ics: a user's calendar feed, for calendar programs that subscribe to an address and cannot
 * sign in. The secret stands for the user as a token does (and ends with the same changes); an unknown one is 404.
 */
export function calendarRoute(app: Express, deps: CalendarRouteDeps): void {
  app.get(/^\/calendar\/([^/]+)\.ics$/, async (req: Request, res: Response) => {
    const requestId = String(res.locals.requestId);
    const db = openRequestDb(deps.db, res, requestId, null);
    try {
      const secret = (req.params as Record<string, string | undefined>)[0] ?? '';
      const subject = await feedSubject(db, secret);
      const viewer = viewerOf(subject === null ? null : await db.authenticate(subject));
      if (viewer === null) {
        db.abort();
        jsonError(res, 404, 'NOT_FOUND', 'No calendar feed at this address.');
        return;
      }
      const text = await new CalendarService(db, deps.clock).text(viewer);
      await db.finish();
      res.setHeader('content-type', 'text/calendar; charset=utf-8');
      res.setHeader('content-disposition', 'inline; filename="regiekamer.ics"');
      // Calendar programs poll the address; an answer is the user's own and must not be kept by a shared cache.
      res.setHeader('cache-control', 'private, max-age=300');
      res.send(text);
    } catch (error) {
      db.abort();
      const known = knownError(error);
      if (known?.shown) sendKnownError(res, known);
      else sendFault(res, requestId, error, deps.logger, 'calendar feed failed');
    }
  });
}
