import { createHash, randomBytes } from 'node:crypto';
import { systemClock } from '../../clock';
import type { Queryable } from '../../db/database';
import { requireViewer, type Viewer } from '../../shared/auth/viewer';
import type { TokenSubject } from '../../shared/auth/tokens';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { RequestService } from '../../shared/request-service';
import type { PersonalAccessToken } from './personal-access-token.entity';
import { tokenProblems } from './user-admin.rules';

/**
 * A personal access token: this prefix, then 256 random bits in base64url. The prefix is what sends a bearer token
 * down this path; every other token stays on the login-token path, which this lookup does not slow down.
 */
export const PERSONAL_TOKEN_PREFIX = 'rkpat_';
const PERSONAL_TOKEN_PATTERN = /^rkpat_[A-Za-z0-9_-]{43}$/;

export const isPersonalToken = (token: string): boolean => token.startsWith(PERSONAL_TOKEN_PREFIX);

const hashToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** Whom a personal access token names, with the token version it was made under; null for one that is unknown, revoked or expired. */
export async function personalTokenSubject(db: Queryable, token: string): Promise<TokenSubject | null> {
  if (!PERSONAL_TOKEN_PATTERN.test(token)) return null;
  const [row] = await db.query<TokenSubject>(`SELECT user_id AS "userId", token_version AS "version" FROM app_personal_access_token_subject($1)`, [
    hashToken(token),
  ]);
  return row ?? null;
}

const TOKEN_COLUMNS = `id, user_id AS "userId", municipality_id AS "municipalityId", name, created_at AS "createdAt",
  to_char(expires_on, 'YYYY-MM-DD') AS "expiresOn", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

/**
 * The viewer's own tokens for scripts: made, listed and revoked by them alone (row security: own_tokens).
 * Expiry is measured against the real date, as a login token's is (and as the database's lookup does), never
 * against the application's clock, which a demo or a test may fix.
 */
export class PersonalAccessTokenService extends RequestService {
  /** Tokens that still work (not revoked, not expired), newest first. */
  async list(viewerOrNull: Viewer | null): Promise<PersonalAccessToken[]> {
    const viewer = requireViewer(viewerOrNull);
    return this.db.query<PersonalAccessToken>(
      `SELECT ${TOKEN_COLUMNS} FROM personal_access_token
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date ORDER BY id DESC`,
      [viewer.userId],
    );
  }

  /** The token is in this answer only: it is kept as its hash. */
  async create(
    viewerOrNull: Viewer | null,
    input: { name: string; expiresOn: string },
  ): Promise<Outcome<{ token: string; personalAccessToken: PersonalAccessToken }>> {
    const viewer = requireViewer(viewerOrNull);
    const problems = tokenProblems(input.name, input.expiresOn, systemClock.today());
    if (problems.length > 0) return fail(...problems);
    const token = PERSONAL_TOKEN_PREFIX + randomBytes(32).toString('base64url');
    return this.db.transaction(async (tx) => {
      const [made] = await tx.query<{ id: number }>(`SELECT id FROM app_personal_access_token_create($1, $2, $3)`, [
        hashToken(token),
        input.name.trim(),
        input.expiresOn,
      ]);
      const [row] = made ? await tx.query<PersonalAccessToken>(`SELECT ${TOKEN_COLUMNS} FROM personal_access_token WHERE id = $1`, [made.id]) : [];
      if (!row) throw new Error(`personal access token of user ${viewer.userId} was not made`);
      return ok({ token, personalAccessToken: row });
    });
  }

  /** Ends one of the viewer's own tokens at once; another user's token is NOT_FOUND, as an unknown one is. */
  async revoke(viewerOrNull: Viewer | null, id: string): Promise<Outcome<PersonalAccessToken>> {
    const viewer = requireViewer(viewerOrNull);
    const numeric = /^[1-9][0-9]{0,15}$/.test(id) ? Number(id) : null;
    const notFound = problem(ErrorCode.NOT_FOUND, 'No such token of yours.', 'id');
    if (numeric === null) return fail(notFound);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<PersonalAccessToken>(
        `UPDATE personal_access_token SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING ${TOKEN_COLUMNS}`,
        [numeric, viewer.userId],
      );
      return row ? ok(row) : fail<PersonalAccessToken>(notFound);
    });
  }
}
