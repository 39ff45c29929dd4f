import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;
const SETTING = (name: string, type: 'bigint' | 'text' = 'bigint') => `app_setting_${type}('app.${name}')`;

/**
 * Single-use links sent by mail: an invitation (7 days), a login link (15 minutes) and a password reset (1 hour).
 * The secret is kept as its SHA-256 only. The application role has no privilege on the table: links are made, read
 * and redeemed through the definer functions below, each of which answers only about the one secret it is given,
 * so no request can list them. The mail is put in the outbox by a definer function too (the role cannot write it).
 * An invited person becomes a user when they accept (the invitation holds name, role and provider until then).
 * `login_link_role`: per municipality, the roles its ADMIN allows login links for; empty, so no staff role signs in by
 * link.
 */
export class AccessLinks1795560000000 implements MigrationInterface {
  name = 'AccessLinks1795560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`
      CREATE TABLE "access_link" (
        "secret_hash" bytea NOT NULL,
        "purpose" character varying(20) NOT NULL,
        "municipality_id" bigint NOT NULL,
        "email" character varying(320) NOT NULL,
        "user_id" bigint,
        "name" character varying(200),
        "role" "public"."role",
        "provider_id" bigint,
        "created_by_user_id" bigint,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "access_link_pkey" PRIMARY KEY ("secret_hash"),
        CONSTRAINT "access_link_purpose_check" CHECK (purpose IN ('INVITATION', 'LOGIN_LINK', 'PASSWORD_RESET')),
        CONSTRAINT "access_link_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id"),
        CONSTRAINT "access_link_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "access_link_provider_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id"),
        CONSTRAINT "access_link_created_by_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id")
      )`);
    await q(`CREATE INDEX "access_link_email_idx" ON "access_link" ("email", "created_at")`);
    await q(`
      CREATE TABLE "login_link_role" (
        "municipality_id" bigint NOT NULL,
        "role" "public"."role" NOT NULL,
        CONSTRAINT "login_link_role_pkey" PRIMARY KEY ("municipality_id", "role"),
        CONSTRAINT "login_link_role_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id")
      )`);
    await q(`REVOKE ALL ON access_link, login_link_role FROM regiekamer_app`);

    // An invitation by the signed-in ADMIN (any role) or REGISSEUR (roles below ADMIN), in their own municipality.
    await q(`
      CREATE FUNCTION app_access_link_invite(p_secret_hash bytea, p_email text, p_name text, p_role text, p_provider_id bigint, p_minutes integer)
      RETURNS text LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_role text := ${SETTING('role', 'text')};
        v_municipality bigint := ${SETTING('municipality_id')};
      BEGIN
        IF v_municipality IS NULL OR v_role NOT IN ('ADMIN', 'REGISSEUR') OR (v_role = 'REGISSEUR' AND p_role = 'ADMIN') THEN
          RAISE EXCEPTION 'invitation not allowed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF (p_role = 'PROVIDER_REP') <> (p_provider_id IS NOT NULL)
           OR (p_provider_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM provider p WHERE p.id = p_provider_id AND p.municipality_id = v_municipality)) THEN
          RETURN 'PROVIDER';
        END IF;
        IF EXISTS (SELECT 1 FROM app_user u WHERE u.email = p_email) THEN
          RETURN 'EMAIL_TAKEN';
        END IF;
        INSERT INTO access_link (secret_hash, purpose, municipality_id, email, name, role, provider_id, created_by_user_id, expires_at)
        VALUES (p_secret_hash, 'INVITATION', v_municipality, p_email, p_name, p_role::role, p_provider_id, ${SETTING('user_id')},
                now() + make_interval(mins => p_minutes));
        RETURN 'OK';
      END $$`);

    // A login link or a reset for an active user (a login link only for a role allowed one); no row when none is made.
    await q(`
      CREATE FUNCTION app_access_link_for_user(p_purpose text, p_secret_hash bytea, p_email text, p_minutes integer)
      RETURNS TABLE (user_id bigint, name text, municipality_id bigint)
      LANGUAGE plpgsql ${DEFINER} AS $$
      #variable_conflict use_column
      BEGIN
        IF p_purpose NOT IN ('LOGIN_LINK', 'PASSWORD_RESET') THEN
          RAISE EXCEPTION 'not a link for a user' USING ERRCODE = '22023';
        END IF;
        RETURN QUERY
          INSERT INTO access_link AS l (secret_hash, purpose, municipality_id, email, user_id, expires_at)
          SELECT p_secret_hash, p_purpose, u.municipality_id, u.email, u.id, now() + make_interval(mins => p_minutes)
            FROM app_user u
           WHERE u.email = p_email AND u.active
             AND (p_purpose = 'PASSWORD_RESET'
                  OR EXISTS (SELECT 1 FROM login_link_role r WHERE r.municipality_id = u.municipality_id AND r.role = u.role))
          RETURNING l.user_id, (SELECT u.name::text FROM app_user u WHERE u.id = l.user_id), l.municipality_id;
      END $$`);

    // The mail of a link just made (once): into the outbox, and its sending queued, as outbox.ts queueOutgoing does.
    await q(`
      CREATE FUNCTION app_access_link_mail(p_secret_hash bytea, p_subject text, p_text text, p_html text) RETURNS void
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_id bigint;
      BEGIN
        INSERT INTO outgoing_message (municipality_id, recipient_user_id, address, kind, object_type, idempotency_key, subject,
                                      body_text, body_html, headers)
        SELECT l.municipality_id, l.user_id, l.email, l.purpose, 'access_link', 'access_link:' || encode(l.secret_hash, 'hex'),
               p_subject, p_text, p_html, '{"Auto-Submitted": "auto-generated"}'::jsonb
          FROM access_link l
         WHERE l.secret_hash = p_secret_hash AND l.used_at IS NULL AND l.created_at > now() - interval '5 minutes'
        ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING id INTO v_id;
        IF v_id IS NOT NULL THEN
          PERFORM graphile_worker.add_job(identifier => 'mail_send', payload => json_build_object('id', v_id),
                                          job_key => 'mail:' || v_id, job_key_mode => 'preserve_run_at');
        END IF;
      END $$`);

    // What a link is, for the page it opens: nothing about any other link.
    await q(`
      CREATE FUNCTION app_access_link_state(p_secret_hash bytea)
      RETURNS TABLE (purpose text, expires_at timestamptz, used_at timestamptz, email text, name text, now timestamptz)
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT l.purpose::text, l.expires_at, l.used_at, l.email::text, COALESCE(l.name, u.name)::text, now()
          FROM access_link l LEFT JOIN app_user u ON u.id = l.user_id
         WHERE l.secret_hash = p_secret_hash
      $$`);

    // Uses a link once: the invitation makes the user, the reset sets the password, the login link only signs in.
    await q(`
      CREATE FUNCTION app_access_link_redeem(p_secret_hash bytea, p_purpose text, p_password_hash text)
      RETURNS TABLE (user_id bigint, token_version integer, email text, name text, role text, municipality_id bigint, provider_id bigint)
      LANGUAGE plpgsql ${DEFINER} AS $$
      #variable_conflict use_column
      DECLARE
        l access_link;
        v_user bigint;
      BEGIN
        IF p_purpose <> 'LOGIN_LINK' AND (p_password_hash IS NULL OR p_password_hash !~ '^\\$argon2id\\$' OR length(p_password_hash) > 200) THEN
          RAISE EXCEPTION 'not an argon2id hash' USING ERRCODE = 'check_violation';
        END IF;
        UPDATE access_link a SET used_at = now()
         WHERE a.secret_hash = p_secret_hash AND a.purpose = p_purpose AND a.used_at IS NULL AND a.expires_at > now()
        RETURNING a.* INTO l;
        IF NOT FOUND THEN RETURN; END IF;
        IF p_purpose = 'INVITATION' THEN
          IF EXISTS (SELECT 1 FROM app_user u WHERE u.email = l.email) THEN RETURN; END IF;
          INSERT INTO app_user (municipality_id, email, name, role, provider_id, password_hash)
          VALUES (l.municipality_id, l.email, l.name, l.role, l.provider_id, p_password_hash) RETURNING id INTO v_user;
          UPDATE access_link a SET user_id = v_user WHERE a.secret_hash = p_secret_hash;
        ELSIF p_purpose = 'PASSWORD_RESET' THEN
          UPDATE app_user u SET password_hash = p_password_hash WHERE u.id = l.user_id AND u.active RETURNING u.id INTO v_user;
        ELSE
          SELECT u.id INTO v_user FROM app_user u
           WHERE u.id = l.user_id AND u.active
             AND EXISTS (SELECT 1 FROM login_link_role r WHERE r.municipality_id = u.municipality_id AND r.role = u.role);
        END IF;
        RETURN QUERY SELECT u.id, u.token_version, u.email::text, u.name::text, u.role::text, u.municipality_id, u.provider_id
                       FROM app_user u WHERE u.id = v_user AND u.active;
      END $$`);

    // The ADMIN's choice for their municipality: which roles may sign in by login link. Read and replaced whole.
    await q(`
      CREATE FUNCTION app_login_link_roles_set(p_roles text[]) RETURNS void
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_municipality bigint := ${SETTING('municipality_id')};
      BEGIN
        IF v_municipality IS NULL OR ${SETTING('role', 'text')} IS DISTINCT FROM 'ADMIN' THEN
          RAISE EXCEPTION 'only an administrator chooses' USING ERRCODE = 'insufficient_privilege';
        END IF;
        DELETE FROM login_link_role r WHERE r.municipality_id = v_municipality;
        INSERT INTO login_link_role (municipality_id, role) SELECT DISTINCT v_municipality, x::role FROM unnest(p_roles) x;
      END $$`);
    await q(`
      CREATE FUNCTION app_login_link_roles() RETURNS SETOF text
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT r.role::text FROM login_link_role r WHERE r.municipality_id = ${SETTING('municipality_id')} ORDER BY r.role
      $$`);

    for (const fn of FUNCTIONS) {
      await q(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q(`GRANT EXECUTE ON FUNCTION ${fn} TO regiekamer_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await queryRunner.query(`DROP FUNCTION ${fn}`);
    await queryRunner.query(`DROP TABLE "login_link_role"`);
    await queryRunner.query(`DROP TABLE "access_link"`);
  }
}

const FUNCTIONS = [
  'app_access_link_invite(bytea, text, text, text, bigint, integer)',
  'app_access_link_for_user(text, bytea, text, integer)',
  'app_access_link_mail(bytea, text, text, text)',
  'app_access_link_state(bytea)',
  'app_access_link_redeem(bytea, text, text)',
  'app_login_link_roles_set(text[])',
  'app_login_link_roles()',
];
