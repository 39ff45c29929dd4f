import type pg from 'pg';
import type { Task, TaskList } from 'graphile-worker';
import { ownerTransaction } from '../../jobs/owner-db';
import { addJob } from '../../jobs/queue';
import type { Logger } from '../../shared/logger';
import { IssuerRefusedError } from './oidc.client';
import { recheckDelayMinutes } from './oidc.rules';
import { issuerSettings, type OidcRuntime } from './oidc.sign-in';

/** The job app_oidc_grant_add queues for a new grant; each run queues the next. */
export const OIDC_RECHECK_TASK = 'oidc_recheck';
export const recheckJobKey = (sessionId: number): string => `oidc-recheck:${sessionId}`;

export interface RecheckDeps {
  pool: pg.Pool;
  runtime: OidcRuntime;
  logger: Logger;
}

interface GrantRow {
  sessionId: number;
  issuerId: number | null;
  idToken: string;
  refreshTokenSealed: string | null;
  accessTokenSealed: string | null;
  /** The session is over (ended, expired, its user's tokens ended): nothing left to check. */
  over: boolean;
}

/** The subject of an ID token this server validated when it was issued (the userinfo answer must name the same). */
function subjectOf(idToken: string): string {
  const payload = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sub?: unknown };
  return typeof payload.sub === 'string' ? payload.sub : '';
}

const binding = (sessionId: number): string => `oidc-grant ${sessionId}`;

async function endSession(deps: RecheckDeps, grant: GrantRow, why: string): Promise<void> {
  await ownerTransaction(deps.pool, async (tx) => {
    await tx.query(`SELECT app_session_end($1, 'REVOKED')`, [grant.sessionId]);
    await tx.query(`DELETE FROM oidc_grant WHERE session_id = $1`, [grant.sessionId]);
  });
  deps.logger.info('single sign-on session ended by its re-check', { sessionId: grant.sessionId, why });
}

/**
 * Checks one session's access with its issuer: a refresh grant (its new refresh token is kept), or userinfo when the
 * issuer gave no refresh token. A refusal ends the session at once; a network failure throws, so the queue retries.
 */
export async function recheckGrant(deps: RecheckDeps, sessionId: number): Promise<void> {
  const [grant] = await ownerTransaction(deps.pool, (tx) =>
    tx.query<GrantRow>(
      `SELECT g.session_id AS "sessionId", g.issuer_id AS "issuerId", g.id_token AS "idToken",
              g.refresh_token_sealed AS "refreshTokenSealed", g.access_token_sealed AS "accessTokenSealed",
              (s.ended_at IS NOT NULL OR s.expires_at <= now() OR s.token_version <> u.token_version OR NOT u.active) AS over
         FROM oidc_grant g JOIN user_session s ON s.id = g.session_id JOIN app_user u ON u.id = g.user_id
        WHERE g.session_id = $1`,
      [sessionId],
    ),
  );
  // No grant: taken by a logout (the session has ended), or removed with its issuer (the session ends now).
  if (grant === undefined) {
    await ownerTransaction(deps.pool, (tx) =>
      tx.query(`SELECT app_session_end(s.id, 'REVOKED') FROM user_session s WHERE s.id = $1 AND s.method = 'OIDC' AND s.ended_at IS NULL`, [sessionId]),
    );
    return;
  }
  if (grant.over) {
    await ownerTransaction(deps.pool, (tx) => tx.query(`DELETE FROM oidc_grant WHERE session_id = $1`, [grant.sessionId]));
    return;
  }
  const settings = await ownerTransaction(deps.pool, (tx) => issuerSettings(tx, deps.runtime, grant.issuerId));
  if (settings === null) {
    await endSession(deps, grant, 'issuer gone');
    return;
  }
  const open = (sealed: string | null) => (sealed === null ? null : deps.runtime.sealer.open(sealed, binding(grant.sessionId)));
  let next: { refreshToken: string | null; accessToken: string | null };
  try {
    next = await deps.runtime.clients.recheck(settings, {
      refreshToken: open(grant.refreshTokenSealed),
      accessToken: open(grant.accessTokenSealed),
      subject: subjectOf(grant.idToken),
    });
  } catch (error) {
    if (!(error instanceof IssuerRefusedError)) throw error;
    await endSession(deps, grant, error.message);
    return;
  }
  const seal = (value: string | null) => (value === null ? null : deps.runtime.sealer.seal(value, binding(grant.sessionId)));
  await ownerTransaction(deps.pool, async (tx) => {
    await tx.query(`UPDATE oidc_grant SET refresh_token_sealed = $2, access_token_sealed = $3, last_checked_at = now() WHERE session_id = $1`, [
      grant.sessionId,
      seal(next.refreshToken),
      seal(next.accessToken),
    ]);
    const minutes = recheckDelayMinutes(deps.runtime.config.recheckMinutes);
    await addJob(tx, OIDC_RECHECK_TASK, { sessionId: grant.sessionId }, { jobKey: recheckJobKey(grant.sessionId), runAt: new Date(Date.now() + minutes * 60_000) });
  });
}

/** Queues a grant's re-check to run now (the tests; an operator who wants it at once). */
export function recheckNow(pool: pg.Pool, sessionId: number): Promise<void> {
  return ownerTransaction(pool, (tx) => addJob(tx, OIDC_RECHECK_TASK, { sessionId }, { jobKey: recheckJobKey(sessionId), runAt: new Date() }));
}

const recheckTask =
  (deps: RecheckDeps): Task =>
  async (payload) => {
    const sessionId = (payload as { sessionId?: unknown } | null)?.sessionId;
    // A malformed job is dropped, not retried for days.
    if (typeof sessionId !== 'number') return;
    await recheckGrant(deps, sessionId);
  };

/** The worker's single sign-on tasks. */
export function oidcTasks(deps: RecheckDeps): TaskList {
  return { [OIDC_RECHECK_TASK]: recheckTask(deps) };
}
