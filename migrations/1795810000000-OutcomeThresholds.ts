import type { MigrationInterface, QueryRunner } from 'typeorm';

const NOT_REP = `app_setting_text('app.role') IS DISTINCT FROM 'PROVIDER_REP'`;
const TENANT = `municipality_id = app_setting_bigint('app.municipality_id')`;
const GRANTS: Record<string, string> = {
  outcome_threshold: 'SELECT, INSERT, UPDATE, DELETE',
  duration_norm: 'SELECT, INSERT, UPDATE',
};

/**
 * Outcomes under the inverted incentive (#22). `outcome_threshold` holds the regisseur's threshold per indicator (a
 * provider whose figure over the last twelve months crosses it is on the attention list; removing the row removes the
 * threshold); `duration_norm` the regisseur's norm for the duration of an arrangement per product category (the
 * defaults in outcome.rules.ts apply without a row). Both are policy, not client data: readable by the municipality's
 * tenant, written only by its staff.
 */
export class OutcomeThresholds1795810000000 implements MigrationInterface {
  name = 'OutcomeThresholds1795810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TYPE "public"."outcome_indicator" AS ENUM('RE_REQUEST_RATE', 'EARLY_ENDING_RATE', 'GOALS_NOT_ACHIEVED_RATE', 'MEDIAN_WAITING_OVER_NORM', 'MEDIAN_DURATION_OVER_NORM')`,
    );
    await q(`
      CREATE TABLE "outcome_threshold" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "indicator" "public"."outcome_indicator" NOT NULL,
        "value" numeric(7,3) NOT NULL,
        "updated_by_user_id" bigint NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "outcome_threshold_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "FK_4d19f658c2ef167e5843290acbd" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT,
        CONSTRAINT "outcome_threshold_user_fkey" FOREIGN KEY ("updated_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
        CONSTRAINT "outcome_threshold_value_check" CHECK ("value" >= 0 AND "value" <= 3650 AND ("value" <= 1 OR "indicator" IN ('MEDIAN_WAITING_OVER_NORM', 'MEDIAN_DURATION_OVER_NORM')))
      )`);
    await q(`CREATE UNIQUE INDEX "outcome_threshold_key" ON "outcome_threshold" ("municipality_id", "indicator")`);
    await q(`
      CREATE TABLE "duration_norm" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "product_category" "public"."product_category" NOT NULL,
        "norm_days" integer NOT NULL,
        "updated_by_user_id" bigint NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "duration_norm_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "FK_374c63a01891bdf30788dcd1826" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT,
        CONSTRAINT "duration_norm_user_fkey" FOREIGN KEY ("updated_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
        CONSTRAINT "duration_norm_days_check" CHECK ("norm_days" BETWEEN 1 AND 3650)
      )`);
    await q(`CREATE UNIQUE INDEX "duration_norm_key" ON "duration_norm" ("municipality_id", "product_category")`);

    for (const table of Object.keys(GRANTS)) {
      await q(`GRANT ${GRANTS[table]} ON ${table} TO regiekamer_app`);
      await q(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY tenant_scope ON ${table} TO regiekamer_app USING (${TENANT}) WITH CHECK (${TENANT} AND ${NOT_REP})`);
      // Participants (client council, residents) never read it, whatever else holds.
      await q(`
        CREATE POLICY no_participants ON ${table} AS RESTRICTIVE TO regiekamer_app
          USING (app_setting_text('app.role') IS NULL OR app_setting_text('app.role') NOT IN ('CLIENT_COUNCIL', 'RESIDENT'))`);
      // FORCE applies the policies to the owner too; the owner (migrations, seeding, backups) keeps full access.
      await q(`DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON ${table} TO %I USING (true) WITH CHECK (true)', current_user); END $$`);
      await q(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE duration_norm`);
    await queryRunner.query(`DROP TABLE outcome_threshold`);
    await queryRunner.query(`DROP TYPE "public"."outcome_indicator"`);
  }
}
