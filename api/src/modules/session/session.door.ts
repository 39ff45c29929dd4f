import type { IncomingMessage, ServerResponse } from 'node:http';
import { SESSION_HEADER, SESSION_HEADER_VALUE, type SessionEndReason, type SessionMethod } from './session.rules';
import type { CurrentSession, SessionSettings, WebSessions } from './session.service';

/** What a sign-in answers: a bearer token, or (for the web client) null with the session's end. */
export interface SignInAnswer {
  token: string | null;
  expiresAt: Date;
}

/** A request's side of the web sessions: the session it came with, and starting or ending one with the cookie. */
export interface SessionDoor {
  readonly current: CurrentSession | null;
  readonly settings: SessionSettings;
  /** The request asked for a cookie session: the web client's header. */
  readonly wantsCookie: boolean;
  /**
   * The one step every sign-in ends in: for the web client a new session in the cookie (ending the one it came
   * with) and no token in the answer; for any other client the token it was issued.
   */
  answerSignIn(userId: number, issued: { token: string; expiresAt: Date }, method: SessionMethod): Promise<SignInAnswer>;
  /** Ends the request's session and removes the cookie; answers where the browser goes next (single sign-on), or null. */
  endCurrent(reason: SessionEndReason): Promise<string | null>;
}

export interface DoorRequest {
  req: IncomingMessage;
  res: ServerResponse;
  requestId: string;
  clientAddress: string;
  current: CurrentSession | null;
}

export function wantsCookieSession(req: IncomingMessage): boolean {
  return req.headers[SESSION_HEADER] === SESSION_HEADER_VALUE;
}

export function sessionDoor(sessions: WebSessions, { req, res, requestId, clientAddress, current }: DoorRequest): SessionDoor {
  const wantsCookie = wantsCookieSession(req);
  return {
    current,
    settings: sessions.settings,
    wantsCookie,
    async answerSignIn(userId, issued, method) {
      if (!wantsCookie) return issued;
      if (current !== null) await sessions.end(current.id, 'LOGOUT', { userId: current.userId, requestId });
      const started = await sessions.start({ userId, method, address: clientAddress, userAgent: req.headers['user-agent'], requestId });
      sessions.setCookie(res, started.secret, started.expiresAt);
      return { token: null, expiresAt: started.expiresAt };
    },
    async endCurrent(reason) {
      sessions.clearCookie(res);
      if (current === null) return null;
      const redirectTo = await sessions.logoutRedirect(current.id);
      await sessions.end(current.id, reason, { userId: current.userId, requestId });
      return redirectTo;
    },
  };
}
