import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The follow-up actions of an annual plan's quarterly review become real actions (owner, due date, open or done),
 * hanging off the quarter report they were agreed on. The text list `quarter_report.review_actions` stays for the
 * reviews recorded before (deprecated in the API). The new enum value is compared as text in the check, because a
 * value added in this transaction cannot be used as an enum literal until it commits.
 */
export class QuarterReviewActions1795760000000 implements MigrationInterface {
  name = 'QuarterReviewActions1795760000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."action_source_kind" ADD VALUE IF NOT EXISTS 'QUARTER_REPORT'`);
    await queryRunner.query(`ALTER TABLE "action_item" ADD "quarter_report_id" bigint`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "action_item_source_check"`);
    await queryRunner.query(`ALTER TABLE "action_item" ADD CONSTRAINT "action_item_source_check" CHECK (("source_kind" = 'OVERLEG') = ("overleg_id" IS NOT NULL) AND ("source_kind" = 'ATELIER') = ("atelier_id" IS NOT NULL)
   AND ("source_kind" = 'DECISION') = ("decision_id" IS NOT NULL) AND ("source_kind" = 'IMPROVEMENT_TRACK') = ("improvement_track_id" IS NOT NULL)
   AND ("source_kind"::text = 'QUARTER_REPORT') = ("quarter_report_id" IS NOT NULL))`);
    await queryRunner.query(`CREATE INDEX "action_item_quarter_report_idx" ON "action_item"  ("quarter_report_id") `);
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_b3e5752b0e1c82134e409e6e9ab" FOREIGN KEY ("quarter_report_id") REFERENCES "quarter_report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "action_item" WHERE "quarter_report_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_b3e5752b0e1c82134e409e6e9ab"`);
    await queryRunner.query(`DROP INDEX "public"."action_item_quarter_report_idx"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "action_item_source_check"`);
    await queryRunner.query(`ALTER TABLE "action_item" ADD CONSTRAINT "action_item_source_check" CHECK (("source_kind" = 'OVERLEG') = ("overleg_id" IS NOT NULL) AND ("source_kind" = 'ATELIER') = ("atelier_id" IS NOT NULL)
   AND ("source_kind" = 'DECISION') = ("decision_id" IS NOT NULL) AND ("source_kind" = 'IMPROVEMENT_TRACK') = ("improvement_track_id" IS NOT NULL))`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP COLUMN "quarter_report_id"`);
  }
}
