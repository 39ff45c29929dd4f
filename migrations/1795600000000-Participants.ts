import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables about clients and money: the participants' roles see none of their rows, whatever a service does. */
export const NO_PARTICIPANT_TABLES = [
  'arrangement',
  'arrangement_report',
  'arrangement_network_plan',
  'report_summary',
  'convenant',
  'convenant_party',
  'funding_agreement',
  'funding_payment',
  'annual_plan',
  'quarter_report',
  'improvement_track',
  'improvement_track_evaluation',
];

/**
 * The people who take part themselves: the roles CLIENT_COUNCIL and RESIDENT, and participant_membership, what a
 * participant belongs to (the kerngroep, an opgaveteam, an atelier), which decides what they see. A restrictive policy
 * (ANDed with the others) keeps both roles out of every table about clients and money, as a second wall behind the
 * services. Enum values added here cannot be used in this transaction, and are not: the policy compares text.
 */
export class Participants1795600000000 implements MigrationInterface {
  name = 'Participants1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TYPE "public"."role" ADD VALUE IF NOT EXISTS 'CLIENT_COUNCIL'`);
    await q(`ALTER TYPE "public"."role" ADD VALUE IF NOT EXISTS 'RESIDENT'`);
    await q(`CREATE TYPE "public"."participant_group" AS ENUM('KERNGROEP', 'OPGAVETEAM', 'ATELIER')`);
    await q(`
      CREATE TABLE "participant_membership" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "user_id" bigint NOT NULL,
        "group_kind" "public"."participant_group" NOT NULL,
        "opgaveteam_id" bigint,
        "atelier_id" bigint,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "participant_membership_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "participant_membership_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id"),
        CONSTRAINT "participant_membership_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id"),
        CONSTRAINT "participant_membership_opgaveteam_fkey" FOREIGN KEY ("opgaveteam_id") REFERENCES "opgaveteam"("id") ON DELETE CASCADE,
        CONSTRAINT "participant_membership_atelier_fkey" FOREIGN KEY ("atelier_id") REFERENCES "atelier"("id") ON DELETE CASCADE,
        CONSTRAINT "participant_membership_group_check" CHECK (
          ("group_kind" = 'KERNGROEP' AND "opgaveteam_id" IS NULL AND "atelier_id" IS NULL)
          OR ("group_kind" = 'OPGAVETEAM' AND "opgaveteam_id" IS NOT NULL AND "atelier_id" IS NULL)
          OR ("group_kind" = 'ATELIER' AND "atelier_id" IS NOT NULL AND "opgaveteam_id" IS NULL))
      )`);
    // One membership per user and group (NULLs are never equal, so the kerngroep needs its own partial index).
    await q(`CREATE UNIQUE INDEX "participant_membership_kerngroep_key" ON "participant_membership" ("user_id") WHERE "group_kind" = 'KERNGROEP'`);
    await q(`CREATE UNIQUE INDEX "participant_membership_opgaveteam_key" ON "participant_membership" ("user_id", "opgaveteam_id")`);
    await q(`CREATE UNIQUE INDEX "participant_membership_atelier_key" ON "participant_membership" ("user_id", "atelier_id")`);
    await q(`CREATE INDEX "participant_membership_municipality_idx" ON "participant_membership" ("municipality_id", "group_kind")`);
    await q(`CREATE INDEX "participant_membership_opgaveteam_idx" ON "participant_membership" ("opgaveteam_id")`);
    await q(`CREATE INDEX "participant_membership_atelier_idx" ON "participant_membership" ("atelier_id")`);
    await q(`GRANT SELECT, INSERT, UPDATE, DELETE ON participant_membership TO regiekamer_app`);
    await q(`ALTER TABLE participant_membership ENABLE ROW LEVEL SECURITY`);
    await q(`
      CREATE POLICY tenant_scope ON participant_membership TO regiekamer_app
        USING (municipality_id = app_setting_bigint('app.municipality_id'))
        WITH CHECK (municipality_id = app_setting_bigint('app.municipality_id'))`);
    await q(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON participant_membership FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    for (const table of NO_PARTICIPANT_TABLES) {
      await q(`
        CREATE POLICY no_participants ON ${table} AS RESTRICTIVE TO regiekamer_app
          USING (app_setting_text('app.role') IS NULL OR app_setting_text('app.role') NOT IN ('CLIENT_COUNCIL', 'RESIDENT'))`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of NO_PARTICIPANT_TABLES) await queryRunner.query(`DROP POLICY no_participants ON ${table}`);
    await queryRunner.query(`DROP TABLE participant_membership`);
    await queryRunner.query(`DROP TYPE "public"."participant_group"`);
    // Enum values cannot be dropped in PostgreSQL; unused, they do no harm.
  }
}
