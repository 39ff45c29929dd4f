import type { Database, Queryable } from '../../db/database';
import { hashPassword, verifyPassword } from '../../shared/auth/passwords';
import type { TokenService, TokenSubject } from '../../shared/auth/tokens';
import { ErrorCode, fail, ok, problem, type Outcome, type Problem } from '../../shared/errors/problems';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@regiekamer/texts';
import { first } from '../../shared/loader-utils';
import type { SignedInUser, UserRow } from './user.loaders';
import { Role } from './user.entity';
import type { SecondFactorService, SecondStep } from './second-factor.service';
import { passwordSignInAllowed } from '../oidc/password-roles';
import { countLoginFailure } from '../../observability/metrics';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: UserRow;
}

/** A login answers a token, or (a second factor is active or must be enrolled first) the challenge of the next step. */
export type LoginAnswer = ({ kind: 'TOKEN' } & LoginResult) | ({ kind: 'SECOND_STEP' } & SecondStep);

export interface LoginLimits {
  /** Failed attempts per account within the window before the account is locked for the rest of it. */
  perAccount: number;
  /** Failed attempts per client address within the window. */
  perAddress: number;
  windowMinutes: number;
}

const INVALID = problem(ErrorCode.INVALID_CREDENTIALS, 'The email address or password is incorrect.', null);
const PASSWORD_OFF = problem(ErrorCode.PASSWORD_SIGN_IN_OFF, 'Password sign-in is off for your role: sign in with your organisation.', null);

/** Password rules for a new password: one place, table-tested (see __tests__/auth.rules.test.ts). */
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };
export const PasswordErrorCode = {
  PASSWORD_TOO_SHORT: 'PASSWORD_TOO_SHORT',
  PASSWORD_TOO_LONG: 'PASSWORD_TOO_LONG',
  PASSWORD_UNCHANGED: 'PASSWORD_UNCHANGED',
} as const;

export function newPasswordProblems(current: string, next: string): Problem[] {
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- counts code points, as the web form does for this minimum
  if ([...next].length < PASSWORD_MIN_LENGTH) {
    return [problem(PasswordErrorCode.PASSWORD_TOO_SHORT, `A password has at least ${PASSWORD_MIN_LENGTH} characters.`, 'newPassword')];
  }
  if (next.length > PASSWORD_MAX_LENGTH) {
    return [problem(PasswordErrorCode.PASSWORD_TOO_LONG, `A password has at most ${PASSWORD_MAX_LENGTH} characters.`, 'newPassword')];
  }
  if (next === current) return [problem(PasswordErrorCode.PASSWORD_UNCHANGED, 'The new password is the same as the current one.', 'newPassword')];
  return [];
}

interface LoginStart {
  attemptId: number;
  locked: boolean;
  passwordHash: string | null;
  user: (SignedInUser) | null;
}

/** A row of app_login_start: the user's columns come from one joined account, all set when userId is, all null when not. */
interface LoginStartRow {
  attemptId: number;
  locked: boolean;
  userId: number | null;
  passwordHash: string | null;
  email: string | null;
  name: string | null;
  role: string | null;
  municipalityId: number | null;
  providerId: number | null;
  tokenVersion: number | null;
}

const ROLES: readonly string[] = Object.values(Role);
const isRole = (value: string | null): value is Role => value !== null && ROLES.includes(value);

function loginUser(row: LoginStartRow): LoginStart['user'] {
  if (row.userId === null) return null;
  const { email, name, role, municipalityId, tokenVersion } = row;
  if (email === null || name === null || !isRole(role) || municipalityId === null || tokenVersion === null) {
    throw new Error(`app_login_start returned user ${row.userId} without all of its columns`);
  }
  return { id: row.userId, email, name, role, municipalityId, providerId: row.providerId, tokenVersion };
}

/**
 * Login and token checks. Login bookkeeping runs in SECURITY DEFINER functions (app_login_start, app_login_finish):
 * the application role can neither read password hashes nor write login attempts itself.
 */
export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly tokens: TokenService,
    private readonly limits: LoginLimits,
    readonly secondFactor: SecondFactorService,
  ) {}

  /**
   * Records the attempt as pending and counts the failures before it, in one locked step, then checks the password.
   * Counting first and recording after the (slow) check let a parallel burst all see a count of zero.
   */
  private async attempt(
    db: Queryable,
    email: string,
    password: string,
    address: string,
    purpose: 'LOGIN' | 'PASSWORD_CHECK',
  ): Promise<{ ok: boolean; start: LoginStart }> {
    const [row] = await db.query<LoginStartRow>(
      `SELECT attempt_id AS "attemptId", locked, user_id AS "userId", password_hash AS "passwordHash", email, name, role,
              municipality_id AS "municipalityId", provider_id AS "providerId", token_version AS "tokenVersion"
         FROM app_login_start($1, $2, $3, $4, $5, $6)`,
      [email, address.slice(0, 64), this.limits.perAccount, this.limits.perAddress, this.limits.windowMinutes, purpose],
    );
    if (!row) throw new Error('app_login_start returned no row');
    const user = loginUser(row);
    // The same work whether the account exists or not, so that the time does not tell. A locked account or address
    // (which does not tell whether the account exists either: unknown addresses lock alike) skips the hash: a flood
    // against it costs no CPU, and leaves the thread pool to everyone else.
    const valid = row.locked ? false : await verifyPassword(row.passwordHash, password);
    const ok = valid && user !== null && !row.locked;
    await db.query(`SELECT app_login_finish($1, $2)`, [row.attemptId, ok]);
    if (!ok) countLoginFailure('password', row.locked);
    return { ok, start: { attemptId: row.attemptId, locked: row.locked, passwordHash: row.passwordHash, user } };
  }

  /**
   * Unknown email, wrong password and a locked account give the same answer after the same work,
   * so that none of them tells an attacker anything.
   */
  async login(email: string, password: string, address: string): Promise<Outcome<LoginAnswer>> {
    const normalised = email.trim().toLowerCase().slice(0, 320);
    const candidate = password.slice(0, PASSWORD_MAX_LENGTH);
    const { ok: valid, start } = await this.attempt(this.db, normalised, candidate, address, 'LOGIN');
    if (!valid || !start.user || candidate.length === 0) return fail(INVALID);
    // Told only after the right password, so it says nothing about an account to whoever does not know it.
    if (!(await passwordSignInAllowed(this.db, start.user.id))) return fail(PASSWORD_OFF);
    return ok(await this.firstFactorPassed(start.attemptId, start.user));
  }

  /**
   * A single-use mailed link proved the address (the link service redeemed it): from here the sign-in goes on as after
   * a right password, so a second factor, or the enrolment REQUIRE_MFA asks for, still comes first. The attempt is
   * recorded as a login of the account; the lock of wrong passwords does not hold the link back, since the link itself
   * was asked for by, and mailed to, the account's own address.
   */
  async linkSignIn(user: SignedInUser, address: string): Promise<LoginAnswer> {
    const [row] = await this.db.query<{ attemptId: number }>(
      `SELECT attempt_id AS "attemptId" FROM app_login_start($1, $2, $3, $4, $5, 'LOGIN')`,
      [user.email, address.slice(0, 64), this.limits.perAccount, this.limits.perAddress, this.limits.windowMinutes],
    );
    if (!row) throw new Error('app_login_start returned no row');
    await this.db.query(`SELECT app_login_finish($1, true)`, [row.attemptId]);
    return this.firstFactorPassed(row.attemptId, user);
  }

  /** After the first factor: the second step's challenge when one is due, else the token. */
  private async firstFactorPassed(attemptId: number, signedIn: SignedInUser): Promise<LoginAnswer> {
    const next = await this.secondFactor.afterPassword(this.db, attemptId);
    if (next !== null) return { kind: 'SECOND_STEP', ...next };
    const { tokenVersion, ...user } = signedIn;
    const { token, expiresAt } = await this.tokens.issue({ userId: user.id, version: tokenVersion });
    return { kind: 'TOKEN', token, expiresAt, user };
  }

  /** The signed-in user switches their second factor off, proving their password (a wrong one counts as a failed login). */
  async disableSecondFactor(db: Queryable, viewer: { userId: number; email: string }, password: string, address: string): Promise<Outcome<true>> {
    const { ok: valid, start } = await this.attempt(db, viewer.email, password.slice(0, PASSWORD_MAX_LENGTH), address, 'PASSWORD_CHECK');
    if (!valid || start.user?.id !== viewer.userId) {
      return fail(problem(ErrorCode.INVALID_CREDENTIALS, 'The current password is incorrect.', 'password'));
    }
    const row = first(await db.query<{ done: boolean }>(`SELECT app_second_factor_disable($1) AS done`, [start.attemptId]), 'the result');
    return row.done ? ok(true) : fail(problem(ErrorCode.INVALID_STATE, 'No second factor is active.', null));
  }

  /**
   * The signed-in user changes their own password, proving the current one (a wrong one counts as a failed login).
   * Every earlier token stops working (the token_version trigger); the answer carries a new token.
   * `db` is the request's connection: app_password_set changes only the user its settings name.
   */
  async changePassword(
    db: Queryable,
    viewer: { userId: number; email: string },
    current: string,
    next: string,
    address: string,
  ): Promise<Outcome<{ token: string; expiresAt: Date }>> {
    const rules = newPasswordProblems(current, next);
    if (rules.length > 0) return fail(...rules);
    const { ok: valid, start } = await this.attempt(db, viewer.email, current.slice(0, PASSWORD_MAX_LENGTH), address, 'PASSWORD_CHECK');
    if (!valid || start.user?.id !== viewer.userId) {
      return fail(problem(ErrorCode.INVALID_CREDENTIALS, 'The current password is incorrect.', 'currentPassword'));
    }
    const hash = await hashPassword(next);
    const row = first(
      await db.query<{ version: number }>(`SELECT app_password_set($1, $2) AS version`, [start.attemptId, hash]),
      'the new token version',
    );
    const { token, expiresAt } = await this.tokens.issue({ userId: viewer.userId, version: row.version });
    return ok({ token, expiresAt });
  }

  /**
   * Counts a request for a mailed link (login link, password reset) against the login limits, per address and per
   * account: false when either is spent. It counts as a failed attempt, never a success, so that asking for links
   * cannot clear a run of wrong passwords.
   */
  async linkRequestAllowed(email: string, address: string): Promise<boolean> {
    const [row] = await this.db.query<{ attemptId: number; locked: boolean }>(
      `SELECT attempt_id AS "attemptId", locked FROM app_login_start($1, $2, $3, $4, $5, 'LOGIN')`,
      [email, address.slice(0, 64), this.limits.perAccount, this.limits.perAddress, this.limits.windowMinutes],
    );
    if (!row) throw new Error('app_login_start returned no row');
    await this.db.query(`SELECT app_login_finish($1, false)`, [row.attemptId]);
    return !row.locked;
  }

  /** Whom a valid token names, or null: the user itself is looked up by the request's first statement (RequestDb.authenticate). */
  subjectFromToken(token: string): Promise<TokenSubject | null> {
    return this.tokens.verify(token);
  }
}
