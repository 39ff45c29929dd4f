import { createHash, randomBytes } from 'node:crypto';
import { generateSecret } from 'otplib';
import QRCode from 'qrcode';
import type { Database, Queryable } from '../../db/database';
import type { Sealer } from '../../shared/auth/sealing';
import type { TokenService } from '../../shared/auth/tokens';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { first } from '../../shared/loader-utils';
import type { SignedInUser, UserRow } from './user.loaders';
import {
  classifyCode,
  newRecoveryCodes,
  otpauthUri,
  recoveryCodeHash,
  rolesRequiringSecondFactor,
  totpTimeStep,
} from './second-factor.rules';
import { countLoginFailure } from '../../observability/metrics';
import type { LoginLimits } from './auth.service';

/** What a right password leads to when a second factor is involved: a challenge to answer instead of a token. */
export interface SecondStep {
  challenge: string;
  expiresAt: Date;
  /** True: the user must enrol first (REQUIRE_MFA); false: they answer with a code. */
  enrol: boolean;
}

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrCodeSvg: string;
}

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: UserRow;
}

interface StateRow {
  userId: number;
  email: string;
  active: boolean;
  secretSealed: string | null;
  recoveryCodesLeft: number;
}

const WRONG = problem(ErrorCode.INVALID_SECOND_FACTOR, 'The code is wrong, or the sign-in step has expired.', 'code');
const WRONG_AT_ENROLMENT = problem(ErrorCode.INVALID_SECOND_FACTOR, 'The code is wrong.', 'code');
const NO_SUBJECT = problem(ErrorCode.INVALID_SECOND_FACTOR, 'Sign in again to set up the second factor.', 'challenge');

/** A challenge travels to the client only; the database keeps its SHA-256. */
const challengeHash = (challenge: string): Buffer => createHash('sha256').update(challenge).digest();

const STATE_SQL = `SELECT user_id AS "userId", email, active, secret_sealed AS "secretSealed", recovery_codes_left AS "recoveryCodesLeft"
                     FROM app_second_factor_state($1)`;

/**
 * TOTP second factor: enrolment, the login's second step, and REQUIRE_MFA. The tables are reached only through the
 * definer functions of the SecondFactor migration; the TOTP secret is sealed here (AES-256-GCM, bound to the user id),
 * so the database never holds it readable. TOTP runs on the wall clock (Date.now), as the user's phone does.
 */
export class SecondFactorService {
  constructor(
    private readonly db: Database,
    private readonly tokens: TokenService,
    private readonly limits: LoginLimits,
    private readonly sealer: Sealer,
    private readonly requireMfa: boolean,
  ) {}

  /** After a right password (attempt `attemptId`): the challenge to answer instead of a token, or null when the token may be given. */
  async afterPassword(db: Queryable, attemptId: number): Promise<SecondStep | null> {
    const challenge = randomBytes(32).toString('base64url');
    const [row] = await db.query<{ kind: 'VERIFY' | 'ENROL'; expiresAt: Date }>(
      `SELECT kind, expires_at AS "expiresAt" FROM app_second_factor_challenge($1, $2, $3)`,
      [attemptId, challengeHash(challenge), rolesRequiringSecondFactor(this.requireMfa)],
    );
    return row ? { challenge, expiresAt: row.expiresAt, enrol: row.kind === 'ENROL' } : null;
  }

  /** Whether the signed-in user has an active second factor, and how many recovery codes are left. */
  async status(db: Queryable): Promise<{ enabled: boolean; recoveryCodesLeft: number }> {
    const row = first(await db.query<StateRow>(STATE_SQL, [null]), 'the second factor state');
    return { enabled: row.active, recoveryCodesLeft: row.active ? row.recoveryCodesLeft : 0 };
  }

  /** A new pending secret for the signed-in user, or for the user of an enrolment challenge; not active until confirmed. */
  async enrolStart(db: Queryable, challenge: string | null): Promise<Outcome<Enrolment>> {
    const hash = challenge === null ? null : challengeHash(challenge);
    const [state] = await db.query<StateRow>(STATE_SQL, [hash]);
    if (!state) return fail(NO_SUBJECT);
    if (state.active) return fail(problem(ErrorCode.INVALID_STATE, 'A second factor is active already; disable it first.', null));
    const secret = generateSecret();
    const [stored] = await db.query<{ stored: boolean }>(`SELECT app_second_factor_enrol($1, $2) AS stored`, [
      hash,
      this.sealer.seal(secret, String(state.userId)),
    ]);
    if (stored?.stored !== true) return fail(problem(ErrorCode.INVALID_STATE, 'A second factor is active already; disable it first.', null));
    const uri = otpauthUri(secret, state.email);
    const qrCodeSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return ok({ secret, otpauthUri: uri, qrCodeSvg });
  }

  /**
   * Activates the pending secret when `code` is right, and answers the ten recovery codes (shown this once; kept as
   * SHA-256). With an enrolment challenge this also completes the login: the answer carries the token.
   */
  async enrolConfirm(
    db: Queryable,
    challenge: string | null,
    code: string,
  ): Promise<Outcome<{ recoveryCodes: string[]; signedIn: { userId: number; token: string; expiresAt: Date } | null }>> {
    const hash = challenge === null ? null : challengeHash(challenge);
    const [state] = await db.query<StateRow>(STATE_SQL, [hash]);
    if (!state) return fail(NO_SUBJECT);
    if (state.active) return fail(problem(ErrorCode.INVALID_STATE, 'A second factor is active already; disable it first.', null));
    const secret = state.secretSealed === null ? null : this.sealer.open(state.secretSealed, String(state.userId));
    if (secret === null) return fail(problem(ErrorCode.INVALID_STATE, 'Start the enrolment first.', null));
    const typed = classifyCode(code);
    const step = typed.kind === 'TOTP' ? totpTimeStep(secret, typed.code, new Date(), null) : null;
    if (step === null) return fail(WRONG_AT_ENROLMENT);
    const recoveryCodes = newRecoveryCodes();
    const [activated] = await db.query<{ userId: number; tokenVersion: number }>(
      `SELECT user_id AS "userId", token_version AS "tokenVersion" FROM app_second_factor_confirm($1, $2, $3)`,
      [hash, step, recoveryCodes.map(recoveryCodeHash)],
    );
    if (!activated) return fail(problem(ErrorCode.INVALID_STATE, 'Start the enrolment first.', null));
    const issued = hash === null ? null : await this.tokens.issue({ userId: activated.userId, version: activated.tokenVersion });
    return ok({ recoveryCodes, signedIn: issued === null ? null : { userId: activated.userId, ...issued } });
  }

  /**
   * The login's second step: a TOTP code, or a recovery code (used up), for the challenge a right password gave.
   * Every try is a login attempt of the account: wrong codes lock it as wrong passwords do. A wrong code leaves the
   * challenge open (a typo is not the end); a right one uses it up.
   */
  async verify(challenge: string, code: string, address: string): Promise<Outcome<SignedIn>> {
    const hash = challengeHash(challenge);
    const [begun] = await this.db.query<{ attemptId: number; locked: boolean; userId: number; secretSealed: string; lastTimeStep: number | null }>(
      `SELECT attempt_id AS "attemptId", locked, user_id AS "userId", secret_sealed AS "secretSealed", last_time_step AS "lastTimeStep"
         FROM app_second_factor_begin($1, $2, $3, $4, $5)`,
      [hash, address.slice(0, 64), this.limits.perAccount, this.limits.perAddress, this.limits.windowMinutes],
    );
    if (!begun) return fail(WRONG);
    let step: number | null = null;
    let recovery: string | null = null;
    const typed = classifyCode(code);
    if (!begun.locked && typed.kind === 'TOTP') {
      const secret = this.sealer.open(begun.secretSealed, String(begun.userId));
      step = secret === null ? null : totpTimeStep(secret, typed.code, new Date(), begun.lastTimeStep);
    } else if (!begun.locked && typed.kind === 'RECOVERY') {
      recovery = recoveryCodeHash(typed.code);
    }
    const [user] = await this.db.query<SignedInUser>(
      `SELECT user_id AS id, email, name, role, municipality_id AS "municipalityId", provider_id AS "providerId",
              token_version AS "tokenVersion"
         FROM app_second_factor_finish($1, $2, $3, $4)`,
      [begun.attemptId, hash, step, recovery],
    );
    if (!user) {
      countLoginFailure('second_factor', begun.locked);
      return fail(WRONG);
    }
    const { token, expiresAt } = await this.tokens.issue({ userId: user.id, version: user.tokenVersion });
    const { tokenVersion: _version, ...rest } = user;
    return ok({ token, expiresAt, user: rest });
  }
}
