import { createHash, randomInt } from 'node:crypto';
import { generateURI, verifySync } from 'otplib';
import { Role } from './user.entity';

/** RFC 6238 as every authenticator app does it: SHA-1, 6 digits, 30 seconds. */
export const TOTP_PERIOD_SECONDS = 30;
/** One step either side: a phone's clock a little off, or a code typed just as it changed. */
export const TOTP_TOLERANCE_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const RECOVERY_LENGTH = 10;

/** What a code the user typed is: a TOTP code (6 digits), a recovery code, or neither. Spaces and dashes are ignored. */
export type TypedCode = { kind: 'TOTP'; code: string } | { kind: 'RECOVERY'; code: string } | { kind: 'NONE' };

export function classifyCode(typed: string): TypedCode {
  const code = typed.replace(/[\s-]/g, '').toLowerCase();
  if (/^\d{6}$/.test(code)) return { kind: 'TOTP', code };
  if (code.length === RECOVERY_LENGTH && code.split('').every((c) => RECOVERY_ALPHABET.includes(c))) return { kind: 'RECOVERY', code };
  return { kind: 'NONE' };
}

/**
 * The time step of a right TOTP code at `now`, or null. A code of a step at or before `lastStep` is refused: each code
 * is used once, also within its 30 seconds.
 */
export function totpTimeStep(secret: string, code: string, now: Date, lastStep: number | null): number | null {
  const epoch = Math.floor(now.getTime() / 1000);
  // A last step beyond this window (the clock went back) leaves no step to accept; otplib would throw on it.
  if (lastStep !== null && lastStep >= Math.floor(epoch / TOTP_PERIOD_SECONDS) + TOTP_TOLERANCE_STEPS) return null;
  const result = verifySync({
    secret,
    token: code,
    epoch,
    period: TOTP_PERIOD_SECONDS,
    epochTolerance: TOTP_TOLERANCE_STEPS * TOTP_PERIOD_SECONDS,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** Ten recovery codes, about 49 bits each, shown as xxxxx-xxxxx. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: RECOVERY_LENGTH }, () => RECOVERY_ALPHABET.charAt(randomInt(RECOVERY_ALPHABET.length)));
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
  });
}

/** How a recovery code is stored and looked up: random enough that a plain SHA-256 suffices (no dictionary to try). */
export function recoveryCodeHash(typed: string): string {
  return createHash('sha256').update(typed.replace(/[\s-]/g, '').toLowerCase()).digest('hex');
}

/** The roles that must have a second factor before they get a token, when REQUIRE_MFA is on: all that see client data. */
export function rolesRequiringSecondFactor(requireMfa: boolean): Role[] {
  return requireMfa ? [Role.REGISSEUR, Role.PROVIDER_REP, Role.ADMIN] : [];
}

export function otpauthUri(secret: string, email: string): string {
  return generateURI({ issuer: 'Regiekamer', label: email, secret, period: TOTP_PERIOD_SECONDS });
}
