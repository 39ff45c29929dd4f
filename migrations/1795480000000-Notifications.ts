import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The in-app notifications and the mail outbox (generated from their entities); their access is in NotificationSecurity. */
export class Notifications1795480000000 implements MigrationInterface {
  name = 'Notifications1795480000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outgoing_message" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "recipient_user_id" bigint, "address" character varying(320) NOT NULL, "kind" character varying(60) NOT NULL, "object_type" character varying(60), "object_id" bigint, "idempotency_key" character varying(200) NOT NULL, "subject" character varying(300) NOT NULL, "body_text" text NOT NULL, "body_html" text NOT NULL, "headers" jsonb NOT NULL DEFAULT '{}', "status" character varying(20) NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "last_answer" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_811db96417b2860bb81e20ab9ef" UNIQUE ("idempotency_key"), CONSTRAINT "outgoing_message_status_check" CHECK ("status" IN ('PENDING', 'SENT', 'FAILED', 'NOT_SENT', 'WITHHELD')), CONSTRAINT "PK_37209093e821fe5a0eb2698c3b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "outgoing_message_status_idx" ON "outgoing_message"  ("municipality_id", "status") `);
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "user_id" bigint NOT NULL, "kind" character varying(60) NOT NULL, "object_type" character varying(60), "object_id" bigint, "idempotency_key" character varying(200) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "link" character varying(300) NOT NULL, "due_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_d3dc24e45636cba0e760ae77993" UNIQUE ("idempotency_key"), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "notification_user_idx" ON "notification"  ("user_id", "id") `);
    await queryRunner.query(
      `ALTER TABLE "outgoing_message" ADD CONSTRAINT "FK_95099c1db61214406595a847eab" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outgoing_message" ADD CONSTRAINT "FK_9229e7ed3c94614185cf69e8140" FOREIGN KEY ("recipient_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_91d5bce4e2453ee4339f89b4811" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_91d5bce4e2453ee4339f89b4811"`);
    await queryRunner.query(`ALTER TABLE "outgoing_message" DROP CONSTRAINT "FK_9229e7ed3c94614185cf69e8140"`);
    await queryRunner.query(`ALTER TABLE "outgoing_message" DROP CONSTRAINT "FK_95099c1db61214406595a847eab"`);
    await queryRunner.query(`DROP INDEX "public"."notification_user_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."outgoing_message_status_idx"`);
    await queryRunner.query(`DROP TABLE "outgoing_message"`);
  }
}
