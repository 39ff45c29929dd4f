import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;
const VALID = `t.token_hash = p_token_hash AND t.revoked_at IS NULL AND t.expires_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date`;

/**
 * A personal access token's lookup marks its last use; on a hot standby (a query routed there) nothing can be
 * written, so there it only looks the token up, and the API marks the use on the primary beside the request.
 */
export class PersonalTokenOnStandby1796400000000 implements MigrationInterface {
  name = 'PersonalTokenOnStandby1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION app_personal_access_token_subject(p_token_hash bytea)
      RETURNS TABLE (user_id bigint, token_version integer)
      LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        IF NOT pg_is_in_recovery() THEN
          UPDATE personal_access_token t SET last_used_at = now()
           WHERE ${VALID} AND (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute');
        END IF;
        RETURN QUERY SELECT t.user_id, t.token_version FROM personal_access_token t WHERE ${VALID};
      END
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION app_personal_access_token_subject(p_token_hash bytea)
      RETURNS TABLE (user_id bigint, token_version integer)
      LANGUAGE sql ${DEFINER} AS $$
        UPDATE personal_access_token t SET last_used_at = now()
         WHERE ${VALID} AND (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute');
        SELECT t.user_id, t.token_version FROM personal_access_token t WHERE ${VALID}
      $$`);
  }
}
