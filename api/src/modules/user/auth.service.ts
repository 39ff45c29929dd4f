import type { Database } from '../../db/database';
import type { Viewer } from '../../shared/auth/viewer';
import { verifyPassword } from '../../shared/auth/passwords';
import type { TokenService } from '../../shared/auth/tokens';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { USER_COLUMNS, type UserRow } from './user.loaders';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: UserRow;
}

const INVALID = problem(ErrorCode.INVALID_CREDENTIALS, 'The email address or password is incorrect.', null);

export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly tokens: TokenService,
  ) {}

  /** Unknown email and wrong password give the same answer after the same work. */
  async login(email: string, password: string): Promise<Outcome<LoginResult>> {
    const normalised = email.trim().toLowerCase();
    if (normalised.length === 0 || normalised.length > 320 || password.length === 0 || password.length > 1000) {
      await verifyPassword(null, password.slice(0, 1000));
      return fail(INVALID);
    }
    const rows = await this.db.query<UserRow & { passwordHash: string }>(
      `SELECT ${USER_COLUMNS}, password_hash AS "passwordHash" FROM app_user WHERE email = $1`,
      [normalised],
    );
    const row = rows[0] ?? null;
    const valid = await verifyPassword(row?.passwordHash ?? null, password);
    if (!row || !valid) return fail(INVALID);
    const { passwordHash: _hash, ...user } = row;
    const { token, expiresAt } = await this.tokens.issue(user.id);
    return ok({ token, expiresAt, user });
  }

  /** The viewer behind a bearer token; null when the token is invalid or its user no longer exists. */
  async viewerFromToken(token: string): Promise<Viewer | null> {
    const userId = await this.tokens.verify(token);
    if (userId === null) return null;
    const rows = await this.db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM app_user WHERE id = $1`, [userId]);
    const user = rows[0];
    if (!user) return null;
    return { userId: user.id, email: user.email, role: user.role, municipalityId: user.municipalityId, providerId: user.providerId };
  }
}
