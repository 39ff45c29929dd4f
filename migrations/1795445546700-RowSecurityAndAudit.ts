import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Domain tables: audited, and readable by the application role only within its municipality (and provider). */
const TENANT_TABLES = ['provider', 'convenant', 'convenant_party', 'opgave', 'opgaveteam', 'opgaveteam_member'];
const PROVIDER_TABLES = ['arrangement', 'arrangement_report'];
const AUDITED_TABLES = ['municipality', 'app_user', ...TENANT_TABLES, ...PROVIDER_TABLES];

/**
 * The application connects as `regiekamer_app`: neither owner nor superuser. Row policies read the acting user's
 * municipality, role and provider from settings the API sets per transaction; unset settings match no rows.
 * Every change to a domain table writes an audit row through a SECURITY DEFINER trigger, so the application role
 * itself can read the audit log but never write, change or delete it.
 */
export class RowSecurityAndAudit1795445546700 implements MigrationInterface {
  name = 'RowSecurityAndAudit1795445546700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        CREATE ROLE regiekamer_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    // The owner may switch to the application role when it connects with one URL only (SET ROLE).
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('GRANT regiekamer_app TO %I', current_user);
        END IF;
      END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO regiekamer_app`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON municipality, app_user, ${[...TENANT_TABLES, ...PROVIDER_TABLES].join(', ')} TO regiekamer_app`,
    );
    await queryRunner.query(`GRANT SELECT ON audit_log TO regiekamer_app`);
    await queryRunner.query(`GRANT SELECT, INSERT ON access_log, idempotency_key TO regiekamer_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON login_attempt TO regiekamer_app`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO regiekamer_app`);

    await queryRunner.query(`CREATE FUNCTION app_setting_bigint(name text) RETURNS bigint LANGUAGE sql STABLE AS $$
      SELECT NULLIF(current_setting(name, true), '')::bigint $$`);
    await queryRunner.query(`CREATE FUNCTION app_setting_text(name text) RETURNS text LANGUAGE sql STABLE AS $$
      SELECT NULLIF(current_setting(name, true), '') $$`);

    for (const table of TENANT_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_scope ON ${table} TO regiekamer_app
           USING (municipality_id = app_setting_bigint('app.municipality_id'))
           WITH CHECK (municipality_id = app_setting_bigint('app.municipality_id'))`,
      );
    }
    for (const table of PROVIDER_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY provider_scope ON ${table} TO regiekamer_app
           USING (municipality_id = app_setting_bigint('app.municipality_id')
                  AND (app_setting_text('app.role') IS DISTINCT FROM 'PROVIDER_REP' OR provider_id = app_setting_bigint('app.provider_id')))
           WITH CHECK (municipality_id = app_setting_bigint('app.municipality_id')
                  AND (app_setting_text('app.role') IS DISTINCT FROM 'PROVIDER_REP' OR provider_id = app_setting_bigint('app.provider_id')))`,
      );
      // FORCE applies the policies to the owner too; the owner (migrations, seeding, backups) keeps full access.
      await queryRunner.query(`
        DO $$ BEGIN
          EXECUTE format('CREATE POLICY owner_all ON ${table} TO %I USING (true) WITH CHECK (true)', current_user);
        END $$`);
    }

    await queryRunner.query(`
      CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - 'password_hash' END;
        v_after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - 'password_hash' END;
        v_row jsonb := COALESCE(v_after, v_before);
      BEGIN
        INSERT INTO audit_log (municipality_id, user_id, role, provider_id, request_id, table_name, operation, entity_id, before, after)
        VALUES (
          COALESCE((v_row ->> 'municipality_id')::bigint, CASE WHEN TG_TABLE_NAME = 'municipality' THEN (v_row ->> 'id')::bigint END),
          app_setting_bigint('app.user_id'),
          COALESCE(app_setting_text('app.role'), 'SYSTEM'),
          app_setting_bigint('app.provider_id'),
          app_setting_text('app.request_id'),
          TG_TABLE_NAME, TG_OP, (v_row ->> 'id')::bigint, v_before, v_after);
        RETURN NULL;
      END $$`);
    for (const table of AUDITED_TABLES) {
      await queryRunner.query(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }
    // The audit log is append-only for everyone, the owner included.
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION append_only_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log FOR EACH ROW EXECUTE FUNCTION append_only_guard()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER access_log_append_only ON access_log`);
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    for (const table of AUDITED_TABLES) await queryRunner.query(`DROP TRIGGER audit ON ${table}`);
    await queryRunner.query(`DROP FUNCTION audit_row()`);
    for (const table of PROVIDER_TABLES) {
      await queryRunner.query(`DROP POLICY owner_all ON ${table}`);
      await queryRunner.query(`DROP POLICY provider_scope ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`DROP POLICY tenant_scope ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION app_setting_text(text)`);
    await queryRunner.query(`DROP FUNCTION app_setting_bigint(text)`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM regiekamer_app`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM regiekamer_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM regiekamer_app`);
    // The role is shared by every database of the cluster, so it stays.
  }
}
