import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The regisseur reopens a quarter report with a reason: `reopened_at` marks it open again until the provider submits it
 * anew (in place, as the one report of that quarter), `reopen_reason` keeps why it was last reopened. What it said
 * before stays in the audit trail, with who changed it and when.
 */
export class QuarterReportReopen1795720000200 implements MigrationInterface {
  name = 'QuarterReportReopen1795720000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quarter_report" ADD "reopened_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "quarter_report" ADD "reopen_reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quarter_report" DROP COLUMN "reopen_reason"`);
    await queryRunner.query(`ALTER TABLE "quarter_report" DROP COLUMN "reopened_at"`);
  }
}
