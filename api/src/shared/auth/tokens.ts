import { SignJWT, jwtVerify, errors } from 'jose';

const ISSUER = 'regiekamer';
const AUDIENCE = 'regiekamer-api';

/** Whom a token names: the user, and the user's token_version when it was issued (see app_authenticate). */
export interface TokenSubject {
  userId: number;
  version: number;
}

export interface TokenService {
  issue(subject: TokenSubject): Promise<{ token: string; expiresAt: Date }>;
  /** The subject of a valid token, or null for anything else (expired, unsigned, foreign key, malformed, no version). */
  verify(token: string): Promise<TokenSubject | null>;
}

/** Verified tokens kept at most; past this the oldest is dropped. */
const VERIFIED_CACHE_SIZE = 10_000;

export function createTokenService(secret: string, ttlSeconds: number): TokenService {
  const key = new TextEncoder().encode(secret);
  // Verifying the signature is a fair part of a small request's CPU; a token that verified once stays valid until
  // its exp (the same second-granular check jose makes). Only the token's claims are kept: who the user is now is
  // still read from the database on every request.
  const verified = new Map<string, { subject: TokenSubject; exp: number }>();
  return {
    async issue({ userId, version }) {
      const now = Math.floor(Date.now() / 1000);
      const exp = now + ttlSeconds;
      const token = await new SignJWT({ ver: version })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(String(userId))
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(now)
        .setExpirationTime(exp)
        .sign(key);
      return { token, expiresAt: new Date(exp * 1000) };
    },
    async verify(token) {
      const known = verified.get(token);
      if (known) {
        if (Math.floor(Date.now() / 1000) < known.exp) return known.subject;
        verified.delete(token);
      }
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
        const id = Number(payload.sub);
        if (!Number.isSafeInteger(id) || id <= 0) return null;
        const version = payload.ver;
        if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1 || version > 2147483647) return null;
        const subject = { userId: id, version };
        // Tokens we issue always carry exp; one without it is not cached, so it is verified every time.
        if (typeof payload.exp === 'number') {
          if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value ?? '');
          verified.set(token, { subject, exp: payload.exp });
        }
        return subject;
      } catch (error) {
        if (error instanceof errors.JOSEError || error instanceof TypeError) return null;
        throw error;
      }
    },
  };
}
