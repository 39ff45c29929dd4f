import type { MigrationInterface, QueryRunner } from 'typeorm';

const SETTING = (name: string, type: 'bigint' | 'text' = 'bigint') => `(SELECT app_setting_${type}('app.${name}'))`;
/** Columns of app_user the application role may read: never the password hash. */
const USER_READABLE = ['id', 'municipality_id', 'email', 'name', 'role', 'provider_id', 'created_at', 'active'];
const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;

/**
 * Defence in depth, for when a statement of the application role is not the one the API meant to send (injection):
 * - app_user, municipality, audit_log, access_log and idempotency_key get row policies; the role may no longer write
 *   app_user, municipality or login_attempt, nor read password hashes. Logins, the token check of a request's first
 *   statement and a password change go through SECURITY DEFINER functions that do their own checks.
 * - Tokens carry the user's token_version; a trigger bumps it when the password, role, scope or active flag changes,
 *   so earlier tokens stop working at once.
 * - Login failures are counted and the attempt recorded in one locked step (app_login_start) before the password is
 *   checked, so a parallel burst cannot slip past the limit; a success keeps the failures (marked cleared).
 * - TRUNCATE of the audit tables is refused; access_log is partitioned by month (retention: ACCESS_LOG_RETENTION_MONTHS,
 *   upkeep in api/src/db/access-log-partitions.ts).
 */
export class DefenceInDepth1795461000000 implements MigrationInterface {
  name = 'DefenceInDepth1795461000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);

    // --- token versions -------------------------------------------------------------------------------------------
    await q(`ALTER TABLE "app_user" ADD "active" boolean NOT NULL DEFAULT true`);
    await q(`ALTER TABLE "app_user" ADD "token_version" integer NOT NULL DEFAULT 1`);
    await q(`
      CREATE FUNCTION app_user_token_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Whatever changes who the user is or may act as ends every token issued before.
        IF NEW.password_hash IS DISTINCT FROM OLD.password_hash OR NEW.role IS DISTINCT FROM OLD.role
           OR NEW.active IS DISTINCT FROM OLD.active OR NEW.municipality_id IS DISTINCT FROM OLD.municipality_id
           OR NEW.provider_id IS DISTINCT FROM OLD.provider_id OR NEW.email IS DISTINCT FROM OLD.email THEN
          NEW.token_version := OLD.token_version + 1;
        ELSE
          NEW.token_version := OLD.token_version;
        END IF;
        RETURN NEW;
      END $$`);
    await q(`CREATE TRIGGER app_user_token_version BEFORE UPDATE ON app_user FOR EACH ROW EXECUTE FUNCTION app_user_token_version()`);

    // --- login bookkeeping ------------------------------------------------------------------------------------------
    await q(`ALTER TABLE "login_attempt" ADD "outcome" character varying(9) NOT NULL DEFAULT 'FAILED'`);
    await q(`ALTER TABLE "login_attempt" ADD "cleared_at" TIMESTAMP WITH TIME ZONE`);
    await q(`ALTER TABLE "login_attempt" ADD CONSTRAINT "login_attempt_outcome_check" CHECK (outcome IN ('PENDING', 'FAILED', 'SUCCEEDED'))`);
    // LOGIN, or PASSWORD_CHECK (the current password of a password change), which becomes PASSWORD_SET once used.
    await q(`ALTER TABLE "login_attempt" ADD "purpose" character varying(14) NOT NULL DEFAULT 'LOGIN'`);
    await q(
      `ALTER TABLE "login_attempt" ADD CONSTRAINT "login_attempt_purpose_check" CHECK (purpose IN ('LOGIN', 'PASSWORD_CHECK', 'PASSWORD_SET'))`,
    );
    await q(`
      CREATE FUNCTION app_login_start(p_email text, p_address text, p_per_account integer, p_per_address integer, p_window_minutes integer,
                                      p_purpose text)
      RETURNS TABLE (attempt_id bigint, locked boolean, user_id bigint, password_hash text, email text, name text, role text,
                     municipality_id bigint, provider_id bigint, token_version integer)
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_account bigint;
        v_address bigint;
        v_id bigint;
      BEGIN
        -- One login per account (and per address) at a time through count-and-record: the attempt is recorded,
        -- as pending, before the password is checked, so parallel attempts each see the ones before them.
        -- Account before address, always in this order, so two logins never wait for each other in a circle.
        PERFORM pg_advisory_xact_lock(hashtextextended('login-account:' || p_email, 0));
        PERFORM pg_advisory_xact_lock(hashtextextended('login-address:' || p_address, 0));
        SELECT count(*) FILTER (WHERE a.email = p_email), count(*) FILTER (WHERE a.address = p_address)
          INTO v_account, v_address
          FROM login_attempt a
         WHERE a.at > clock_timestamp() - make_interval(mins => p_window_minutes)
           AND (a.email = p_email OR a.address = p_address) AND a.outcome <> 'SUCCEEDED' AND a.cleared_at IS NULL;
        INSERT INTO login_attempt (email, address, outcome, purpose)
        VALUES (p_email, p_address, 'PENDING', CASE WHEN p_purpose = 'PASSWORD_CHECK' THEN 'PASSWORD_CHECK' ELSE 'LOGIN' END)
        RETURNING id INTO v_id;
        RETURN QUERY
          SELECT v_id, v_account >= p_per_account OR v_address >= p_per_address, u.id, u.password_hash::text, u.email::text,
                 u.name::text, u.role::text, u.municipality_id, u.provider_id, u.token_version
            FROM (SELECT 1) one LEFT JOIN app_user u ON u.email = p_email AND u.active;
      END $$`);
    await q(`
      CREATE FUNCTION app_login_finish(p_attempt_id bigint, p_succeeded boolean) RETURNS void
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_email text;
      BEGIN
        UPDATE login_attempt SET outcome = CASE WHEN p_succeeded THEN 'SUCCEEDED' ELSE 'FAILED' END
         WHERE id = p_attempt_id AND outcome = 'PENDING' AND at > clock_timestamp() - interval '5 minutes'
        RETURNING email INTO v_email;
        -- A success ends the account's run of failures for the limit; the rows stay for the audit.
        IF p_succeeded AND v_email IS NOT NULL THEN
          UPDATE login_attempt SET cleared_at = clock_timestamp()
           WHERE email = v_email AND id < p_attempt_id AND outcome <> 'SUCCEEDED' AND cleared_at IS NULL;
        END IF;
      END $$`);

    // --- the token check of a request's first statement -------------------------------------------------------------
    await q(`
      CREATE FUNCTION app_authenticate(p_user_id bigint, p_token_version integer, p_request_id text)
      RETURNS TABLE (id bigint, email text, name text, role text, "municipalityId" bigint, "providerId" bigint)
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        u record;
      BEGIN
        -- A token of an earlier version (password, role or scope changed since) or of a deactivated user finds no one,
        -- and the session's settings are then emptied: no domain row is visible to it.
        SELECT a.id, a.email, a.name, a.role, a.municipality_id, a.provider_id INTO u
          FROM app_user a WHERE a.id = p_user_id AND a.token_version = p_token_version AND a.active;
        PERFORM set_config('app.user_id', COALESCE(u.id::text, ''), false),
                set_config('app.role', COALESCE(u.role::text, ''), false),
                set_config('app.provider_id', COALESCE(u.provider_id::text, ''), false),
                set_config('app.municipality_id', COALESCE(u.municipality_id::text, ''), false),
                set_config('app.request_id', p_request_id, false);
        IF u.id IS NOT NULL THEN
          RETURN QUERY SELECT u.id, u.email::text, u.name::text, u.role::text, u.municipality_id, u.provider_id;
        END IF;
      END $$`);

    // --- password change --------------------------------------------------------------------------------------------
    await q(`
      CREATE FUNCTION app_password_set(p_attempt_id bigint, p_new_hash text) RETURNS integer
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_user bigint := app_setting_bigint('app.user_id');
        v_version integer;
      BEGIN
        IF p_new_hash IS NULL OR p_new_hash !~ '^\\$argon2id\\$' OR length(p_new_hash) > 200 THEN
          RAISE EXCEPTION 'not an argon2id hash' USING ERRCODE = 'check_violation';
        END IF;
        -- Only the signed-in user's own password, only right after they proved the current one for this purpose, once.
        UPDATE login_attempt a SET purpose = 'PASSWORD_SET'
          FROM app_user u
         WHERE a.id = p_attempt_id AND u.id = v_user AND u.active AND a.email = u.email AND a.purpose = 'PASSWORD_CHECK'
           AND a.outcome = 'SUCCEEDED' AND a.at > clock_timestamp() - interval '1 minute';
        IF FOUND THEN
          UPDATE app_user u SET password_hash = p_new_hash WHERE u.id = v_user RETURNING u.token_version INTO v_version;
        END IF;
        IF v_version IS NULL THEN
          RAISE EXCEPTION 'password change not allowed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN v_version;
      END $$`);

    for (const fn of [
      'app_login_start(text, text, integer, integer, integer, text)',
      'app_login_finish(bigint, boolean)',
      'app_authenticate(bigint, integer, text)',
      'app_password_set(bigint, text)',
    ]) {
      await q(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q(`GRANT EXECUTE ON FUNCTION ${fn} TO regiekamer_app`);
    }

    // --- privileges: no writes to users, municipalities or login attempts; no password hashes ------------------------
    await q(`REVOKE ALL ON app_user, municipality, login_attempt FROM regiekamer_app`);
    await q(`GRANT SELECT (${USER_READABLE.join(', ')}) ON app_user TO regiekamer_app`);
    await q(`GRANT SELECT ON municipality TO regiekamer_app`);

    // --- row policies -----------------------------------------------------------------------------------------------
    await q(`ALTER TABLE app_user ENABLE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY tenant_scope ON app_user FOR SELECT TO regiekamer_app USING (municipality_id = ${SETTING('municipality_id')})`);
    await q(`ALTER TABLE municipality ENABLE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY tenant_scope ON municipality FOR SELECT TO regiekamer_app USING (id = ${SETTING('municipality_id')})`);
    // The trail is the regisseur's and the administrator's to read (auditTrail); it is written by a definer trigger.
    await q(`ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY`);
    await q(
      `CREATE POLICY tenant_scope ON audit_log FOR SELECT TO regiekamer_app
         USING (municipality_id = ${SETTING('municipality_id')} AND ${SETTING('role', 'text')} IN ('REGISSEUR', 'ADMIN'))`,
    );
    await q(`ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY`);
    await q(
      `CREATE POLICY own_keys ON idempotency_key TO regiekamer_app
         USING (user_id = ${SETTING('user_id')}) WITH CHECK (user_id = ${SETTING('user_id')})`,
    );

    // --- TRUNCATE of the audit tables -------------------------------------------------------------------------------
    await q(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`);

    // --- access_log, partitioned by month ---------------------------------------------------------------------------
    await q(`DROP TRIGGER access_log_append_only ON access_log`);
    await q(`ALTER TABLE access_log RENAME TO access_log_unpartitioned`);
    await q(`ALTER INDEX access_log_arrangement_idx RENAME TO access_log_unpartitioned_arrangement_idx`);
    await q(
      `CREATE TABLE "access_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "municipality_id" bigint NOT NULL, "user_id" bigint NOT NULL, "role" character varying(20) NOT NULL, "provider_id" bigint, "request_id" character varying(64) NOT NULL, "arrangement_id" bigint NOT NULL, CONSTRAINT "PK_e99133fc5842f2539bd5d82c369" PRIMARY KEY ("id", "at")) PARTITION BY RANGE ("at")`,
    );
    await q(`CREATE INDEX "access_log_arrangement_idx" ON "access_log" ("arrangement_id", "at")`);
    await q(`CREATE TABLE access_log_default PARTITION OF access_log DEFAULT`);
    // Owner only (not granted to the application role): the upkeep in the API process calls it as the owner.
    await q(`
      CREATE FUNCTION access_log_partition_create(p_month date) RETURNS void LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
      DECLARE
        v_from date := date_trunc('month', p_month)::date;
        v_name text := format('access_log_y%sm%s', to_char(v_from, 'YYYY'), to_char(v_from, 'MM'));
      BEGIN
        IF to_regclass(v_name) IS NOT NULL THEN
          RETURN;
        END IF;
        EXECUTE format('CREATE TABLE %I PARTITION OF access_log FOR VALUES FROM (%L) TO (%L)',
                       v_name, v_from::text || ' 00:00:00+00', (v_from + interval '1 month')::date::text || ' 00:00:00+00');
        -- A partition can be truncated on its own; the guard of the parent does not reach it.
        EXECUTE format('CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()', v_name);
      END $$`);
    await q(`REVOKE ALL ON FUNCTION access_log_partition_create(date) FROM PUBLIC`);
    // A partition per month of the rows there are, and of this month and the next two; later months come from upkeep.
    await q(`
      DO $$
      DECLARE
        m date;
        last date := date_trunc('month', now() AT TIME ZONE 'UTC')::date + interval '2 months';
      BEGIN
        m := LEAST(COALESCE((SELECT date_trunc('month', min(at) AT TIME ZONE 'UTC')::date FROM access_log_unpartitioned), last),
                   date_trunc('month', now() AT TIME ZONE 'UTC')::date);
        WHILE m <= last LOOP
          PERFORM access_log_partition_create(m);
          m := m + interval '1 month';
        END LOOP;
      END $$`);
    await q(`INSERT INTO access_log OVERRIDING SYSTEM VALUE SELECT * FROM access_log_unpartitioned`);
    await q(`SELECT setval(pg_get_serial_sequence('access_log', 'id'), COALESCE((SELECT max(id) FROM access_log), 0) + 1, false)`);
    await q(`DROP TABLE access_log_unpartitioned`);
    // Created while the old table's sequence still had the name: give it back.
    await q(`ALTER SEQUENCE access_log_id_seq1 RENAME TO access_log_id_seq`);
    await q(`CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log FOR EACH ROW EXECUTE FUNCTION append_only_guard()`);
    await q(`CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`);
    await q(`CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log_default FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`);
    await q(`GRANT SELECT, INSERT ON access_log TO regiekamer_app`);
    await q(`ALTER TABLE access_log ENABLE ROW LEVEL SECURITY`);
    // Written by provider staff's requests for themselves; read by no role of the API today but the regisseur's and admin's.
    await q(
      `CREATE POLICY own_reads ON access_log FOR INSERT TO regiekamer_app
         WITH CHECK (municipality_id = ${SETTING('municipality_id')} AND user_id = ${SETTING('user_id')})`,
    );
    await q(
      `CREATE POLICY tenant_scope ON access_log FOR SELECT TO regiekamer_app
         USING (municipality_id = ${SETTING('municipality_id')} AND ${SETTING('role', 'text')} IN ('REGISSEUR', 'ADMIN'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TABLE "access_log_flat" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "municipality_id" bigint NOT NULL, "user_id" bigint NOT NULL, "role" character varying(20) NOT NULL, "provider_id" bigint, "request_id" character varying(64) NOT NULL, "arrangement_id" bigint NOT NULL, CONSTRAINT "PK_bd09621fb73b42d9e32b85ae41f" PRIMARY KEY ("id"))`,
    );
    await q(`INSERT INTO access_log_flat OVERRIDING SYSTEM VALUE SELECT * FROM access_log`);
    await q(`SELECT setval(pg_get_serial_sequence('access_log_flat', 'id'), COALESCE((SELECT max(id) FROM access_log_flat), 0) + 1, false)`);
    await q(`DROP TABLE access_log`);
    await q(`ALTER TABLE access_log_flat RENAME TO access_log`);
    await q(`ALTER SEQUENCE access_log_flat_id_seq RENAME TO access_log_id_seq`);
    await q(`CREATE INDEX "access_log_arrangement_idx" ON "access_log" ("arrangement_id", "at")`);
    await q(`CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log FOR EACH ROW EXECUTE FUNCTION append_only_guard()`);
    await q(`GRANT SELECT, INSERT ON access_log TO regiekamer_app`);
    await q(`DROP FUNCTION access_log_partition_create(date)`);
    await q(`DROP TRIGGER audit_log_no_truncate ON audit_log`);

    await q(`DROP POLICY own_keys ON idempotency_key`);
    await q(`ALTER TABLE idempotency_key DISABLE ROW LEVEL SECURITY`);
    await q(`DROP POLICY tenant_scope ON audit_log`);
    await q(`ALTER TABLE audit_log DISABLE ROW LEVEL SECURITY`);
    await q(`DROP POLICY tenant_scope ON municipality`);
    await q(`ALTER TABLE municipality DISABLE ROW LEVEL SECURITY`);
    await q(`DROP POLICY tenant_scope ON app_user`);
    await q(`ALTER TABLE app_user DISABLE ROW LEVEL SECURITY`);
    await q(`REVOKE ALL ON app_user, municipality FROM regiekamer_app`);
    await q(`GRANT SELECT, INSERT, UPDATE, DELETE ON municipality, app_user TO regiekamer_app`);
    await q(`GRANT SELECT, INSERT, DELETE ON login_attempt TO regiekamer_app`);

    await q(`DROP FUNCTION app_password_set(bigint, text)`);
    await q(`DROP FUNCTION app_authenticate(bigint, integer, text)`);
    await q(`DROP FUNCTION app_login_finish(bigint, boolean)`);
    await q(`DROP FUNCTION app_login_start(text, text, integer, integer, integer, text)`);
    await q(`ALTER TABLE "login_attempt" DROP CONSTRAINT "login_attempt_purpose_check"`);
    await q(`ALTER TABLE "login_attempt" DROP COLUMN "purpose"`);
    await q(`ALTER TABLE "login_attempt" DROP CONSTRAINT "login_attempt_outcome_check"`);
    await q(`ALTER TABLE "login_attempt" DROP COLUMN "cleared_at"`);
    await q(`ALTER TABLE "login_attempt" DROP COLUMN "outcome"`);
    await q(`DROP TRIGGER app_user_token_version ON app_user`);
    await q(`DROP FUNCTION app_user_token_version()`);
    await q(`ALTER TABLE "app_user" DROP COLUMN "token_version"`);
    await q(`ALTER TABLE "app_user" DROP COLUMN "active"`);
  }
}
