import type { Database } from '../../db/database';
import { verifyPassword } from '../../shared/auth/passwords';
import type { TokenService } from '../../shared/auth/tokens';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { USER_COLUMNS, type UserRow } from './user.loaders';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: UserRow;
}

export interface LoginLimits {
  /** Failed attempts per account within the window before the account is locked for the rest of it. */
  perAccount: number;
  /** Failed attempts per client address within the window. */
  perAddress: number;
  windowMinutes: number;
}

const INVALID = problem(ErrorCode.INVALID_CREDENTIALS, 'The email address or password is incorrect.', null);

/**
 * Login and token checks. Runs on the shared pool, outside any request's transaction: it has to find the user
 * before anyone's settings are known (users and login attempts have no row policies).
 */
export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly tokens: TokenService,
    private readonly limits: LoginLimits,
  ) {}

  /**
   * Unknown email, wrong password and a locked account give the same answer after the same work,
   * so that none of them tells an attacker anything.
   */
  async login(email: string, password: string, address: string): Promise<Outcome<LoginResult>> {
    const normalised = email.trim().toLowerCase().slice(0, 320);
    const candidate = password.slice(0, 1000);
    const [attempts] = await this.db.query<{ byAccount: number; byAddress: number }>(
      `SELECT count(*) FILTER (WHERE email = $1) AS "byAccount", count(*) FILTER (WHERE address = $2) AS "byAddress"
         FROM login_attempt WHERE at > now() - make_interval(mins => $3) AND (email = $1 OR address = $2)`,
      [normalised, address, this.limits.windowMinutes],
    );
    const locked = (attempts?.byAccount ?? 0) >= this.limits.perAccount || (attempts?.byAddress ?? 0) >= this.limits.perAddress;
    const rows =
      normalised.length === 0 || candidate.length === 0
        ? []
        : await this.db.query<UserRow & { passwordHash: string }>(
            `SELECT ${USER_COLUMNS}, password_hash AS "passwordHash" FROM app_user WHERE email = $1`,
            [normalised],
          );
    const row = rows[0] ?? null;
    const valid = await verifyPassword(row?.passwordHash ?? null, candidate);
    if (!row || !valid || locked) {
      await this.db.query(`INSERT INTO login_attempt (email, address) VALUES ($1, $2)`, [normalised, address]);
      return fail(INVALID);
    }
    await this.db.query(`DELETE FROM login_attempt WHERE email = $1`, [normalised]);
    const { passwordHash: _hash, ...user } = row;
    const { token, expiresAt } = await this.tokens.issue(user.id);
    return ok({ token, expiresAt, user });
  }

  /** The user id of a valid token, or null: the user itself is looked up with the request's BEGIN (RequestDb.authenticate). */
  userIdFromToken(token: string): Promise<number | null> {
    return this.tokens.verify(token);
  }
}
