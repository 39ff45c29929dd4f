import type { MigrationInterface, QueryRunner } from 'typeorm';

const SETTING = (name: string) => `(SELECT app_setting_bigint('app.${name}'))`;
const OWN = `user_id = ${SETTING('user_id')} AND municipality_id = ${SETTING('municipality_id')}`;
const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;

/**
 * The token_version trigger's function (DefenceInDepth): whatever changes who the user is or may act as ends every
 * token issued before; with `bump`, so does a raise of the version asked for (app_user_sessions_end).
 */
const tokenVersionFunction = (bump: boolean): string => `
  CREATE OR REPLACE FUNCTION app_user_token_version() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.password_hash IS DISTINCT FROM OLD.password_hash OR NEW.role IS DISTINCT FROM OLD.role
       OR NEW.active IS DISTINCT FROM OLD.active OR NEW.municipality_id IS DISTINCT FROM OLD.municipality_id
       OR NEW.provider_id IS DISTINCT FROM OLD.provider_id OR NEW.email IS DISTINCT FROM OLD.email${bump ? '\n       OR NEW.token_version > OLD.token_version' : ''} THEN
      NEW.token_version := OLD.token_version + 1;
    ELSE
      NEW.token_version := OLD.token_version;
    END IF;
    RETURN NEW;
  END $$`;

/**
 * Web sessions: the web client and GraphiQL sign in with an HttpOnly cookie instead of a bearer token in JavaScript.
 * - user_session is kept with the SHA-256 of its secret only and the user's token_version at its start, so that
 *   whatever ends the user's tokens (password, role, scope, deactivation, "end all") ends it too; a trigger on app_user
 *   marks those sessions ended, so that the list shows it and the audit trail has it.
 * - app_session_authenticate finds the session's user and sets the request's settings in the request's one first
 *   statement, as app_authenticate does for a token; it moves last_seen_at at most once a minute (sooner for an idle
 *   timeout under ten minutes), so that an active client does not write on every request.
 * - Starting and ending a session are in the audit trail (INSERT, and UPDATE of ended_at; not the touches).
 */
export class UserSessions1795580000000 implements MigrationInterface {
  name = 'UserSessions1795580000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TABLE "user_session" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "user_id" bigint NOT NULL, "municipality_id" bigint NOT NULL, "secret_hash" bytea NOT NULL, "token_version" integer NOT NULL, "method" character varying(8) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_reason" character varying(12), "user_agent" character varying(200), "address" character varying(64), CONSTRAINT "user_session_secret_hash_key" UNIQUE ("secret_hash"), CONSTRAINT "user_session_secret_hash_check" CHECK (octet_length(secret_hash) = 32), CONSTRAINT "user_session_method_check" CHECK (method IN ('PASSWORD', 'LINK', 'OIDC')), CONSTRAINT "user_session_ended_check" CHECK ((ended_at IS NULL AND ended_reason IS NULL) OR (ended_at IS NOT NULL AND ended_reason IS NOT NULL AND ended_reason IN ('LOGOUT', 'ENDED', 'ENDED_ALL', 'REVOKED'))), CONSTRAINT "user_session_pkey" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "user_session_user_idx" ON "user_session" ("user_id")`);
    await q(
      `ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "user_session" ADD CONSTRAINT "user_session_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    // The application role reads its own sessions without their secret, and ends them; it starts them through
    // app_session_start (which takes the user's token version, which the role cannot read).
    await q(
      `GRANT SELECT (id, user_id, municipality_id, method, created_at, last_seen_at, expires_at, ended_at, ended_reason, user_agent, address) ON user_session TO regiekamer_app`,
    );
    await q(`GRANT UPDATE (ended_at, ended_reason) ON user_session TO regiekamer_app`);
    await q(`ALTER TABLE user_session ENABLE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY own_sessions ON user_session TO regiekamer_app USING (${OWN}) WITH CHECK (${OWN})`);
    await q(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OF ended_at ON user_session FOR EACH ROW EXECUTE FUNCTION audit_row()`);

    await q(`
      CREATE FUNCTION app_session_start(p_user_id bigint, p_secret_hash bytea, p_method text, p_expires_at timestamptz, p_user_agent text, p_address text)
      RETURNS TABLE (id bigint, municipality_id bigint)
      LANGUAGE sql ${DEFINER} AS $$
        INSERT INTO user_session AS s (user_id, municipality_id, secret_hash, token_version, method, expires_at, user_agent, address)
        SELECT u.id, u.municipality_id, p_secret_hash, u.token_version, p_method, p_expires_at, p_user_agent, p_address
          FROM app_user u WHERE u.id = p_user_id AND u.active
        RETURNING s.id, s.municipality_id
      $$`);
    await q(`
      CREATE FUNCTION app_session_authenticate(p_secret_hash bytea, p_idle_seconds integer, p_request_id text)
      RETURNS TABLE (id bigint, email text, name text, role text, "municipalityId" bigint, "providerId" bigint,
                     "sessionId" bigint, "idleExpiresAt" timestamptz, "expiresAt" timestamptz)
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        r record;
        v_seen timestamptz;
      BEGIN
        -- Valid: not ended, seen within the idle timeout, before its absolute end, of the user's current token version.
        SELECT a.id, a.email, a.name, a.role, a.municipality_id, a.provider_id, s.id AS session_id, s.last_seen_at, s.expires_at INTO r
          FROM user_session s JOIN app_user a ON a.id = s.user_id AND a.token_version = s.token_version AND a.active
         WHERE s.secret_hash = p_secret_hash AND s.ended_at IS NULL AND s.expires_at > now()
           AND s.last_seen_at > now() - make_interval(secs => p_idle_seconds);
        v_seen := r.last_seen_at;
        IF r.id IS NOT NULL AND v_seen < now() - LEAST(interval '1 minute', make_interval(secs => p_idle_seconds / 10.0)) THEN
          UPDATE user_session SET last_seen_at = now() WHERE user_session.id = r.session_id;
          v_seen := now();
        END IF;
        PERFORM set_config('app.user_id', COALESCE(r.id::text, ''), false),
                set_config('app.role', COALESCE(r.role::text, ''), false),
                set_config('app.provider_id', COALESCE(r.provider_id::text, ''), false),
                set_config('app.municipality_id', COALESCE(r.municipality_id::text, ''), false),
                set_config('app.request_id', p_request_id, false);
        IF r.id IS NOT NULL THEN
          RETURN QUERY SELECT r.id, r.email::text, r.name::text, r.role::text, r.municipality_id, r.provider_id, r.session_id,
            LEAST(v_seen + make_interval(secs => p_idle_seconds), r.expires_at), r.expires_at;
        END IF;
      END $$`);
    // "Ingelogd blijven": the viewer's own current session is seen now, whatever the once-a-minute rule skipped.
    await q(`
      CREATE FUNCTION app_session_touch(p_session_id bigint) RETURNS void
      LANGUAGE sql ${DEFINER} AS $$
        UPDATE user_session SET last_seen_at = now()
         WHERE id = p_session_id AND user_id = app_setting_bigint('app.user_id') AND ended_at IS NULL
      $$`);
    // Logout, and a session the single sign-on ends: by the server, which holds the session's id from its cookie.
    await q(`
      CREATE FUNCTION app_session_end(p_session_id bigint, p_reason text) RETURNS boolean
      LANGUAGE sql ${DEFINER} AS $$
        WITH ended AS (
          UPDATE user_session SET ended_at = now(), ended_reason = p_reason WHERE id = p_session_id AND ended_at IS NULL RETURNING id
        ) SELECT EXISTS (SELECT 1 FROM ended)
      $$`);
    // Ends every session and token of a user: their own, or one a manager may administer (as app_user_administer).
    await q(`
      CREATE FUNCTION app_user_sessions_end(p_user_id bigint) RETURNS integer
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_ended integer;
        v_user bigint := app_setting_bigint('app.user_id');
        v_role text := app_setting_text('app.role');
        v_municipality bigint := app_setting_bigint('app.municipality_id');
        t record;
      BEGIN
        SELECT u.id, u.role INTO t FROM app_user u WHERE u.id = p_user_id AND u.municipality_id = v_municipality FOR UPDATE;
        IF t.id IS NULL OR v_user IS NULL OR NOT (t.id = v_user OR v_role = 'ADMIN' OR (v_role = 'REGISSEUR' AND t.role <> 'ADMIN')) THEN
          RAISE EXCEPTION 'ending sessions not allowed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        UPDATE user_session SET ended_at = now(), ended_reason = 'ENDED_ALL'
         WHERE user_id = p_user_id AND ended_at IS NULL AND expires_at > now();
        GET DIAGNOSTICS v_ended = ROW_COUNT;
        -- A new token version ends every login token and personal access token issued before.
        UPDATE app_user SET token_version = token_version + 1 WHERE id = p_user_id;
        RETURN v_ended;
      END $$`);
    // The token_version trigger keeps the version unless who the user is changes: an explicit bump must pass it.
    await q(tokenVersionFunction(true));
    // A new token version ends the sessions of the old one at once: the list and the audit trail say so. (Not "UPDATE
    // OF token_version": the version is set by the BEFORE trigger, which that form does not see.)
    await q(`
      CREATE FUNCTION app_user_sessions_revoke() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        UPDATE user_session SET ended_at = now(), ended_reason = 'REVOKED'
         WHERE user_id = NEW.id AND token_version <> NEW.token_version AND ended_at IS NULL;
        RETURN NULL;
      END $$`);
    await q(
      `CREATE TRIGGER app_user_sessions_revoke AFTER UPDATE ON app_user FOR EACH ROW WHEN (NEW.token_version <> OLD.token_version) EXECUTE FUNCTION app_user_sessions_revoke()`,
    );
    for (const fn of [
      'app_session_start(bigint, bytea, text, timestamptz, text, text)',
      'app_session_authenticate(bytea, integer, text)',
      'app_session_touch(bigint)',
      'app_session_end(bigint, text)',
      'app_user_sessions_end(bigint)',
    ]) {
      await q(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q(`GRANT EXECUTE ON FUNCTION ${fn} TO regiekamer_app`);
    }
    await q(`REVOKE ALL ON FUNCTION app_user_sessions_revoke() FROM PUBLIC`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TRIGGER app_user_sessions_revoke ON app_user`);
    await q(`DROP FUNCTION app_user_sessions_revoke()`);
    await q(tokenVersionFunction(false));
    await q(`DROP FUNCTION app_user_sessions_end(bigint)`);
    await q(`DROP FUNCTION app_session_end(bigint, text)`);
    await q(`DROP FUNCTION app_session_touch(bigint)`);
    await q(`DROP FUNCTION app_session_authenticate(bytea, integer, text)`);
    await q(`DROP FUNCTION app_session_start(bigint, bytea, text, timestamptz, text, text)`);
    await q(`DROP TABLE "user_session"`);
  }
}
