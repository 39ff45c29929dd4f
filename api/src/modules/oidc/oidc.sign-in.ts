import type { OidcConfig } from '../../config';
import type { Queryable } from '../../db/database';
import type { Sealer } from '../../shared/auth/sealing';
import { Role } from '../user/user.entity';
import type { SignedInUser } from '../user/user.loaders';
import type { IssuerSettings, OidcClients } from './oidc.client';
import { claimValues, decideSignIn, emailOf, nameOf, type MappingFact, type RefusalReason, type UserFact } from './oidc.rules';

/** What the sign-in routes, the logout and the re-check job share. */
export interface OidcRuntime {
  readonly clients: OidcClients;
  /** Seals client secrets, refresh and access tokens, and the pending login's cookie. */
  readonly sealer: Sealer;
  readonly config: OidcConfig;
  /** PUBLIC_URL or the API's own address: the redirect and post-logout URLs are made from it. */
  readonly publicUrl: string;
}

/** What a client secret is sealed to: the issuer and client it belongs to, so that it opens for no other row. */
export const secretBinding = (issuerUrl: string, clientId: string): string => `oidc-issuer ${issuerUrl} ${clientId}`;

export const CALLBACK_PATH = '/auth/oidc/callback';
export const LOGIN_PATH = '/auth/oidc/login';
/** Where the issuer sends the browser after its logout: the login page. */
export const POST_LOGOUT_PATH = '/inloggen';

interface IssuerRow {
  id: number;
  municipalityId: number;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  clientSecretSealed: string;
  scopes: string;
  roleClaim: string;
}

/** The default issuer (null id) from the settings, or a municipality's from its row; null when there is no such issuer. */
export async function issuerSettings(db: Queryable, runtime: OidcRuntime, issuerId: number | null): Promise<IssuerSettings | null> {
  if (issuerId === null) {
    const d = runtime.config.defaultIssuer;
    if (d === null) return null;
    return { issuerId: null, municipalityId: null, displayName: '', issuerUrl: d.issuer, clientId: d.clientId, clientSecret: d.clientSecret, scopes: d.scopes, roleClaim: d.roleClaim };
  }
  const [row] = await db.query<IssuerRow>(
    `SELECT id, municipality_id AS "municipalityId", display_name AS "displayName", issuer_url AS "issuerUrl", client_id AS "clientId",
            client_secret_sealed AS "clientSecretSealed", scopes, role_claim AS "roleClaim" FROM app_oidc_issuer($1)`,
    [issuerId],
  );
  if (row === undefined) return null;
  const clientSecret = runtime.sealer.open(row.clientSecretSealed, secretBinding(row.issuerUrl, row.clientId));
  if (clientSecret === null) return null;
  const { clientSecretSealed: _sealed, id, ...rest } = row;
  return { ...rest, issuerId: id, clientSecret };
}

interface FactRow {
  source: 'USER' | 'MAPPING';
  userId: number | null;
  municipalityId: number;
  role: Role;
  providerId: number | null;
  active: boolean | null;
  claimValue: string | null;
}

function factsOf(rows: readonly FactRow[]): { user: UserFact | null; mappings: MappingFact[] } {
  const userRow = rows.find((r) => r.source === 'USER');
  const user =
    userRow && userRow.userId !== null
      ? { userId: userRow.userId, municipalityId: userRow.municipalityId, role: userRow.role, providerId: userRow.providerId, active: userRow.active === true }
      : null;
  const mappings = rows
    .filter((r) => r.source === 'MAPPING')
    .map((r) => ({ municipalityId: r.municipalityId, role: r.role, providerId: r.providerId, claimValue: r.claimValue ?? '' }));
  return { user, mappings };
}

/**
 * Decides who signs in from the issuer's claims (oidc.rules decideSignIn) and makes or updates the account; the
 * database function checks again that a role given is one a mapping gives. In the caller's transaction.
 */
export async function signInWithClaims(
  tx: Queryable,
  issuer: IssuerSettings,
  claims: Readonly<Record<string, unknown>>,
): Promise<{ ok: true; user: SignedInUser } | { ok: false; reason: RefusalReason }> {
  const email = emailOf(claims);
  if (email === null) return { ok: false, reason: 'NO_EMAIL' };
  const values = claimValues(claims, issuer.roleClaim);
  const rows = await tx.query<FactRow>(
    `SELECT source, user_id AS "userId", municipality_id AS "municipalityId", role, provider_id AS "providerId", active,
            claim_value AS "claimValue" FROM app_oidc_sign_in_facts($1, $2, $3::text[])`,
    [issuer.issuerId, email, values],
  );
  const { user, mappings } = factsOf(rows);
  const decision = decideSignIn(user, mappings, issuer.municipalityId);
  if (decision.kind === 'REFUSED') return { ok: false, reason: decision.reason };
  const [row] = await tx.query<SignedInUser>(
    `SELECT user_id AS id, token_version AS "tokenVersion", email, name, role, municipality_id AS "municipalityId", provider_id AS "providerId"
       FROM app_oidc_sign_in_apply($1, $2, $3, $4::text[], $5, $6::role, $7)`,
    [issuer.issuerId, email, nameOf(claims, email), values, decision.municipalityId, decision.role, decision.providerId],
  );
  return row === undefined ? { ok: false, reason: 'NO_ACCESS' } : { ok: true, user: row };
}

/**
 * The logout of a session signed in by an issuer: its end-session URL, with the ID token as hint and the login page
 * to come back to (RP-initiated logout); null for any other session. The grant is removed with it.
 */
export async function logoutRedirect(db: Queryable, runtime: OidcRuntime, sessionId: number): Promise<string | null> {
  const [grant] = await db.query<{ issuerId: number | null; idToken: string }>(
    `SELECT issuer_id AS "issuerId", id_token AS "idToken" FROM app_oidc_grant_take($1)`,
    [sessionId],
  );
  if (grant === undefined) return null;
  const settings = await issuerSettings(db, runtime, grant.issuerId);
  return settings === null ? null : runtime.clients.endSessionUrl(settings, grant.idToken, runtime.publicUrl + POST_LOGOUT_PATH);
}
