import { createHash, randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Database } from '../../db/database';
import type { RequestDb, SessionUser } from '../../db/request-db';
import { requireViewer, type Viewer } from '../../shared/auth/viewer';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { RequestService } from '../../shared/request-service';
import { decodeIdOf } from '../../shared/graphql/global-id';
import type { Role } from '../user/user.entity';
import {
  clearedSessionCookie,
  mayEndSessionsOf,
  idleSeconds,
  sessionCookie,
  sessionExpiry,
  shortenAddress,
  shortenUserAgent,
  type SessionEndReason,
  type SessionMethod,
} from './session.rules';

/** SESSION_IDLE_MINUTES, SESSION_MAX_HOURS and COOKIE_SECURE. */
export interface SessionSettings {
  readonly idleMinutes: number;
  readonly maxHours: number;
  readonly cookieSecure: boolean;
}

export interface SessionStart {
  userId: number;
  method: SessionMethod;
  /** The client's address (shortened before it is kept). */
  address: string;
  userAgent: string | undefined;
  /** For the audit trail: the request that started it. */
  requestId?: string | null;
}

export interface StartedSession {
  sessionId: number;
  /** Goes into the cookie only; kept as its SHA-256. */
  secret: string;
  expiresAt: Date;
}

/** The session a request came with. */
export interface CurrentSession {
  readonly id: number;
  readonly userId: number;
  readonly idleExpiresAt: Date;
  readonly expiresAt: Date;
}

/** Asked at logout: where the browser goes next (the identity provider's logout), or null. */
export type LogoutHook = (sessionId: number) => Promise<string | null>;

const hashSecret = (secret: string): Buffer => createHash('sha256').update(secret, 'utf8').digest();

function appendSetCookie(res: ServerResponse, cookie: string): void {
  const existing = res.getHeader('set-cookie');
  const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  res.setHeader('set-cookie', [...list, cookie]);
}

/**
 * Web sessions for the whole process: started, found and ended for any route, GraphQL or not (the single sign-on
 * callback starts one the same way a login does). The table is reached through the migration's definer functions.
 */
export class WebSessions {
  private readonly logoutHooks: LogoutHook[] = [];

  constructor(
    private readonly db: Database,
    readonly settings: SessionSettings,
  ) {}

  /** Starts a session of an active user; its secret goes into the cookie (setCookie). */
  async start(input: SessionStart): Promise<StartedSession> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = sessionExpiry(new Date(), this.settings.maxHours);
    // The user is the actor: the audit trail records the start as theirs.
    const actor = { userId: input.userId, role: 'SYSTEM', providerId: null, municipalityId: null, requestId: input.requestId ?? null };
    const [row] = await this.db.transaction(actor, (tx) =>
      tx.query<{ id: number }>(`SELECT id FROM app_session_start($1, $2, $3, $4, $5, $6)`, [
        input.userId,
        hashSecret(secret),
        input.method,
        expiresAt,
        shortenUserAgent(input.userAgent),
        shortenAddress(input.address),
      ]),
    );
    if (!row) throw new Error(`no session started: user ${input.userId} is not an active user`);
    return { sessionId: row.id, secret, expiresAt };
  }

  setCookie(res: ServerResponse, secret: string, expiresAt: Date): void {
    appendSetCookie(res, sessionCookie(secret, expiresAt, this.settings.cookieSecure));
  }

  clearCookie(res: ServerResponse): void {
    appendSetCookie(res, clearedSessionCookie(this.settings.cookieSecure));
  }

  /** Ends a session (false when it had ended already); `by` is who ends it, for the audit trail. */
  async end(
    sessionId: number,
    reason: SessionEndReason,
    by: { userId: number | null; requestId?: string | null } = { userId: null },
  ): Promise<boolean> {
    const actor = { userId: by.userId, role: 'SYSTEM', providerId: null, municipalityId: null, requestId: by.requestId ?? null };
    const [row] = await this.db.transaction(actor, (tx) =>
      tx.query<{ ended: boolean }>(`SELECT app_session_end($1, $2) AS ended`, [sessionId, reason]),
    );
    return row?.ended === true;
  }

  /** The request's session and its user, in the request's first statement; null for one that is not valid (any more). */
  authenticate(db: RequestDb, secret: string): Promise<SessionUser | null> {
    return db.authenticateSession(hashSecret(secret), idleSeconds(this.settings.idleMinutes));
  }

  /** Another part (single sign-on) says where a logout of its sessions continues. */
  onLogout(hook: LogoutHook): void {
    this.logoutHooks.push(hook);
  }

  /** Where the browser goes after this session's logout: the first hook's answer, or null. */
  async logoutRedirect(sessionId: number): Promise<string | null> {
    for (const hook of this.logoutHooks) {
      const to = await hook(sessionId);
      if (to !== null) return to;
    }
    return null;
  }
}

/** A session as its user sees it. */
export interface SessionRow {
  id: number;
  method: SessionMethod;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  idleExpiresAt: Date;
  userAgent: string | null;
  address: string | null;
}

const SESSION_COLUMNS = `id, method, created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
  LEAST(last_seen_at + make_interval(secs => $2), expires_at) AS "idleExpiresAt", user_agent AS "userAgent", address`;
const ACTIVE = `ended_at IS NULL AND expires_at > now() AND last_seen_at > now() - make_interval(secs => $2)`;

/** The viewer's own sessions (row security: own_sessions), and ending them. */
export class SessionService extends RequestService {
  /** The viewer's sessions that still work, the latest seen first. */
  async list(viewerOrNull: Viewer | null, idleMinutes: number): Promise<SessionRow[]> {
    const viewer = requireViewer(viewerOrNull);
    return this.db.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM user_session WHERE user_id = $1 AND ${ACTIVE} ORDER BY last_seen_at DESC, id DESC`,
      [viewer.userId, idleSeconds(idleMinutes)],
    );
  }

  /** Ends one of the viewer's own sessions; another user's is NOT_FOUND, as an unknown one is. */
  async endOwn(viewerOrNull: Viewer | null, id: string, idleMinutes: number): Promise<Outcome<SessionRow>> {
    const viewer = requireViewer(viewerOrNull);
    const numeric = /^[1-9][0-9]{0,15}$/.test(id) ? Number(id) : null;
    const notFound = problem(ErrorCode.NOT_FOUND, 'No such session of yours.', 'id');
    if (numeric === null) return fail(notFound);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<SessionRow>(
        `UPDATE user_session SET ended_at = now(), ended_reason = 'ENDED' WHERE id = $1 AND user_id = $3 AND ${ACTIVE} RETURNING ${SESSION_COLUMNS}`,
        [numeric, idleSeconds(idleMinutes), viewer.userId],
      );
      return row ? ok(row) : fail<SessionRow>(notFound);
    });
  }

  /**
   * Ends every session and token of a user (a new token version): the viewer's own, or a user they manage. Another
   * municipality's user, or one they may not manage, is NOT_FOUND, as an unknown one is. Answers how many sessions ended.
   */
  async endAllOf(viewerOrNull: Viewer | null, globalUserId: string): Promise<Outcome<number>> {
    const viewer = requireViewer(viewerOrNull);
    const id = decodeIdOf('User', globalUserId);
    const notFound = problem(ErrorCode.NOT_FOUND, 'No such user.', 'input.userId');
    if (id === null) return fail(notFound);
    return this.db.transaction(async (tx) => {
      const [user] = await tx.query<{ id: number; role: Role }>(`SELECT id, role FROM app_user WHERE id = $1 AND municipality_id = $2`, [
        id,
        viewer.municipalityId,
      ]);
      if (!user || !mayEndSessionsOf(viewer, user)) return fail<number>(notFound);
      const [row] = await tx.query<{ ended: number }>(`SELECT app_user_sessions_end($1) AS ended`, [id]);
      return ok(row?.ended ?? 0);
    });
  }

  /** "Ingelogd blijven": the current session is seen now. */
  async touch(viewerOrNull: Viewer | null, sessionId: number): Promise<void> {
    requireViewer(viewerOrNull);
    await this.db.transaction((tx) => tx.query(`SELECT app_session_touch($1)`, [sessionId]));
  }
}
