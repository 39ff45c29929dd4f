import type { IncomingMessage } from 'node:http';
import { UnauthenticatedError } from '../shared/errors/access-errors';

/**
 * What a request's Authorization header holds (RFC 6750): nothing, a Bearer token, or something that cannot be one.
 * Only authenticate() reads it, so every route answers a bad header the same way.
 */
export type Credentials = { kind: 'none' } | { kind: 'bearer'; token: string } | { kind: 'malformed' };

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{1,4096})$/;

export function credentialsOf(req: IncomingMessage): Credentials {
  const header = req.headers.authorization;
  if (header === undefined || header === '') return { kind: 'none' };
  const token = BEARER.exec(header.trim())?.[1];
  return token === undefined ? { kind: 'malformed' } : { kind: 'bearer', token };
}

/** A 401's challenge: with no credentials only the scheme; with credentials that failed, why (RFC 6750 section 3). */
export const CHALLENGE_MISSING = 'Bearer';
export const CHALLENGE_INVALID = 'Bearer error="invalid_token"';

export const MESSAGE_INVALID = 'The token is invalid or has expired: sign in again.';

/** Credentials were sent and failed: refused whatever the request asks (RFC 6750), so a client learns its session ended. */
export class InvalidTokenError extends UnauthenticatedError {
  constructor() {
    super(MESSAGE_INVALID);
    this.name = 'InvalidTokenError';
  }
}

/** The WWW-Authenticate challenge of a refusal for want of (valid) credentials. */
export function challengeOf(error: Error): string {
  return error instanceof InvalidTokenError ? CHALLENGE_INVALID : CHALLENGE_MISSING;
}
