import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** Encrypts small secrets kept in the database (TOTP secrets), bound to the row they belong to. */
export interface Sealer {
  seal(plain: string, boundTo: string): string;
  /** The plain text, or null when the sealed value was not made with this key for this row. */
  open(sealed: string, boundTo: string): string | null;
}

/**
 * AES-256-GCM with a key derived (HKDF) from the token key, so no further secret has to be configured. Changing
 * JWT_SECRET therefore also ends every enrolled second factor (its users enrol again), as it ends every token.
 */
export function createSealer(secret: string, purpose: string): Sealer {
  const key = Buffer.from(hkdfSync('sha256', secret, 'regiekamer', purpose, 32));
  return {
    seal(plain, boundTo) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(boundTo));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    open(sealed, boundTo) {
      const raw = Buffer.from(sealed, 'base64url');
      if (raw.length < 29) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAAD(Buffer.from(boundTo));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}
