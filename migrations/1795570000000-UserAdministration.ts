import type { MigrationInterface, QueryRunner } from 'typeorm';

const SETTING = (name: string) => `(SELECT app_setting_bigint('app.${name}'))`;
const OWN = `user_id = ${SETTING('user_id')} AND municipality_id = ${SETTING('municipality_id')}`;
const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;

/**
 * Managing users (deactivate, reactivate, change role) and personal access tokens for scripts.
 * - app_user gets a row version for the admin's optimistic check. The application role still cannot write app_user:
 *   a change goes through app_user_administer, which checks the signed-in manager's scope itself (an ADMIN their
 *   municipality, a REGISSEUR their municipality below ADMIN) and never leaves a municipality without an active ADMIN.
 *   The token_version trigger ends the user's tokens; the audit trigger records the change.
 * - personal_access_token: kept as its SHA-256 only, with the user's token_version when made, so that a change of
 *   role, scope, password or the active flag ends it as it ends login tokens. Looked up before anyone is signed in, by
 *   app_personal_access_token_subject, which answers only the user and that version.
 */
export class UserAdministration1795570000000 implements MigrationInterface {
  name = 'UserAdministration1795570000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "app_user" ADD "version" integer NOT NULL DEFAULT 1`);
    await q(`
      CREATE FUNCTION app_user_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.version := OLD.version + 1;
        RETURN NEW;
      END $$`);
    await q(`CREATE TRIGGER app_user_row_version BEFORE UPDATE ON app_user FOR EACH ROW EXECUTE FUNCTION app_user_row_version()`);
    await q(`GRANT SELECT (version) ON app_user TO regiekamer_app`);

    await q(
      `CREATE TABLE "personal_access_token" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "user_id" bigint NOT NULL, "municipality_id" bigint NOT NULL, "name" character varying(100) NOT NULL, "token_hash" bytea NOT NULL, "token_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_on" date NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "personal_access_token_token_hash_key" UNIQUE ("token_hash"), CONSTRAINT "personal_access_token_token_hash_check" CHECK (octet_length(token_hash) = 32), CONSTRAINT "personal_access_token_name_check" CHECK (length(btrim(name)) > 0), CONSTRAINT "personal_access_token_expiry_check" CHECK (expires_on <= (created_at AT TIME ZONE 'Europe/Amsterdam')::date + 366), CONSTRAINT "personal_access_token_pkey" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "personal_access_token_user_idx" ON "personal_access_token" ("user_id")`);
    await q(
      `ALTER TABLE "personal_access_token" ADD CONSTRAINT "personal_access_token_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "personal_access_token" ADD CONSTRAINT "personal_access_token_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    // Made through app_personal_access_token_create (it takes the user's token version, which the role cannot read).
    await q(`GRANT SELECT ON personal_access_token TO regiekamer_app`);
    await q(`GRANT UPDATE (revoked_at) ON personal_access_token TO regiekamer_app`);
    await q(`ALTER TABLE personal_access_token ENABLE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY own_tokens ON personal_access_token TO regiekamer_app USING (${OWN}) WITH CHECK (${OWN})`);

    await q(`
      CREATE FUNCTION app_personal_access_token_create(p_token_hash bytea, p_name text, p_expires_on date)
      RETURNS TABLE (id bigint)
      LANGUAGE sql ${DEFINER} AS $$
        INSERT INTO personal_access_token AS t (user_id, municipality_id, name, token_hash, token_version, expires_on)
        SELECT u.id, u.municipality_id, p_name, p_token_hash, u.token_version, p_expires_on FROM app_user u
         WHERE u.id = app_setting_bigint('app.user_id') AND u.active
        RETURNING t.id
      $$`);
    // A token in use is marked at most once a minute: a script polling every second does not write every second.
    await q(`
      CREATE FUNCTION app_personal_access_token_subject(p_token_hash bytea)
      RETURNS TABLE (user_id bigint, token_version integer)
      LANGUAGE sql ${DEFINER} AS $$
        UPDATE personal_access_token t SET last_used_at = now()
         WHERE t.token_hash = p_token_hash AND t.revoked_at IS NULL
           AND t.expires_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date
           AND (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute');
        SELECT t.user_id, t.token_version FROM personal_access_token t
         WHERE t.token_hash = p_token_hash AND t.revoked_at IS NULL
           AND t.expires_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date
      $$`);
    await q(`
      CREATE FUNCTION app_user_administer(p_user_id bigint, p_version integer, p_active boolean, p_role role, p_provider_id bigint)
      RETURNS TABLE (version integer)
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_role text := app_setting_text('app.role');
        v_municipality bigint := app_setting_bigint('app.municipality_id');
        t record;
      BEGIN
        SELECT u.id, u.role, u.active INTO t FROM app_user u
         WHERE u.id = p_user_id AND u.municipality_id = v_municipality FOR UPDATE;
        -- The service checks the same rules and answers them as userErrors; this is the last line, for a call it did not mean.
        IF t.id IS NULL OR v_role IS NULL OR v_role NOT IN ('ADMIN', 'REGISSEUR')
           OR (v_role = 'REGISSEUR' AND (t.role = 'ADMIN' OR p_role = 'ADMIN'))
           OR (p_provider_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM provider p WHERE p.id = p_provider_id AND p.municipality_id = v_municipality)) THEN
          RAISE EXCEPTION 'user change not allowed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('municipality-admins:' || v_municipality, 0));
        IF t.role = 'ADMIN' AND t.active AND (NOT p_active OR p_role <> 'ADMIN')
           AND NOT EXISTS (SELECT 1 FROM app_user a WHERE a.municipality_id = v_municipality AND a.role = 'ADMIN' AND a.active AND a.id <> t.id) THEN
          RAISE EXCEPTION 'the last active administrator stays' USING ERRCODE = 'check_violation';
        END IF;
        RETURN QUERY
          UPDATE app_user u SET active = p_active, role = p_role, provider_id = p_provider_id
           WHERE u.id = p_user_id AND u.version = p_version RETURNING u.version;
        -- A deactivated user's tokens are revoked for good: reactivating does not bring them back.
        IF FOUND AND NOT p_active THEN
          UPDATE personal_access_token SET revoked_at = now() WHERE user_id = p_user_id AND revoked_at IS NULL;
        END IF;
      END $$`);
    for (const fn of [
      'app_personal_access_token_create(bytea, text, date)',
      'app_personal_access_token_subject(bytea)',
      'app_user_administer(bigint, integer, boolean, role, bigint)',
    ]) {
      await q(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q(`GRANT EXECUTE ON FUNCTION ${fn} TO regiekamer_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP FUNCTION app_user_administer(bigint, integer, boolean, role, bigint)`);
    await q(`DROP FUNCTION app_personal_access_token_subject(bytea)`);
    await q(`DROP FUNCTION app_personal_access_token_create(bytea, text, date)`);
    await q(`DROP TABLE "personal_access_token"`);
    await q(`DROP TRIGGER app_user_row_version ON app_user`);
    await q(`DROP FUNCTION app_user_row_version()`);
    await q(`ALTER TABLE "app_user" DROP COLUMN "version"`);
  }
}
