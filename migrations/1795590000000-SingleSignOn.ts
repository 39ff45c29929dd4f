import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;
const SETTING = (name: string, type: 'bigint' | 'text' = 'bigint') => `app_setting_${type}('app.${name}')`;
const TENANT = `municipality_id = ${SETTING('municipality_id')}`;

/**
 * Single sign-on with OpenID Connect.
 * - oidc_issuer: a municipality's own identity provider, kept by its ADMIN (the settings OIDC_* are the installation's
 *   default one, which has no row). The client secret is sealed by the API; the application role may write it but not
 *   read it back: the sign-in routes read an issuer through app_oidc_issuer, before anyone is signed in.
 * - oidc_role_mapping: a value of the issuer's role claim (a group) to a role and, for PROVIDER_REP, a provider;
 *   issuer_id null is the default issuer. Nobody signs in with a role no row gives, except a user an ADMIN invited.
 * - oidc_grant: per web session signed in this way, the ID token (for the logout at the issuer) and the sealed refresh
 *   or access token with which the job re-checks the session. No privilege for the application role.
 * - password_off_role: per municipality, the roles whose local password no longer signs in.
 * The sign-in itself goes through app_oidc_sign_in_facts (what the decision needs) and app_oidc_sign_in_apply, which
 * checks again that the role is one a mapping gives before it makes or changes the account.
 */
export class SingleSignOn1795590000000 implements MigrationInterface {
  name = 'SingleSignOn1795590000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`
      CREATE TABLE "oidc_issuer" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "display_name" character varying(100) NOT NULL,
        "issuer_url" character varying(500) NOT NULL,
        "client_id" character varying(200) NOT NULL,
        "client_secret_sealed" text NOT NULL,
        "scopes" character varying(300) NOT NULL,
        "role_claim" character varying(100) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "oidc_issuer_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "oidc_issuer_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id")
      )`);
    await q(`CREATE INDEX "oidc_issuer_municipality_idx" ON "oidc_issuer" ("municipality_id")`);
    await q(`
      CREATE TABLE "oidc_role_mapping" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "issuer_id" bigint,
        "claim_value" character varying(200) NOT NULL,
        "role" "public"."role" NOT NULL,
        "provider_id" bigint,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "oidc_role_mapping_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "oidc_role_mapping_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id"),
        CONSTRAINT "oidc_role_mapping_issuer_fkey" FOREIGN KEY ("issuer_id") REFERENCES "oidc_issuer"("id") ON DELETE CASCADE,
        CONSTRAINT "oidc_role_mapping_provider_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id")
      )`);
    await q(`CREATE INDEX "oidc_role_mapping_claim_idx" ON "oidc_role_mapping" ("claim_value")`);
    await q(`
      CREATE TABLE "oidc_grant" (
        "session_id" bigint NOT NULL,
        "user_id" bigint NOT NULL,
        "issuer_id" bigint,
        "id_token" text NOT NULL,
        "refresh_token_sealed" text,
        "access_token_sealed" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_checked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "oidc_grant_pkey" PRIMARY KEY ("session_id"),
        CONSTRAINT "oidc_grant_session_fkey" FOREIGN KEY ("session_id") REFERENCES "user_session"("id") ON DELETE CASCADE,
        CONSTRAINT "oidc_grant_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "oidc_grant_issuer_fkey" FOREIGN KEY ("issuer_id") REFERENCES "oidc_issuer"("id") ON DELETE CASCADE
      )`);
    await q(`CREATE INDEX "oidc_grant_user_idx" ON "oidc_grant" ("user_id")`);
    await q(`
      CREATE TABLE "password_off_role" (
        "municipality_id" bigint NOT NULL,
        "role" "public"."role" NOT NULL,
        CONSTRAINT "password_off_role_pkey" PRIMARY KEY ("municipality_id", "role"),
        CONSTRAINT "password_off_role_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id")
      )`);

    await q(`REVOKE ALL ON oidc_grant, password_off_role FROM regiekamer_app`);
    // The ADMIN's tables: the service checks the role; the policies keep each municipality to its own rows.
    await q(`GRANT SELECT (id, municipality_id, display_name, issuer_url, client_id, scopes, role_claim, created_at) ON oidc_issuer TO regiekamer_app`);
    await q(`GRANT INSERT, UPDATE, DELETE ON oidc_issuer TO regiekamer_app`);
    await q(`GRANT SELECT, INSERT, UPDATE, DELETE ON oidc_role_mapping TO regiekamer_app`);
    for (const table of ['oidc_issuer', 'oidc_role_mapping']) {
      await q(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY tenant_scope ON ${table} TO regiekamer_app USING (${TENANT}) WITH CHECK (${TENANT})`);
      await q(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }

    // An issuer for the sign-in routes, before anyone is signed in: the sealed secret only the API can open.
    await q(`
      CREATE FUNCTION app_oidc_issuer(p_id bigint)
      RETURNS TABLE (id bigint, municipality_id bigint, display_name text, issuer_url text, client_id text,
                     client_secret_sealed text, scopes text, role_claim text)
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT i.id, i.municipality_id, i.display_name::text, i.issuer_url::text, i.client_id::text, i.client_secret_sealed,
               i.scopes::text, i.role_claim::text
          FROM oidc_issuer i WHERE i.id = p_id
      $$`);
    // The buttons of the login page: names only.
    await q(`
      CREATE FUNCTION app_oidc_issuers_public() RETURNS TABLE (id bigint, display_name text)
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT i.id, i.display_name::text FROM oidc_issuer i ORDER BY i.display_name, i.id
      $$`);

    // What the decision needs: the account with this address (if any) and the mappings the claim values match.
    await q(`
      CREATE FUNCTION app_oidc_sign_in_facts(p_issuer_id bigint, p_email text, p_claim_values text[])
      RETURNS TABLE (source text, user_id bigint, municipality_id bigint, role text, provider_id bigint, active boolean, claim_value text)
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT 'USER', u.id, u.municipality_id, u.role::text, u.provider_id, u.active, NULL::text
          FROM app_user u WHERE u.email = p_email
        UNION ALL
        SELECT 'MAPPING', NULL::bigint, m.municipality_id, m.role::text, m.provider_id, NULL::boolean, m.claim_value::text
          FROM oidc_role_mapping m
         WHERE m.issuer_id IS NOT DISTINCT FROM p_issuer_id AND m.claim_value = ANY (p_claim_values)
      $$`);

    // Makes the account, or gives an existing one the mapped role; refuses (no row) what no mapping gives.
    await q(`
      CREATE FUNCTION app_oidc_sign_in_apply(p_issuer_id bigint, p_email text, p_name text, p_claim_values text[],
                                             p_municipality_id bigint, p_role role, p_provider_id bigint)
      RETURNS TABLE (user_id bigint, token_version integer, email text, name text, role text, municipality_id bigint, provider_id bigint)
      LANGUAGE plpgsql ${DEFINER} AS $$
      #variable_conflict use_column
      DECLARE
        u app_user;
      BEGIN
        IF p_issuer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM oidc_issuer i WHERE i.id = p_issuer_id AND i.municipality_id = p_municipality_id) THEN
          RETURN;
        END IF;
        IF p_role IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM oidc_role_mapping m
              WHERE m.issuer_id IS NOT DISTINCT FROM p_issuer_id AND m.claim_value = ANY (p_claim_values)
                AND m.municipality_id = p_municipality_id AND m.role = p_role AND m.provider_id IS NOT DISTINCT FROM p_provider_id) THEN
          RETURN;
        END IF;
        SELECT * INTO u FROM app_user a WHERE a.email = p_email FOR UPDATE;
        IF FOUND THEN
          IF NOT u.active OR u.municipality_id <> p_municipality_id THEN RETURN; END IF;
          IF p_role IS NOT NULL AND (u.role <> p_role OR u.provider_id IS DISTINCT FROM p_provider_id) THEN
            UPDATE app_user a SET role = p_role, provider_id = p_provider_id WHERE a.id = u.id;
          END IF;
        ELSIF p_role IS NULL THEN
          RETURN;
        ELSE
          -- No password: '!' is no hash, so no password signs in to this account (a reset by mail can give one).
          INSERT INTO app_user (municipality_id, email, name, role, provider_id, password_hash)
          VALUES (p_municipality_id, p_email, p_name, p_role, p_provider_id, '!') RETURNING * INTO u;
        END IF;
        RETURN QUERY SELECT a.id, a.token_version, a.email::text, a.name::text, a.role::text, a.municipality_id, a.provider_id
                       FROM app_user a WHERE a.id = u.id AND a.active;
      END $$`);

    // The grant of a session just started, and its first re-check on the queue (the job then plans the next one).
    await q(`
      CREATE FUNCTION app_oidc_grant_add(p_session_id bigint, p_user_id bigint, p_issuer_id bigint, p_id_token text,
                                         p_refresh_sealed text, p_access_sealed text, p_recheck_minutes integer) RETURNS void
      LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        INSERT INTO oidc_grant (session_id, user_id, issuer_id, id_token, refresh_token_sealed, access_token_sealed)
        VALUES (p_session_id, p_user_id, p_issuer_id, p_id_token, p_refresh_sealed, p_access_sealed);
        PERFORM graphile_worker.add_job(identifier => 'oidc_recheck', payload => json_build_object('sessionId', p_session_id),
                                        run_at => now() + make_interval(mins => p_recheck_minutes),
                                        job_key => 'oidc-recheck:' || p_session_id, job_key_mode => 'replace');
      END $$`);
    // For the logout of a session that is ending: the issuer and the ID token to hint with; the grant goes with it.
    await q(`
      CREATE FUNCTION app_oidc_grant_take(p_session_id bigint) RETURNS TABLE (issuer_id bigint, id_token text)
      LANGUAGE sql ${DEFINER} AS $$
        DELETE FROM oidc_grant g WHERE g.session_id = p_session_id RETURNING g.issuer_id, g.id_token
      $$`);

    // The ADMIN's choice for their municipality: the roles whose local password does not sign in.
    await q(`
      CREATE FUNCTION app_password_off_roles_set(p_roles text[]) RETURNS void
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_municipality bigint := ${SETTING('municipality_id')};
      BEGIN
        IF v_municipality IS NULL OR ${SETTING('role', 'text')} IS DISTINCT FROM 'ADMIN' THEN
          RAISE EXCEPTION 'only an administrator chooses' USING ERRCODE = 'insufficient_privilege';
        END IF;
        DELETE FROM password_off_role r WHERE r.municipality_id = v_municipality;
        INSERT INTO password_off_role (municipality_id, role) SELECT DISTINCT v_municipality, x::role FROM unnest(p_roles) x;
      END $$`);
    await q(`
      CREATE FUNCTION app_password_off_roles() RETURNS SETOF text
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT r.role::text FROM password_off_role r WHERE r.municipality_id = ${SETTING('municipality_id')} ORDER BY r.role
      $$`);
    // Asked by the login after a right password, before a token or a second step.
    await q(`
      CREATE FUNCTION app_password_sign_in_allowed(p_user_id bigint) RETURNS boolean
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT NOT EXISTS (SELECT 1 FROM app_user u JOIN password_off_role r ON r.municipality_id = u.municipality_id AND r.role = u.role
                            WHERE u.id = p_user_id)
      $$`);

    for (const fn of FUNCTIONS) {
      await q(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q(`GRANT EXECUTE ON FUNCTION ${fn} TO regiekamer_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await queryRunner.query(`DROP FUNCTION ${fn}`);
    await queryRunner.query(`DROP TABLE "password_off_role"`);
    await queryRunner.query(`DROP TABLE "oidc_grant"`);
    await queryRunner.query(`DROP TABLE "oidc_role_mapping"`);
    await queryRunner.query(`DROP TABLE "oidc_issuer"`);
  }
}

const FUNCTIONS = [
  'app_oidc_issuer(bigint)',
  'app_oidc_issuers_public()',
  'app_oidc_sign_in_facts(bigint, text, text[])',
  'app_oidc_sign_in_apply(bigint, text, text, text[], bigint, role, bigint)',
  'app_oidc_grant_add(bigint, bigint, bigint, text, text, text, integer)',
  'app_oidc_grant_take(bigint)',
  'app_password_off_roles_set(text[])',
  'app_password_off_roles()',
  'app_password_sign_in_allowed(bigint)',
];
