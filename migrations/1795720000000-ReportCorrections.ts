import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The summary's count of reports: a reversal takes its report out again, so a corrected report counts once. */
const reportCount = (entry: string): string => `sum(CASE WHEN ${entry} = 'REVERSAL' THEN -1 ELSE 1 END)`;

/**
 * Corrections without rewriting history. Reports stay append-only; a wrong one is corrected by a REVERSAL (its hours and
 * cost negated) and optionally a CORRECTION with the right values, both referring to it and with its period, each at
 * most once per report. Every sum of the reports (realised cost, report_summary, a quarter's spending) then counts the
 * report once with the corrected values, with no change to the statements that sum. The reports of one arrangement may
 * not overlap in period (an exclusion over REPORT rows only: the counter-entries share the period they correct); it
 * replaces the unique key on the exact period, which it includes. The summary's count of reports subtracts reversals.
 */
export class ReportCorrections1795720000000 implements MigrationInterface {
  name = 'ReportCorrections1795720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Reports that overlap already cannot be fixed here: the migration stops and names how many.
    await queryRunner.query(`
      DO $$ DECLARE n bigint; BEGIN
        SELECT count(*) INTO n FROM arrangement_report a JOIN arrangement_report b
          ON b.arrangement_id = a.arrangement_id AND b.id > a.id AND b.period_start <= a.period_end AND b.period_end >= a.period_start;
        IF n > 0 THEN RAISE EXCEPTION '% pairs of arrangement reports overlap in period; correct them before this migration', n; END IF;
      END $$`);
    await queryRunner.query(`CREATE TYPE "public"."report_entry" AS ENUM('REPORT', 'REVERSAL', 'CORRECTION')`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" ADD "entry" "public"."report_entry" NOT NULL DEFAULT 'REPORT'`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" ADD "corrects_report_id" bigint`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" ADD "correction_reason" text`);
    await queryRunner.query(`DROP INDEX "public"."arrangement_report_period_key"`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP CONSTRAINT "arrangement_report_amounts_check"`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP CONSTRAINT "arrangement_report_cost_bound"`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP CONSTRAINT "arrangement_report_hours_bound"`);
    await queryRunner.query(
      `ALTER TABLE "arrangement_report" ADD CONSTRAINT "arrangement_report_amounts_check" CHECK (CASE WHEN "entry" = 'REVERSAL' THEN "hours_delivered" <= 0 AND "cost_cents" <= 0 ELSE "hours_delivered" >= 0 AND "cost_cents" >= 0 END)`,
    );
    await queryRunner.query(`ALTER TABLE "arrangement_report" ADD CONSTRAINT "arrangement_report_cost_bound" CHECK (abs("cost_cents") <= 100000000)`);
    await queryRunner.query(
      `ALTER TABLE "arrangement_report" ADD CONSTRAINT "arrangement_report_hours_bound" CHECK (abs("hours_delivered") <= 24 * ("period_end" - "period_start" + 1))`,
    );
    await queryRunner.query(
      `ALTER TABLE "arrangement_report" ADD CONSTRAINT "arrangement_report_correction_check" CHECK (("entry" = 'REPORT') = ("corrects_report_id" IS NULL) AND ("entry" <> 'REVERSAL' OR "correction_reason" IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "arrangement_report" ADD CONSTRAINT "arrangement_report_period_overlap" EXCLUDE USING gist (int8range("arrangement_id", "arrangement_id", '[]') WITH &&, daterange("period_start", "period_end", '[]') WITH &&) WHERE ("entry" = 'REPORT')`,
    );
    await queryRunner.query(`CREATE INDEX "arrangement_report_arrangement_idx" ON "arrangement_report" ("arrangement_id", "period_start") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "arrangement_report_correction_key" ON "arrangement_report" ("corrects_report_id", "entry") WHERE "corrects_report_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "arrangement_report" ADD CONSTRAINT "FK_448fea3b787fd4b93369198097e" FOREIGN KEY ("corrects_report_id") REFERENCES "arrangement_report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await this.summaryFunctions(queryRunner, reportCount('r.entry'), reportCount('entry'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.summaryFunctions(queryRunner, 'count(*)', 'count(*)');
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP CONSTRAINT "FK_448fea3b787fd4b93369198097e"`);
    await queryRunner.query(`DROP INDEX "public"."arrangement_report_correction_key"`);
    await queryRunner.query(`DROP INDEX "public"."arrangement_report_arrangement_idx"`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP CONSTRAINT "arrangement_report_period_overlap"`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP CONSTRAINT "arrangement_report_correction_check"`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP CONSTRAINT "arrangement_report_hours_bound"`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP CONSTRAINT "arrangement_report_cost_bound"`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP CONSTRAINT "arrangement_report_amounts_check"`);
    await queryRunner.query(
      `ALTER TABLE "arrangement_report" ADD CONSTRAINT "arrangement_report_amounts_check" CHECK ("hours_delivered" >= 0 AND "cost_cents" >= 0)`,
    );
    await queryRunner.query(`ALTER TABLE "arrangement_report" ADD CONSTRAINT "arrangement_report_cost_bound" CHECK ("cost_cents" <= 100000000)`);
    await queryRunner.query(
      `ALTER TABLE "arrangement_report" ADD CONSTRAINT "arrangement_report_hours_bound" CHECK ("hours_delivered" <= 24 * ("period_end" - "period_start" + 1))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "arrangement_report_period_key" ON "arrangement_report" ("arrangement_id", "period_start", "period_end") `,
    );
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP COLUMN "correction_reason"`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP COLUMN "corrects_report_id"`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP COLUMN "entry"`);
    await queryRunner.query(`DROP TYPE "public"."report_entry"`);
  }

  /** The summary's upkeep of ReportSummaryUpkeep, with the count of reports given. */
  private async summaryFunctions(queryRunner: QueryRunner, added: string, moved: string): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION report_summary_add() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        WITH locked AS (
          SELECT a.id, a.product_category FROM arrangement a WHERE a.id IN (SELECT arrangement_id FROM added) FOR NO KEY UPDATE
        )
        INSERT INTO report_summary AS s (municipality_id, period_start, provider_id, product_category, reports, cost_cents, hours_delivered)
        SELECT r.municipality_id, r.period_start, r.provider_id, l.product_category, ${added}, sum(r.cost_cents), sum(r.hours_delivered)
          FROM added r JOIN locked l ON l.id = r.arrangement_id
         GROUP BY 1, 2, 3, 4
         ORDER BY 1, 2, 3, 4
        ON CONFLICT (municipality_id, period_start, provider_id, product_category) DO UPDATE
           SET reports = s.reports + EXCLUDED.reports, cost_cents = s.cost_cents + EXCLUDED.cost_cents,
               hours_delivered = s.hours_delivered + EXCLUDED.hours_delivered;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION report_summary_recategorise() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        WITH moved AS (
          SELECT period_start, ${moved} AS reports, sum(cost_cents) AS cost_cents, sum(hours_delivered) AS hours_delivered
            FROM arrangement_report WHERE arrangement_id = NEW.id GROUP BY 1
        ),
        taken AS (
          UPDATE report_summary s SET reports = s.reports - m.reports, cost_cents = s.cost_cents - m.cost_cents,
                 hours_delivered = s.hours_delivered - m.hours_delivered
            FROM moved m
           WHERE s.municipality_id = NEW.municipality_id AND s.provider_id = NEW.provider_id
             AND s.product_category = OLD.product_category AND s.period_start = m.period_start
        )
        INSERT INTO report_summary AS s (municipality_id, period_start, provider_id, product_category, reports, cost_cents, hours_delivered)
        SELECT NEW.municipality_id, m.period_start, NEW.provider_id, NEW.product_category, m.reports, m.cost_cents, m.hours_delivered
          FROM moved m ORDER BY m.period_start
        ON CONFLICT (municipality_id, period_start, provider_id, product_category) DO UPDATE
           SET reports = s.reports + EXCLUDED.reports, cost_cents = s.cost_cents + EXCLUDED.cost_cents,
               hours_delivered = s.hours_delivered + EXCLUDED.hours_delivered;
        -- A key with no reports left is gone, as if those reports had always been in the other category.
        DELETE FROM report_summary WHERE municipality_id = NEW.municipality_id AND provider_id = NEW.provider_id
           AND product_category = OLD.product_category AND reports = 0;
        RETURN NULL;
      END $$`);
  }
}
