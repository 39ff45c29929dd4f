import type { IncomingMessage } from 'node:http';

/**
 * What a request's Authorization header holds (RFC 6750): nothing, a Bearer token, or something that cannot be one.
 * Both GraphQL routes and the exports read it here, so they answer a bad header the same way.
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

export const MESSAGE_MISSING = 'Authentication required: send a valid Bearer token.';
export const MESSAGE_INVALID = 'The token is invalid or has expired: sign in again.';
