import type { Clock } from '../../clock';
import type { Queryable } from '../../db/database';
import type { RequestDb } from '../../db/request-db';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf, toGlobalId } from '../../shared/graphql/global-id';
import { RequestService } from '../../shared/request-service';
import type { ServiceSettings } from '../../shared/module';
import { Role } from '../user/user.entity';
import { issuerProblems, mappingProblems } from './oidc.rules';
import { CALLBACK_PATH, LOGIN_PATH, POST_LOGOUT_PATH, secretBinding } from './oidc.sign-in';

export interface IssuerView {
  id: string;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  scopes: string;
  roleClaim: string;
}

export interface MappingView {
  id: string;
  issuerId: string | null;
  claimValue: string;
  role: Role;
  providerId: string | null;
}

export interface IssuerChange {
  id: string | null;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  clientSecret: string | null;
  scopes: string | null;
  roleClaim: string | null;
}

const NO_ISSUER = problem(ErrorCode.NOT_FOUND, 'No such issuer.', 'input.id');
const NO_MAPPING = problem(ErrorCode.NOT_FOUND, 'No such mapping.', 'id');
const NO_PROVIDER = problem(ErrorCode.NOT_FOUND, 'No such provider.', 'input.providerId');
const ISSUER_COLUMNS = `id::text AS id, display_name AS "displayName", issuer_url AS "issuerUrl", client_id AS "clientId", scopes, role_claim AS "roleClaim"`;
const MAPPING_COLUMNS = `id::text AS id, issuer_id::text AS "issuerId", claim_value AS "claimValue", role, provider_id AS "providerId"`;

/** A plain numeric id as the API gives these rows out (they are no Node types); null when it is not one. */
const rowId = (raw: string | null | undefined): number | null => (raw != null && /^[1-9][0-9]{0,15}$/.test(raw) ? Number(raw) : null);

const mappingView = (row: Omit<MappingView, 'providerId'> & { providerId: number | null }): MappingView => ({
  ...row,
  providerId: row.providerId === null ? null : toGlobalId('Provider', row.providerId),
});

/**
 * The ADMIN's single sign-on settings for their municipality: its own issuers, the mappings of claim values to roles,
 * and the roles whose local password is switched off. Row security keeps each municipality to its own rows; changes
 * are in the audit trail (the tables' audit trigger).
 */
export class OidcService extends RequestService {
  constructor(
    db: RequestDb,
    clock: Clock,
    private readonly settings: ServiceSettings['oidc'],
  ) {
    super(db, clock);
  }

  /** The login page's buttons: the default issuer (when set) and every municipality's own. */
  async signInOptions(): Promise<{ issuerId: string | null; name: string | null; loginPath: string }[]> {
    const rows = await this.db.query<{ id: string; displayName: string }>(`SELECT id::text AS id, display_name AS "displayName" FROM app_oidc_issuers_public()`);
    const own = rows.map((r) => ({ issuerId: r.id, name: r.displayName, loginPath: `${LOGIN_PATH}?issuer=${r.id}` }));
    return this.settings.defaultIssuer ? [{ issuerId: null, name: null, loginPath: LOGIN_PATH }, ...own] : own;
  }

  async setup(viewerOrNull: Viewer | null): Promise<{
    redirectUrl: string;
    postLogoutRedirectUrl: string;
    defaultIssuer: boolean;
    issuers: IssuerView[];
    mappings: MappingView[];
    passwordOffRoles: Role[];
  }> {
    requireRole(viewerOrNull, Role.ADMIN);
    const [issuers, mappings, roles] = await Promise.all([
      this.db.query<IssuerView>(`SELECT ${ISSUER_COLUMNS} FROM oidc_issuer ORDER BY display_name, id`),
      this.db.query<Omit<MappingView, 'providerId'> & { providerId: number | null }>(
        `SELECT ${MAPPING_COLUMNS} FROM oidc_role_mapping ORDER BY claim_value, id`,
      ),
      this.db.query<{ role: Role }>(`SELECT r AS role FROM app_password_off_roles() r`),
    ]);
    return {
      redirectUrl: this.settings.baseUrl + CALLBACK_PATH,
      postLogoutRedirectUrl: this.settings.baseUrl + POST_LOGOUT_PATH,
      defaultIssuer: this.settings.defaultIssuer,
      issuers,
      mappings: mappings.map(mappingView),
      passwordOffRoles: roles.map((r) => r.role),
    };
  }

  /** Adds an issuer (id null) or changes one; a change without a secret keeps the stored one, sealed anew if the client changed. */
  async saveIssuer(viewerOrNull: Viewer | null, input: IssuerChange): Promise<Outcome<IssuerView>> {
    const viewer = requireRole(viewerOrNull, Role.ADMIN);
    const id = input.id === null ? null : rowId(input.id);
    if (input.id !== null && id === null) return fail(NO_ISSUER);
    const values = {
      displayName: input.displayName.trim(),
      issuerUrl: input.issuerUrl.trim().replace(/\/+$/, ''),
      clientId: input.clientId.trim(),
      clientSecret: input.clientSecret ?? (id === null ? '' : null),
      scopes: (input.scopes ?? 'openid email profile').trim(),
      roleClaim: (input.roleClaim ?? 'groups').trim(),
    };
    const problems = issuerProblems(values);
    if (problems.length > 0) return fail(...problems);
    return this.db.transaction(async (tx) => {
      const secret = values.clientSecret ?? (await this.storedSecret(tx, id ?? 0));
      if (secret === null) return fail(NO_ISSUER);
      const sealed = this.settings.sealSecret(secret, secretBinding(values.issuerUrl, values.clientId));
      const params = [values.displayName, values.issuerUrl, values.clientId, sealed, values.scopes, values.roleClaim];
      const [row] =
        id === null
          ? await tx.query<IssuerView>(
              `INSERT INTO oidc_issuer (municipality_id, display_name, issuer_url, client_id, client_secret_sealed, scopes, role_claim)
               VALUES ($7, $1, $2, $3, $4, $5, $6) RETURNING ${ISSUER_COLUMNS}`,
              [...params, viewer.municipalityId],
            )
          : await tx.query<IssuerView>(
              `UPDATE oidc_issuer SET display_name = $1, issuer_url = $2, client_id = $3, client_secret_sealed = $4, scopes = $5, role_claim = $6
                WHERE id = $7 RETURNING ${ISSUER_COLUMNS}`,
              [...params, id],
            );
      return row === undefined ? fail(NO_ISSUER) : ok(row);
    });
  }

  /** The stored secret of an issuer being changed, opened with its own (old) binding; null when there is none. */
  private async storedSecret(tx: Queryable, id: number): Promise<string | null> {
    const [row] = await tx.query<{ sealed: string; issuerUrl: string; clientId: string }>(
      `SELECT i.client_secret_sealed AS sealed, i.issuer_url AS "issuerUrl", i.client_id AS "clientId"
         FROM oidc_issuer o, app_oidc_issuer(o.id) i WHERE o.id = $1`,
      [id],
    );
    return row === undefined ? null : this.settings.openSecret(row.sealed, secretBinding(row.issuerUrl, row.clientId));
  }

  async deleteIssuer(viewerOrNull: Viewer | null, rawId: string): Promise<Outcome<true>> {
    requireRole(viewerOrNull, Role.ADMIN);
    const id = rowId(rawId);
    if (id === null) return fail({ ...NO_ISSUER, field: 'id' });
    const rows = await this.db.transaction((tx) => tx.query(`DELETE FROM oidc_issuer WHERE id = $1 RETURNING id`, [id]));
    return rows.length === 0 ? fail({ ...NO_ISSUER, field: 'id' }) : ok(true);
  }

  async addMapping(
    viewerOrNull: Viewer | null,
    input: { issuerId: string | null; claimValue: string; role: Role; providerId: string | null },
  ): Promise<Outcome<MappingView>> {
    const viewer = requireRole(viewerOrNull, Role.ADMIN);
    const issuerId = input.issuerId === null ? null : rowId(input.issuerId);
    if (input.issuerId !== null && issuerId === null) return fail({ ...NO_ISSUER, field: 'input.issuerId' });
    const providerId = input.providerId === null ? null : decodeIdOf('Provider', input.providerId);
    if (input.providerId !== null && providerId === null) return fail(NO_PROVIDER);
    const claimValue = input.claimValue.trim();
    const problems = mappingProblems({ claimValue, role: input.role, providerId });
    if (problems.length > 0) return fail(...problems);
    return this.db.transaction(async (tx) => {
      // Both are read through row security: an issuer or provider of another municipality is not found.
      if (issuerId !== null && (await tx.query(`SELECT 1 FROM oidc_issuer WHERE id = $1`, [issuerId])).length === 0) {
        return fail({ ...NO_ISSUER, field: 'input.issuerId' });
      }
      if (providerId !== null && (await tx.query(`SELECT 1 FROM provider WHERE id = $1`, [providerId])).length === 0) return fail(NO_PROVIDER);
      const [row] = await tx.query<Omit<MappingView, 'providerId'> & { providerId: number | null }>(
        `INSERT INTO oidc_role_mapping (municipality_id, issuer_id, claim_value, role, provider_id) VALUES ($1, $2, $3, $4, $5)
         RETURNING ${MAPPING_COLUMNS}`,
        [viewer.municipalityId, issuerId, claimValue, input.role, providerId],
      );
      return row === undefined ? fail(NO_MAPPING) : ok(mappingView(row));
    });
  }

  async deleteMapping(viewerOrNull: Viewer | null, rawId: string): Promise<Outcome<true>> {
    requireRole(viewerOrNull, Role.ADMIN);
    const id = rowId(rawId);
    if (id === null) return fail(NO_MAPPING);
    const rows = await this.db.transaction((tx) => tx.query(`DELETE FROM oidc_role_mapping WHERE id = $1 RETURNING id`, [id]));
    return rows.length === 0 ? fail(NO_MAPPING) : ok(true);
  }

  /** Replaces the roles whose local password is off, whole. */
  async setPasswordOffRoles(viewerOrNull: Viewer | null, roles: readonly Role[]): Promise<Role[]> {
    requireRole(viewerOrNull, Role.ADMIN);
    await this.db.transaction((tx) => tx.query(`SELECT app_password_off_roles_set($1::text[])`, [roles]));
    const rows = await this.db.query<{ role: Role }>(`SELECT r AS role FROM app_password_off_roles() r`);
    return rows.map((r) => r.role);
  }
}
