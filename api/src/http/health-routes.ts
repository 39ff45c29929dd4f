import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import { findRepoRoot } from '../config';
import type { Database } from '../db/database';
import { backupAgeSeconds, readLastGoodBackup } from '../backup/status';

/** The API's version, as its package.json gives it: read once, at start. */
function apiVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(findRepoRoot(), 'api', 'package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

/** What /readyz tells besides the database: a process shutting down, and the standby's state when reads go to one. */
export interface Readiness {
  draining(): boolean;
  replica(): { state: string; lagSeconds: number | null } | null;
}

const ALWAYS_READY: Readiness = { draining: () => false, replica: () => null };

/**
 * /healthz: the process lives (and which build and runtime it is); /readyz: the database answers too, and the process
 * is not shutting down (503 at once on SIGTERM, so that a balancer stops sending). A standby that is down or behind
 * leaves it 200: the primary serves the reads meanwhile. It also tells the age of the last good base backup (null with
 * archiving off, BACKUP_TARGET unset), which never makes it unready.
 */
export function healthRoutes(app: Express, db: Database, readiness: Readiness = ALWAYS_READY, backupTarget: string | null = null): void {
  const health = { status: 'ok', version: apiVersion(), node: process.version };
  app.get('/healthz', (_req, res) => {
    res.json(health);
  });
  app.get('/readyz', async (_req, res) => {
    const replica = readiness.replica();
    const extra = replica === null ? {} : { replica };
    if (readiness.draining()) {
      res.status(503).json({ status: 'shutting down', ...extra });
      return;
    }
    const [ready, lastBackup] = await Promise.all([db.ping(), backupTarget === null ? null : readLastGoodBackup(backupTarget)]);
    const backup = backupTarget === null ? null : { lastGoodAt: lastBackup?.finishedAt ?? null, ageSeconds: lastBackup ? backupAgeSeconds(lastBackup, new Date()) : null };
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unavailable', ...extra, backup });
  });
}
