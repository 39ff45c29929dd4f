import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A funding proposal can be DECLINED by the receiver or WITHDRAWN by the payer, with the reason (`closing_reason`, also
 * kept when an agreement is ended with one). The new statuses are compared as text in the checks: a value added to an
 * enum cannot be used in the transaction that adds it. Reverting leaves the two values in the enum (PostgreSQL cannot
 * drop an enum value); applying again adds nothing.
 */
export class FundingOutcomes1795720000100 implements MigrationInterface {
  name = 'FundingOutcomes1795720000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."funding_agreement_status" ADD VALUE IF NOT EXISTS 'DECLINED'`);
    await queryRunner.query(`ALTER TYPE "public"."funding_agreement_status" ADD VALUE IF NOT EXISTS 'WITHDRAWN'`);
    await queryRunner.query(`ALTER TABLE "funding_agreement" ADD "closing_reason" text`);
    await queryRunner.query(`ALTER TABLE "funding_agreement" DROP CONSTRAINT "funding_agreement_agreed_check"`);
    await queryRunner.query(
      `ALTER TABLE "funding_agreement" ADD CONSTRAINT "funding_agreement_agreed_check" CHECK (("agreed_at" IS NULL) = ("agreed_by_user_id" IS NULL) AND ("status"::text IN ('PROPOSED', 'DECLINED', 'WITHDRAWN')) = ("agreed_at" IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_agreement" ADD CONSTRAINT "funding_agreement_closing_check" CHECK ("status"::text NOT IN ('DECLINED', 'WITHDRAWN') OR "closing_reason" IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "funding_agreement" WHERE "status"::text IN ('DECLINED', 'WITHDRAWN')`);
    await queryRunner.query(`ALTER TABLE "funding_agreement" DROP CONSTRAINT "funding_agreement_closing_check"`);
    await queryRunner.query(`ALTER TABLE "funding_agreement" DROP CONSTRAINT "funding_agreement_agreed_check"`);
    await queryRunner.query(
      `ALTER TABLE "funding_agreement" ADD CONSTRAINT "funding_agreement_agreed_check" CHECK (("agreed_at" IS NULL) = ("agreed_by_user_id" IS NULL) AND ("status" = 'PROPOSED') = ("agreed_at" IS NULL))`,
    );
    await queryRunner.query(`ALTER TABLE "funding_agreement" DROP COLUMN "closing_reason"`);
  }
}
