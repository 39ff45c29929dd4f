import type { MigrationInterface, QueryRunner } from 'typeorm';

const SETTING = (name: string) => `(SELECT app_setting_bigint('app.${name}'))`;
const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;

/**
 * A second factor (TOTP, RFC 6238) for local accounts. The application role has no privilege on either table: it
 * reaches them only through the definer functions below, which check who asks (the signed-in user, a challenge, or a
 * login attempt that just succeeded). The secret is stored sealed (AES-256-GCM, by the API; the database never sees
 * the key); recovery codes and challenges are kept as SHA-256 only.
 *
 * A login of a user with an active factor answers a VERIFY challenge instead of a token; a user who must enrol first
 * (REQUIRE_MFA) gets an ENROL challenge, with which only the enrolment can be done. A password that is right no
 * longer clears the account's failed attempts when a second factor follows: only the second factor does, so that
 * wrong codes count towards the same lock as wrong passwords.
 */
export class SecondFactor1795550000000 implements MigrationInterface {
  name = 'SecondFactor1795550000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TABLE "second_factor" ("user_id" bigint NOT NULL, "secret_sealed" character varying(200) NOT NULL, "activated_at" TIMESTAMP WITH TIME ZONE, "last_time_step" bigint, "recovery_code_hashes" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "second_factor_pkey" PRIMARY KEY ("user_id"))`,
    );
    await q(
      `CREATE TABLE "second_factor_challenge" ("token_hash" bytea NOT NULL, "user_id" bigint NOT NULL, "enrol" boolean NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "second_factor_challenge_pkey" PRIMARY KEY ("token_hash"))`,
    );
    await q(`CREATE INDEX "second_factor_challenge_user_idx" ON "second_factor_challenge" ("user_id")`);
    await q(
      `ALTER TABLE "second_factor" ADD CONSTRAINT "second_factor_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "second_factor_challenge" ADD CONSTRAINT "second_factor_challenge_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q(`REVOKE ALL ON second_factor, second_factor_challenge FROM regiekamer_app`);

    // Whose factor a call is about: the signed-in user's (no challenge), or the user of an open challenge of the kind asked.
    await q(`
      CREATE FUNCTION app_second_factor_subject(p_challenge bytea, p_enrol boolean) RETURNS bigint
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT u.id FROM app_user u
         WHERE u.active AND CASE WHEN p_challenge IS NULL THEN u.id = ${SETTING('user_id')}
               ELSE u.id = (SELECT c.user_id FROM second_factor_challenge c WHERE c.token_hash = p_challenge AND c.enrol = p_enrol
                              AND c.used_at IS NULL AND c.expires_at > clock_timestamp()) END
      $$`);
    await q(`
      CREATE FUNCTION app_second_factor_state(p_challenge bytea)
      RETURNS TABLE (user_id bigint, email text, active boolean, secret_sealed text, recovery_codes_left integer)
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT u.id, u.email::text, f.activated_at IS NOT NULL, f.secret_sealed::text, COALESCE(cardinality(f.recovery_code_hashes), 0)
          FROM app_user u LEFT JOIN second_factor f ON f.user_id = u.id
         WHERE u.id = app_second_factor_subject(p_challenge, true)
      $$`);
    await q(`
      CREATE FUNCTION app_second_factor_enrol(p_challenge bytea, p_sealed text) RETURNS boolean
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_user bigint := app_second_factor_subject(p_challenge, true);
      BEGIN
        -- A new pending secret replaces an earlier pending one; an active factor is only replaced after disabling it.
        INSERT INTO second_factor AS f (user_id, secret_sealed, recovery_code_hashes) SELECT v_user, p_sealed, '{}' WHERE v_user IS NOT NULL
        ON CONFLICT (user_id) DO UPDATE SET secret_sealed = EXCLUDED.secret_sealed, last_time_step = NULL, created_at = now()
         WHERE f.activated_at IS NULL;
        RETURN FOUND;
      END $$`);
    await q(`
      CREATE FUNCTION app_second_factor_confirm(p_challenge bytea, p_time_step bigint, p_code_hashes text[])
      RETURNS TABLE (user_id bigint, token_version integer)
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_user bigint := app_second_factor_subject(p_challenge, true);
      BEGIN
        UPDATE second_factor f SET activated_at = clock_timestamp(), last_time_step = p_time_step, recovery_code_hashes = p_code_hashes
         WHERE f.user_id = v_user AND f.activated_at IS NULL AND cardinality(p_code_hashes) = 10;
        IF NOT FOUND THEN
          RETURN;
        END IF;
        UPDATE second_factor_challenge c SET used_at = clock_timestamp() WHERE c.token_hash = p_challenge;
        RETURN QUERY SELECT u.id, u.token_version FROM app_user u WHERE u.id = v_user;
      END $$`);
    await q(`
      CREATE FUNCTION app_second_factor_disable(p_attempt_id bigint) RETURNS boolean
      LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        -- Only the signed-in user's own factor, only right after they proved their password (as app_password_set).
        DELETE FROM second_factor f USING app_user u, login_attempt a
         WHERE f.user_id = u.id AND u.id = ${SETTING('user_id')} AND u.active AND a.id = p_attempt_id AND a.email = u.email
           AND a.purpose = 'PASSWORD_CHECK' AND a.outcome = 'SUCCEEDED' AND a.at > clock_timestamp() - interval '1 minute';
        RETURN FOUND;
      END $$`);
    await q(`
      CREATE FUNCTION app_second_factor_challenge(p_attempt_id bigint, p_hash bytea, p_enrol_roles text[])
      RETURNS TABLE (kind text, expires_at timestamptz)
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_user record;
        v_enrol boolean;
      BEGIN
        -- Only for a login whose password was right a moment ago.
        SELECT u.id, u.role::text AS role, f.activated_at IS NOT NULL AS has_factor INTO v_user
          FROM login_attempt a JOIN app_user u ON u.email = a.email AND u.active LEFT JOIN second_factor f ON f.user_id = u.id
         WHERE a.id = p_attempt_id AND a.purpose = 'LOGIN' AND a.outcome = 'SUCCEEDED' AND a.at > clock_timestamp() - interval '1 minute';
        IF v_user.id IS NULL OR NOT (v_user.has_factor OR v_user.role = ANY (p_enrol_roles)) THEN
          RETURN;
        END IF;
        v_enrol := NOT v_user.has_factor;
        -- The user's spent and expired challenges go as a new one comes: the table holds only open ones, a few per user.
        DELETE FROM second_factor_challenge c WHERE c.user_id = v_user.id AND (c.used_at IS NOT NULL OR c.expires_at <= clock_timestamp());
        -- Five minutes to type a code; fifteen to install an authenticator app first.
        RETURN QUERY
          INSERT INTO second_factor_challenge AS c (token_hash, user_id, enrol, expires_at)
          VALUES (p_hash, v_user.id, v_enrol, clock_timestamp() + CASE WHEN v_enrol THEN interval '15 minutes' ELSE interval '5 minutes' END)
          RETURNING CASE WHEN c.enrol THEN 'ENROL' ELSE 'VERIFY' END, c.expires_at;
      END $$`);
    await q(`
      CREATE FUNCTION app_second_factor_begin(p_hash bytea, p_address text, p_per_account integer, p_per_address integer,
                                              p_window_minutes integer)
      RETURNS TABLE (attempt_id bigint, locked boolean, user_id bigint, secret_sealed text, last_time_step bigint)
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_user bigint := app_second_factor_subject(p_hash, false);
        v_email text;
      BEGIN
        SELECT u.email INTO v_email FROM app_user u WHERE u.id = v_user;
        IF v_email IS NULL THEN
          RETURN;
        END IF;
        -- The code counts as a login attempt of the account: the same lock as for passwords.
        RETURN QUERY
          SELECT s.attempt_id, s.locked, v_user, f.secret_sealed::text, f.last_time_step
            FROM app_login_start(v_email, p_address, p_per_account, p_per_address, p_window_minutes, 'LOGIN') s
            JOIN second_factor f ON f.user_id = v_user AND f.activated_at IS NOT NULL;
      END $$`);
    await q(`
      CREATE FUNCTION app_second_factor_finish(p_attempt_id bigint, p_hash bytea, p_time_step bigint, p_recovery_hash text)
      RETURNS TABLE (user_id bigint, email text, name text, role text, municipality_id bigint, provider_id bigint, token_version integer)
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_user bigint := app_second_factor_subject(p_hash, false);
        v_ok boolean := false;
        v_email text;
      BEGIN
        IF v_user IS NOT NULL AND p_time_step IS NOT NULL THEN
          -- A TOTP code is used once: a later code must be of a later time step.
          UPDATE second_factor f SET last_time_step = p_time_step
           WHERE f.user_id = v_user AND f.activated_at IS NOT NULL AND (f.last_time_step IS NULL OR f.last_time_step < p_time_step);
          v_ok := FOUND;
        ELSIF v_user IS NOT NULL AND p_recovery_hash IS NOT NULL THEN
          UPDATE second_factor f SET recovery_code_hashes = array_remove(f.recovery_code_hashes, p_recovery_hash)
           WHERE f.user_id = v_user AND f.activated_at IS NOT NULL AND p_recovery_hash = ANY (f.recovery_code_hashes);
          v_ok := FOUND;
        END IF;
        UPDATE login_attempt a SET outcome = CASE WHEN v_ok THEN 'SUCCEEDED' ELSE 'FAILED' END
         WHERE a.id = p_attempt_id AND a.outcome = 'PENDING' AND a.at > clock_timestamp() - interval '5 minutes'
        RETURNING a.email INTO v_email;
        IF NOT v_ok OR v_email IS NULL THEN
          RETURN;
        END IF;
        UPDATE second_factor_challenge c SET used_at = clock_timestamp() WHERE c.token_hash = p_hash;
        UPDATE login_attempt a SET cleared_at = clock_timestamp()
         WHERE a.email = v_email AND a.id < p_attempt_id AND a.outcome <> 'SUCCEEDED' AND a.cleared_at IS NULL;
        RETURN QUERY SELECT u.id, u.email::text, u.name::text, u.role::text, u.municipality_id, u.provider_id, u.token_version
                       FROM app_user u WHERE u.id = v_user;
      END $$`);
    // A right password clears the failures before it, unless a second factor is still to come: then that does.
    await q(`
      CREATE OR REPLACE FUNCTION app_login_finish(p_attempt_id bigint, p_succeeded boolean) RETURNS void
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_email text;
        v_purpose text;
      BEGIN
        UPDATE login_attempt SET outcome = CASE WHEN p_succeeded THEN 'SUCCEEDED' ELSE 'FAILED' END
         WHERE id = p_attempt_id AND outcome = 'PENDING' AND at > clock_timestamp() - interval '5 minutes'
        RETURNING email, purpose INTO v_email, v_purpose;
        IF v_purpose = 'LOGIN' AND EXISTS (SELECT 1 FROM second_factor f JOIN app_user u ON u.id = f.user_id
                                             WHERE u.email = v_email AND f.activated_at IS NOT NULL) THEN
          RETURN;
        END IF;
        -- A success ends the account's run of failures for the limit; the rows stay for the audit.
        IF p_succeeded AND v_email IS NOT NULL THEN
          UPDATE login_attempt SET cleared_at = clock_timestamp()
           WHERE email = v_email AND id < p_attempt_id AND outcome <> 'SUCCEEDED' AND cleared_at IS NULL;
        END IF;
      END $$`);
    await q(`REVOKE ALL ON FUNCTION app_second_factor_subject(bytea, boolean) FROM PUBLIC`);
    for (const fn of FUNCTIONS) {
      await q(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q(`GRANT EXECUTE ON FUNCTION ${fn} TO regiekamer_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`
      CREATE OR REPLACE FUNCTION app_login_finish(p_attempt_id bigint, p_succeeded boolean) RETURNS void
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_email text;
      BEGIN
        UPDATE login_attempt SET outcome = CASE WHEN p_succeeded THEN 'SUCCEEDED' ELSE 'FAILED' END
         WHERE id = p_attempt_id AND outcome = 'PENDING' AND at > clock_timestamp() - interval '5 minutes'
        RETURNING email INTO v_email;
        IF p_succeeded AND v_email IS NOT NULL THEN
          UPDATE login_attempt SET cleared_at = clock_timestamp()
           WHERE email = v_email AND id < p_attempt_id AND outcome <> 'SUCCEEDED' AND cleared_at IS NULL;
        END IF;
      END $$`);
    for (const fn of [...FUNCTIONS].reverse()) await q(`DROP FUNCTION ${fn}`);
    await q(`DROP FUNCTION app_second_factor_subject(bytea, boolean)`);
    await q(`ALTER TABLE "second_factor_challenge" DROP CONSTRAINT "second_factor_challenge_user_fkey"`);
    await q(`ALTER TABLE "second_factor" DROP CONSTRAINT "second_factor_user_fkey"`);
    await q(`DROP INDEX "public"."second_factor_challenge_user_idx"`);
    await q(`DROP TABLE "second_factor_challenge"`);
    await q(`DROP TABLE "second_factor"`);
  }
}

const FUNCTIONS = [
  'app_second_factor_state(bytea)',
  'app_second_factor_enrol(bytea, text)',
  'app_second_factor_confirm(bytea, bigint, text[])',
  'app_second_factor_disable(bigint)',
  'app_second_factor_challenge(bigint, bytea, text[])',
  'app_second_factor_begin(bytea, text, integer, integer, integer)',
  'app_second_factor_finish(bigint, bytea, bigint, text)',
];
