import type { Express } from 'express';
import type { Database } from '../db/database';

/** /healthz: the process lives; /readyz: the database answers too. */
export function healthRoutes(app: Express, db: Database): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await db.ping();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unavailable' });
  });
}
