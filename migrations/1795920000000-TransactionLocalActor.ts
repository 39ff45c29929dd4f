import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;

/** The actor's five settings as the token checks set them: local to the transaction, or (before) for the session. */
const settings = (row: string, local: boolean): string => `
        PERFORM set_config('app.user_id', COALESCE(${row}.id::text, ''), ${String(local)}),
                set_config('app.role', COALESCE(${row}.role::text, ''), ${String(local)}),
                set_config('app.provider_id', COALESCE(${row}.provider_id::text, ''), ${String(local)}),
                set_config('app.municipality_id', COALESCE(${row}.municipality_id::text, ''), ${String(local)}),
                set_config('app.request_id', p_request_id, ${String(local)});`;

/** `oneRow`: answer a row of nulls when no one is found (OneRowTokenChecks), rather than no row. */
export const authenticate = (local: boolean, oneRow = false): string => `
      CREATE OR REPLACE FUNCTION app_authenticate(p_user_id bigint, p_token_version integer, p_request_id text)
      RETURNS TABLE (id bigint, email text, name text, role text, "municipalityId" bigint, "providerId" bigint)
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        u record;
      BEGIN
        -- A token of an earlier version (password, role or scope changed since) or of a deactivated user finds no one,
        -- and the settings are then emptied: no domain row is visible to it.
        SELECT a.id, a.email, a.name, a.role, a.municipality_id, a.provider_id INTO u
          FROM app_user a WHERE a.id = p_user_id AND a.token_version = p_token_version AND a.active;${settings('u', local)}
        ${oneRow ? '' : 'IF u.id IS NOT NULL THEN'}
          RETURN QUERY SELECT u.id, u.email::text, u.name::text, u.role::text, u.municipality_id, u.provider_id;
        ${oneRow ? '' : 'END IF;'}
      END $$`;

export const sessionAuthenticate = (local: boolean, oneRow = false): string => `
      CREATE OR REPLACE FUNCTION app_session_authenticate(p_secret_hash bytea, p_idle_seconds integer, p_request_id text)
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
        IF r.id IS NOT NULL${local ? ' AND NOT pg_is_in_recovery()' : ''} AND v_seen < now() - LEAST(interval '1 minute', make_interval(secs => p_idle_seconds / 10.0)) THEN
          UPDATE user_session SET last_seen_at = now() WHERE user_session.id = r.session_id;
          v_seen := now();
        END IF;${settings('r', local)}
        ${oneRow ? '' : 'IF r.id IS NOT NULL THEN'}
          RETURN QUERY SELECT r.id, r.email::text, r.name::text, r.role::text, r.municipality_id, r.provider_id, r.session_id,
            LEAST(v_seen + make_interval(secs => p_idle_seconds), r.expires_at), r.expires_at;
        ${oneRow ? '' : 'END IF;'}
      END $$`;

/**
 * The token checks set the actor local to the transaction they run in, never on the session: behind a pooler in
 * transaction mode a server connection passes from client to client between transactions, and a setting left on it
 * would make the next client act as this one. The API opens the transaction in the same round trip (request-db.ts).
 * On a hot standby (reads routed to it) a session's last_seen_at is not moved there, which cannot be written: the API
 * moves it on the primary instead (graphql-route.ts).
 */
export class TransactionLocalActor1795920000000 implements MigrationInterface {
  name = 'TransactionLocalActor1795920000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(authenticate(true));
    await queryRunner.query(sessionAuthenticate(true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(authenticate(false));
    await queryRunner.query(sessionAuthenticate(false));
  }
}
