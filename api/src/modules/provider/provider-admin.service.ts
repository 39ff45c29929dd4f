import type { Queryable } from '../../db/database';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { first } from '../../shared/loader-utils';
import { RequestService } from '../../shared/request-service';
import { Role } from '../user/user.entity';
import type { Provider, ProviderKind } from './provider.entity';
import { PROVIDER_COLUMNS } from './provider.loaders';
import { deactivateProblems, providerFieldProblems } from './provider.rules';

export interface ProviderCreate {
  name: string;
  kind: ProviderKind;
  kvkNumber: string;
  agbCode?: string | null;
}

export interface ProviderUpdate {
  name?: string | null;
  kind?: ProviderKind | null;
}

const notFound = (field = 'id') => problem(ErrorCode.NOT_FOUND, 'No such provider.', field);

/**
 * Providers managed by the municipality's ADMIN and REGISSEUR: added, renamed, their kind set, deactivated with a
 * reason (their representatives are deactivated with it, which ends their sessions and tokens at once) and reactivated.
 * Every change is in the audit trail (the trigger on provider and app_user).
 */
export class ProviderAdminService extends RequestService {
  async create(viewerOrNull: Viewer | null, input: ProviderCreate): Promise<Outcome<Provider>> {
    const viewer = requireRole(viewerOrNull, Role.ADMIN, Role.REGISSEUR);
    const problems = providerFieldProblems(input);
    if (problems.length > 0) return fail(...problems);
    const rows = await this.db.query<Provider>(
      `INSERT INTO provider (municipality_id, name, kind, kvk_number, agb_code) VALUES ($1, $2, $3, $4, $5) RETURNING ${PROVIDER_COLUMNS}`,
      [viewer.municipalityId, input.name.trim(), input.kind, input.kvkNumber, input.agbCode ?? null],
    );
    return ok(first(rows, 'one Provider row'));
  }

  async update(viewerOrNull: Viewer | null, globalId: string, version: number, input: ProviderUpdate): Promise<Outcome<Provider>> {
    const viewer = requireRole(viewerOrNull, Role.ADMIN, Role.REGISSEUR);
    const id = decodeIdOf('Provider', globalId);
    if (id === null) return fail(notFound());
    const problems = providerFieldProblems({ name: input.name });
    if (problems.length > 0) return fail(...problems);
    return this.db.transaction(async (tx) => {
      const current = await this.lock(tx, viewer, id);
      if (!current) return fail<Provider>(notFound());
      if (current.version !== version) return fail<Provider>(staleVersion(current.version));
      const rows = await tx.query<Provider>(
        `UPDATE provider SET name = COALESCE($3, name), kind = COALESCE($4, kind), version = version + 1
          WHERE id = $1 AND version = $2 RETURNING ${PROVIDER_COLUMNS}`,
        [id, version, input.name?.trim() ?? null, input.kind ?? null],
      );
      return ok(first(rows, 'one Provider row'));
    });
  }

  async deactivate(viewerOrNull: Viewer | null, input: { providerId: string; reason: string }): Promise<Outcome<Provider>> {
    const viewer = requireRole(viewerOrNull, Role.ADMIN, Role.REGISSEUR);
    const id = decodeIdOf('Provider', input.providerId);
    if (id === null) return fail(notFound('input.providerId'));
    return this.db.transaction(async (tx) => {
      const current = await this.lock(tx, viewer, id);
      if (!current) return fail<Provider>(notFound('input.providerId'));
      const problems = deactivateProblems(current, input.reason);
      if (problems.length > 0) return fail<Provider>(...problems);
      const rows = await tx.query<Provider>(
        `UPDATE provider SET active = false, deactivated_at = $2, deactivation_reason = $3, version = version + 1 WHERE id = $1 RETURNING ${PROVIDER_COLUMNS}`,
        [id, this.clock.now(), input.reason.trim()],
      );
      await this.deactivateRepresentatives(tx, id);
      return ok(first(rows, 'one Provider row'));
    });
  }

  /** Active again; its representatives stay deactivated until a manager reactivates each (user administration). */
  async reactivate(viewerOrNull: Viewer | null, globalId: string): Promise<Outcome<Provider>> {
    const viewer = requireRole(viewerOrNull, Role.ADMIN, Role.REGISSEUR);
    const id = decodeIdOf('Provider', globalId);
    if (id === null) return fail(notFound());
    return this.db.transaction(async (tx) => {
      const current = await this.lock(tx, viewer, id);
      if (!current) return fail<Provider>(notFound());
      if (current.active) return fail<Provider>(problem(ErrorCode.INVALID_STATE, 'This provider is active already.', 'id'));
      const rows = await tx.query<Provider>(
        `UPDATE provider SET active = true, deactivated_at = NULL, deactivation_reason = NULL, version = version + 1 WHERE id = $1 RETURNING ${PROVIDER_COLUMNS}`,
        [id],
      );
      return ok(first(rows, 'one Provider row'));
    });
  }

  /**
   * Through app_user_administer, as userDeactivate does: it checks the manager's scope again, and the user's new token
   * version ends their sessions and tokens in this same transaction.
   */
  private async deactivateRepresentatives(tx: Queryable, providerId: number): Promise<void> {
    const reps = await tx.query<{ id: number; version: number }>(
      `SELECT id, version FROM app_user WHERE provider_id = $1 AND role = 'PROVIDER_REP' AND active ORDER BY id`,
      [providerId],
    );
    for (const rep of reps) {
      await tx.query(`SELECT version FROM app_user_administer($1, $2, false, 'PROVIDER_REP', $3)`, [rep.id, rep.version, providerId]);
    }
  }

  private async lock(tx: Queryable, viewer: Viewer, id: number): Promise<Provider | null> {
    const [row] = await tx.query<Provider>(`SELECT ${PROVIDER_COLUMNS} FROM provider WHERE id = $1 AND municipality_id = $2 FOR UPDATE`, [
      id,
      viewer.municipalityId,
    ]);
    return row ?? null;
  }
}
