import type { Queryable } from '../../db/database';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ErrorCode, fail, ok, problem, staleVersion, type Outcome, type Problem } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import type { PageWindow } from '../../shared/pagination';
import { RequestService } from '../../shared/request-service';
import { USER_COLUMNS, type UserRow } from './user.loaders';
import { Role } from './user.entity';
import { deactivateProblems, managedRoles, reactivateProblems, roleChangeProblems } from './user-admin.rules';

/** A user as the administration screens show them: with the active flag and the version a change names. */
export type AdministeredUser = UserRow & { active: boolean; version: number };

export interface UsersFilter {
  role: Role | null;
  active: boolean | null;
}

const ADMINISTERED_COLUMNS = `${USER_COLUMNS}, active, version`;
const userNotFound = (): Problem => problem(ErrorCode.NOT_FOUND, 'No such user.', 'id');

/** A change to the user's active flag, role and provider: what app_user_administer writes. */
interface UserChange {
  active: boolean;
  role: Role;
  providerId: number | null;
}

/**
 * Users of the municipality, managed by its ADMIN (everyone) and its REGISSEUR (everyone below ADMIN). A change goes
 * through app_user_administer, which checks the same scope again; it ends the user's tokens (token_version) and is
 * in the audit trail (the trigger on app_user).
 */
export class UserAdminService extends RequestService {
  async page(viewerOrNull: Viewer | null, filter: UsersFilter, window: PageWindow): Promise<AdministeredUser[]> {
    const viewer = requireRole(viewerOrNull, Role.ADMIN, Role.REGISSEUR);
    return this.db.query<AdministeredUser>(
      `SELECT ${ADMINISTERED_COLUMNS} FROM app_user
        WHERE municipality_id = $1 AND role = ANY($2::role[]) AND ($3::role IS NULL OR role = $3) AND ($4::boolean IS NULL OR active = $4)
          AND ($5::bigint IS NULL OR id > $5)
        ORDER BY id LIMIT $6`,
      [viewer.municipalityId, managedRoles(viewer), filter.role, filter.active, window.afterId, window.limit + 1],
    );
  }

  async count(viewerOrNull: Viewer | null, filter: UsersFilter): Promise<number> {
    const viewer = requireRole(viewerOrNull, Role.ADMIN, Role.REGISSEUR);
    const [row] = await this.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM app_user
        WHERE municipality_id = $1 AND role = ANY($2::role[]) AND ($3::role IS NULL OR role = $3) AND ($4::boolean IS NULL OR active = $4)`,
      [viewer.municipalityId, managedRoles(viewer), filter.role, filter.active],
    );
    return row?.count ?? 0;
  }

  deactivate(viewer: Viewer | null, id: string, version: number): Promise<Outcome<AdministeredUser>> {
    return this.change(viewer, id, version, (user, admins) => {
      const problems = deactivateProblems(user, admins);
      return problems.length > 0 ? fail(...problems) : ok({ active: false, role: user.role, providerId: user.providerId });
    });
  }

  reactivate(viewer: Viewer | null, id: string, version: number): Promise<Outcome<AdministeredUser>> {
    return this.change(viewer, id, version, (user) => {
      const problems = reactivateProblems(user);
      return problems.length > 0 ? fail(...problems) : ok({ active: true, role: user.role, providerId: user.providerId });
    });
  }

  changeRole(
    viewer: Viewer | null,
    id: string,
    version: number,
    input: { role: Role; providerId: string | null },
  ): Promise<Outcome<AdministeredUser>> {
    return this.change(viewer, id, version, async (user, admins, manager, tx) => {
      const providerId = input.providerId === null ? null : await this.providerOf(tx, manager, input.providerId);
      if (providerId === undefined) return fail(problem(ErrorCode.NOT_FOUND, 'No such provider.', 'input.providerId'));
      const problems = roleChangeProblems(manager, user, { role: input.role, providerId }, admins);
      return problems.length > 0 ? fail(...problems) : ok({ active: user.active, role: input.role, providerId });
    });
  }

  /** A provider of the manager's municipality, or undefined for an id that is not one. */
  private async providerOf(tx: Queryable, manager: Viewer, globalId: string): Promise<number | undefined> {
    const id = decodeIdOf('Provider', globalId);
    if (id === null) return undefined;
    const [row] = await tx.query<{ id: number }>(`SELECT id FROM provider WHERE id = $1 AND municipality_id = $2`, [id, manager.municipalityId]);
    return row?.id;
  }

  /**
   * Reads the user (locked) and the number of active ADMINs, asks `decide` for the change, and writes it at `version`.
   * A user the manager may not manage is NOT_FOUND, as one of another municipality is: the answer does not tell.
   */
  private async change(
    viewerOrNull: Viewer | null,
    globalId: string,
    version: number,
    decide: (user: AdministeredUser, activeAdmins: number, manager: Viewer, tx: Queryable) => Outcome<UserChange> | Promise<Outcome<UserChange>>,
  ): Promise<Outcome<AdministeredUser>> {
    const manager = requireRole(viewerOrNull, Role.ADMIN, Role.REGISSEUR);
    const id = decodeIdOf('User', globalId);
    if (id === null) return fail(userNotFound());
    return this.db.transaction(async (tx) => {
      const [user] = await tx.query<AdministeredUser>(
        `SELECT ${ADMINISTERED_COLUMNS} FROM app_user WHERE id = $1 AND municipality_id = $2 AND role = ANY($3::role[])`,
        [id, manager.municipalityId, managedRoles(manager)],
      );
      if (!user) return fail<AdministeredUser>(userNotFound());
      if (user.version !== version) return fail<AdministeredUser>(staleVersion(user.version));
      const [admins] = await tx.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM app_user WHERE municipality_id = $1 AND role = 'ADMIN' AND active`,
        [manager.municipalityId],
      );
      const decided = await decide(user, admins?.count ?? 0, manager, tx);
      if (!decided.ok) return fail<AdministeredUser>(...decided.problems);
      const { active, role, providerId } = decided.value;
      const [written] = await tx.query<{ version: number }>(`SELECT version FROM app_user_administer($1, $2, $3, $4, $5)`, [
        id,
        version,
        active,
        role,
        providerId,
      ]);
      if (!written) return fail<AdministeredUser>(staleVersion(version + 1));
      return ok({ ...user, active, role, providerId, version: written.version });
    });
  }
}
