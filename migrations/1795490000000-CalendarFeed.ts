import type { MigrationInterface, QueryRunner } from 'typeorm';

const SETTING = (name: string, type: 'bigint' | 'text' = 'bigint') => `(SELECT app_setting_${type}('app.${name}'))`;
const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;

/**
 * A user's calendar feed (`/calendar/<secret>.ics`): one secret address per user, kept as its SHA-256 only. The feed
 * is read without a token, so the secret is looked up by a SECURITY DEFINER function that answers only the user and
 * the token version the feed was made under; the request then signs in as that user the way a token does, and any
 * change of password, role, scope or active flag ends the feed as it ends tokens. The application role sees and
 * writes only the signed-in user's own row.
 */
export class CalendarFeed1795490000000 implements MigrationInterface {
  name = 'CalendarFeed1795490000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`
      CREATE TABLE "calendar_feed" (
        "user_id" bigint NOT NULL,
        "municipality_id" bigint NOT NULL,
        "secret_hash" bytea NOT NULL,
        "token_version" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "calendar_feed_pkey" PRIMARY KEY ("user_id"),
        CONSTRAINT "calendar_feed_secret_hash_key" UNIQUE ("secret_hash"),
        CONSTRAINT "calendar_feed_secret_hash_check" CHECK (octet_length(secret_hash) = 32),
        CONSTRAINT "calendar_feed_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "calendar_feed_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id")
      )`);
    // Made through app_calendar_feed_renew, which takes the user's token version (a column the role cannot read).
    await q(`GRANT SELECT, DELETE ON calendar_feed TO regiekamer_app`);
    await q(`ALTER TABLE calendar_feed ENABLE ROW LEVEL SECURITY`);
    await q(
      `CREATE POLICY own_feed ON calendar_feed TO regiekamer_app
         USING (user_id = ${SETTING('user_id')} AND municipality_id = ${SETTING('municipality_id')})
         WITH CHECK (user_id = ${SETTING('user_id')} AND municipality_id = ${SETTING('municipality_id')})`,
    );
    await q(`
      CREATE FUNCTION app_calendar_subject(p_secret_hash bytea)
      RETURNS TABLE (user_id bigint, token_version integer)
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT f.user_id, f.token_version FROM calendar_feed f WHERE f.secret_hash = p_secret_hash
      $$`);
    await q(`
      CREATE FUNCTION app_calendar_feed_renew(p_secret_hash bytea)
      RETURNS TABLE (created_at timestamptz)
      LANGUAGE sql ${DEFINER} AS $$
        INSERT INTO calendar_feed AS f (user_id, municipality_id, secret_hash, token_version)
        SELECT u.id, u.municipality_id, p_secret_hash, u.token_version FROM app_user u
         WHERE u.id = app_setting_bigint('app.user_id') AND u.active
        ON CONFLICT (user_id) DO UPDATE
          SET secret_hash = EXCLUDED.secret_hash, token_version = EXCLUDED.token_version,
              municipality_id = EXCLUDED.municipality_id, created_at = now()
        RETURNING f.created_at
      $$`);
    for (const fn of ['app_calendar_subject(bytea)', 'app_calendar_feed_renew(bytea)']) {
      await q(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q(`GRANT EXECUTE ON FUNCTION ${fn} TO regiekamer_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION app_calendar_feed_renew(bytea)`);
    await queryRunner.query(`DROP FUNCTION app_calendar_subject(bytea)`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
  }
}
