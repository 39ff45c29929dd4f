import type { MigrationInterface, QueryRunner } from 'typeorm';

const SETTING = (name: string) => `(SELECT app_setting_bigint('app.${name}'))`;
const OWN = `user_id = ${SETTING('user_id')} AND municipality_id = ${SETTING('municipality_id')}`;
const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;

/**
 * Each user's choice per kind of notification (IMMEDIATE, DIGEST, OFF; no row: IMMEDIATE), the notifications kept for
 * the daily digest, and the one-click unsubscribe addresses of mails (RFC 8058). The application role reads and writes
 * only the signed-in user's own choices. An unsubscribe address is used without sign-in: its token (kept as its
 * SHA-256 only) is looked up and applied by two definer functions, which answer nothing but the kind it is for.
 */
export class NotificationPreferences1795540000000 implements MigrationInterface {
  name = 'NotificationPreferences1795540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TABLE "notification_preference" ("user_id" bigint NOT NULL, "kind" character varying(60) NOT NULL, "municipality_id" bigint NOT NULL, "mode" character varying(10) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_preference_mode_check" CHECK ("mode" IN ('IMMEDIATE', 'DIGEST', 'OFF')), CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("user_id", "kind"))`,
    );
    await q(
      `CREATE TABLE "notification_unsubscribe" ("token_hash" bytea NOT NULL, "user_id" bigint NOT NULL, "kind" character varying(60) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_unsubscribe_pkey" PRIMARY KEY ("token_hash"))`,
    );
    await q(`ALTER TABLE "notification" ADD "digest_pending" boolean NOT NULL DEFAULT false`);
    await q(`ALTER TABLE "notification" ADD "digested_at" TIMESTAMP WITH TIME ZONE`);
    await q(`CREATE INDEX "notification_digest_pending_idx" ON "notification"  ("user_id") WHERE digest_pending`);
    await q(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "notification_unsubscribe" ADD CONSTRAINT "notification_unsubscribe_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q(`GRANT SELECT, INSERT ON notification_preference TO regiekamer_app`);
    await q(`GRANT UPDATE (mode, updated_at) ON notification_preference TO regiekamer_app`);
    await q(`ALTER TABLE notification_preference ENABLE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY own_rows ON notification_preference TO regiekamer_app USING (${OWN}) WITH CHECK (${OWN})`);
    // No grant to the application role (as with login_attempt): it reaches the tokens only through the two functions below.
    await q(`
      CREATE FUNCTION app_unsubscribe_kind(p_token_hash bytea) RETURNS text
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT t.kind FROM notification_unsubscribe t JOIN app_user u ON u.id = t.user_id AND u.active
         WHERE t.token_hash = p_token_hash
      $$`);
    await q(`
      CREATE FUNCTION app_unsubscribe(p_token_hash bytea) RETURNS text
      LANGUAGE sql ${DEFINER} AS $$
        INSERT INTO notification_preference AS p (user_id, municipality_id, kind, mode)
        SELECT u.id, u.municipality_id, t.kind, 'OFF' FROM notification_unsubscribe t JOIN app_user u ON u.id = t.user_id AND u.active
         WHERE t.token_hash = p_token_hash
        ON CONFLICT (user_id, kind) DO UPDATE SET mode = 'OFF', updated_at = now()
        RETURNING p.kind
      $$`);
    for (const fn of ['app_unsubscribe_kind(bytea)', 'app_unsubscribe(bytea)']) {
      await q(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q(`GRANT EXECUTE ON FUNCTION ${fn} TO regiekamer_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP FUNCTION app_unsubscribe(bytea)`);
    await q(`DROP FUNCTION app_unsubscribe_kind(bytea)`);
    await q(`ALTER TABLE "notification_unsubscribe" DROP CONSTRAINT "notification_unsubscribe_user_fkey"`);
    await q(`ALTER TABLE "notification_preference" DROP CONSTRAINT "notification_preference_municipality_fkey"`);
    await q(`ALTER TABLE "notification_preference" DROP CONSTRAINT "notification_preference_user_fkey"`);
    await q(`DROP INDEX "public"."notification_digest_pending_idx"`);
    await q(`ALTER TABLE "notification" DROP COLUMN "digested_at"`);
    await q(`ALTER TABLE "notification" DROP COLUMN "digest_pending"`);
    await q(`DROP TABLE "notification_unsubscribe"`);
    await q(`DROP TABLE "notification_preference"`);
  }
}
