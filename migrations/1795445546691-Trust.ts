import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Trust1795445546691 implements MigrationInterface {
  name = 'Trust1795445546691';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "municipality_id" bigint, "user_id" bigint, "role" character varying(20), "provider_id" bigint, "request_id" character varying(64), "table_name" character varying(63) NOT NULL, "operation" character varying(6) NOT NULL, "entity_id" bigint NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_log_entity_idx" ON "audit_log"  ("table_name", "entity_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "access_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "municipality_id" bigint NOT NULL, "user_id" bigint NOT NULL, "role" character varying(20) NOT NULL, "provider_id" bigint, "request_id" character varying(64) NOT NULL, "arrangement_id" bigint NOT NULL, CONSTRAINT "PK_bd09621fb73b42d9e32b85ae41f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "access_log_arrangement_idx" ON "access_log"  ("arrangement_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "login_attempt" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "email" character varying(320) NOT NULL, "address" character varying(64) NOT NULL, CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "login_attempt_address_idx" ON "login_attempt"  ("address", "at") `);
    await queryRunner.query(`CREATE INDEX "login_attempt_email_idx" ON "login_attempt"  ("email", "at") `);
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("user_id" bigint NOT NULL, "key" character varying(100) NOT NULL, "operation" character varying(60) NOT NULL, "request_hash" character(64) NOT NULL, "response" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de390066dce788f80744a8f6626" PRIMARY KEY ("user_id", "key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
    await queryRunner.query(`DROP INDEX "public"."login_attempt_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."login_attempt_address_idx"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."access_log_arrangement_idx"`);
    await queryRunner.query(`DROP TABLE "access_log"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_entity_idx"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
