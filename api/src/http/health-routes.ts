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

/**
 * /healthz: the process lives (and which build and runtime it is); /readyz: the database answers too, and the age of
 * the last good base backup (null with archiving off, BACKUP_TARGET unset), which never makes it unready.
 */
export function healthRoutes(app: Express, db: Database, backupTarget: string | null = null): void {
  const health = { status: 'ok', version: apiVersion(), node: process.version };
  app.get('/healthz', (_req, res) => {
    res.json(health);
  });
  app.get('/readyz', async (_req, res) => {
    const [ready, lastBackup] = await Promise.all([db.ping(), backupTarget === null ? null : readLastGoodBackup(backupTarget)]);
    const backup = backupTarget === null ? null : { lastGoodAt: lastBackup?.finishedAt ?? null, ageSeconds: lastBackup ? backupAgeSeconds(lastBackup, new Date()) : null };
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unavailable', backup });
  });
}
