import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An overleg gets an optional time of day (Amsterdam), a CANCELLED status and an invitation sequence; a message in the
 * outbox may carry an iCalendar invitation (generated from the entities).
 */
export class OverlegInvitations1795530000000 implements MigrationInterface {
  name = 'OverlegInvitations1795530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "overleg" ADD "starts_at" TIME`);
    await queryRunner.query(`ALTER TABLE "overleg" ADD "ends_at" TIME`);
    await queryRunner.query(`CREATE TYPE "public"."overleg_status" AS ENUM('PLANNED', 'CANCELLED')`);
    await queryRunner.query(`ALTER TABLE "overleg" ADD "status" "public"."overleg_status" NOT NULL DEFAULT 'PLANNED'`);
    await queryRunner.query(`ALTER TABLE "overleg" ADD "sequence" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "outgoing_message" ADD "calendar_method" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "outgoing_message" ADD "calendar_text" text`);
    await queryRunner.query(
      `ALTER TABLE "overleg" ADD CONSTRAINT "overleg_time_check" CHECK (("starts_at" IS NULL) = ("ends_at" IS NULL) AND ("starts_at" IS NULL OR "ends_at" > "starts_at"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "outgoing_message" ADD CONSTRAINT "outgoing_message_calendar_check" CHECK (("calendar_method" IS NULL) = ("calendar_text" IS NULL) AND ("calendar_method" IS NULL OR "calendar_method" IN ('REQUEST', 'CANCEL')))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outgoing_message" DROP CONSTRAINT "outgoing_message_calendar_check"`);
    await queryRunner.query(`ALTER TABLE "overleg" DROP CONSTRAINT "overleg_time_check"`);
    await queryRunner.query(`ALTER TABLE "outgoing_message" DROP COLUMN "calendar_text"`);
    await queryRunner.query(`ALTER TABLE "outgoing_message" DROP COLUMN "calendar_method"`);
    await queryRunner.query(`ALTER TABLE "overleg" DROP COLUMN "sequence"`);
    await queryRunner.query(`ALTER TABLE "overleg" DROP COLUMN "status"`);
    await queryRunner.query(`DROP TYPE "public"."overleg_status"`);
    await queryRunner.query(`ALTER TABLE "overleg" DROP COLUMN "ends_at"`);
    await queryRunner.query(`ALTER TABLE "overleg" DROP COLUMN "starts_at"`);
  }
}
