import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Money1795450275534 implements MigrationInterface {
  name = 'Money1795450275534';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."funding_agreement_status" AS ENUM('PROPOSED', 'AGREED', 'ENDED')`);
    await queryRunner.query(
      `CREATE TABLE "funding_agreement" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "convenant_id" bigint NOT NULL, "from_provider_id" bigint NOT NULL, "to_provider_id" bigint NOT NULL, "version" integer NOT NULL DEFAULT '1', "status" "public"."funding_agreement_status" NOT NULL DEFAULT 'PROPOSED', "period_start" date NOT NULL, "period_end" date NOT NULL, "amount_cents" bigint NOT NULL, "purpose" text NOT NULL, "proposed_by_user_id" bigint NOT NULL, "agreed_at" TIMESTAMP WITH TIME ZONE, "agreed_by_user_id" bigint, "ended_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "funding_agreement_agreed_check" CHECK (("agreed_at" IS NULL) = ("agreed_by_user_id" IS NULL) AND ("status" = 'PROPOSED') = ("agreed_at" IS NULL)), CONSTRAINT "funding_agreement_amount_check" CHECK ("amount_cents" > 0), CONSTRAINT "funding_agreement_period_check" CHECK ("period_end" >= "period_start"), CONSTRAINT "funding_agreement_pair_check" CHECK ("from_provider_id" <> "to_provider_id"), CONSTRAINT "PK_b755cf0ffa42025e0286dd9f790" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "funding_agreement_municipality_idx" ON "funding_agreement"  ("municipality_id", "period_start") `);
    await queryRunner.query(`CREATE INDEX "funding_agreement_to_idx" ON "funding_agreement"  ("to_provider_id", "id") `);
    await queryRunner.query(`CREATE INDEX "funding_agreement_from_idx" ON "funding_agreement"  ("from_provider_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "funding_payment" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "agreement_id" bigint NOT NULL, "from_provider_id" bigint NOT NULL, "to_provider_id" bigint NOT NULL, "paid_on" date NOT NULL, "amount_cents" bigint NOT NULL, "recorded_by_user_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "funding_payment_amount_check" CHECK ("amount_cents" > 0), CONSTRAINT "PK_e2bc62d6e3255ce707c36e8c9a5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "funding_payment_municipality_idx" ON "funding_payment"  ("municipality_id", "paid_on") `);
    await queryRunner.query(`CREATE INDEX "funding_payment_agreement_idx" ON "funding_payment"  ("agreement_id", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."annual_plan_status" AS ENUM('DRAFT', 'ADOPTED')`);
    await queryRunner.query(
      `CREATE TABLE "annual_plan" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "provider_id" bigint, "year" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', "status" "public"."annual_plan_status" NOT NULL DEFAULT 'DRAFT', "goals" jsonb NOT NULL DEFAULT '[]', "budget_lines" jsonb NOT NULL DEFAULT '[]', "created_by_user_id" bigint NOT NULL, "adopted_at" TIMESTAMP WITH TIME ZONE, "adopted_by_user_id" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "annual_plan_adopted_check" CHECK (("status" = 'ADOPTED') = ("adopted_at" IS NOT NULL) AND ("adopted_at" IS NULL) = ("adopted_by_user_id" IS NULL)), CONSTRAINT "annual_plan_year_check" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "PK_d39dd5f70470bf2a692f72ea12c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "annual_plan_municipality_idx" ON "annual_plan"  ("municipality_id", "year", "id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "annual_plan_municipality_year_key" ON "annual_plan"  ("municipality_id", "year") WHERE "provider_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "annual_plan_provider_year_key" ON "annual_plan"  ("provider_id", "year") WHERE "provider_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE TYPE "public"."quarter_verdict" AS ENUM('ON_TRACK', 'ATTENTION', 'OFF_TRACK')`);
    await queryRunner.query(
      `CREATE TABLE "quarter_report" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "plan_id" bigint NOT NULL, "provider_id" bigint, "year" integer NOT NULL, "quarter" smallint NOT NULL, "version" integer NOT NULL DEFAULT '1', "goal_progress" jsonb NOT NULL DEFAULT '[]', "spent_cents_at_submission" bigint NOT NULL, "submitted_on" date NOT NULL, "submitted_by_user_id" bigint NOT NULL, "reviewed_on" date, "review_attendees" jsonb NOT NULL DEFAULT '[]', "verdict" "public"."quarter_verdict", "review_remarks" text, "review_actions" text array NOT NULL DEFAULT '{}', "reviewed_by_user_id" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "quarter_report_review_check" CHECK (("reviewed_on" IS NULL) = ("verdict" IS NULL) AND ("reviewed_on" IS NULL) = ("reviewed_by_user_id" IS NULL) AND ("reviewed_on" IS NULL OR "reviewed_on" >= "submitted_on")), CONSTRAINT "quarter_report_spent_check" CHECK ("spent_cents_at_submission" >= 0), CONSTRAINT "quarter_report_quarter_check" CHECK ("quarter" BETWEEN 1 AND 4), CONSTRAINT "PK_db257ba2f99ea55315442c8df5a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "quarter_report_municipality_idx" ON "quarter_report"  ("municipality_id", "year", "quarter", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "quarter_report_plan_quarter_key" ON "quarter_report"  ("plan_id", "quarter") `);
    await queryRunner.query(
      `CREATE TABLE "arrangement_network_plan" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "arrangement_id" bigint NOT NULL, "provider_id" bigint NOT NULL, "conference_held_on" date NOT NULL, "participants_count" integer NOT NULL, "coordinator" character varying(200) NOT NULL, "plan_summary" text NOT NULL, "decisions_of_network" text array NOT NULL DEFAULT '{}', "professional_role" text NOT NULL, "recorded_by_user_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "arrangement_network_plan_participants_check" CHECK ("participants_count" >= 1), CONSTRAINT "PK_121c0e0c2154565d49290fe1c55" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "arrangement_network_plan_provider_idx" ON "arrangement_network_plan"  ("provider_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "arrangement_network_plan_arrangement_key" ON "arrangement_network_plan"  ("arrangement_id") `);
    await queryRunner.query(
      `ALTER TABLE "funding_agreement" ADD CONSTRAINT "FK_44cc372d444035e98608589b513" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_agreement" ADD CONSTRAINT "FK_3fbf92fa059a3f784df2abbb63c" FOREIGN KEY ("convenant_id") REFERENCES "convenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_agreement" ADD CONSTRAINT "FK_4f82a149fcba39f1f72b2b82344" FOREIGN KEY ("from_provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_agreement" ADD CONSTRAINT "FK_5f4fc31d44bce7eaaf02abd26fe" FOREIGN KEY ("to_provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_agreement" ADD CONSTRAINT "FK_81f0b73032e1123d0fb46713b25" FOREIGN KEY ("proposed_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_agreement" ADD CONSTRAINT "FK_8ee7fa5947d68b37a36899a3c72" FOREIGN KEY ("agreed_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_payment" ADD CONSTRAINT "FK_2a81deb470b024e53d957e5fdff" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_payment" ADD CONSTRAINT "FK_b998dc519b911b32778bc11ca29" FOREIGN KEY ("agreement_id") REFERENCES "funding_agreement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_payment" ADD CONSTRAINT "FK_923724b6cfd59ace8a954fc416a" FOREIGN KEY ("from_provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_payment" ADD CONSTRAINT "FK_7c0955a7a4d42790ea89bad96d3" FOREIGN KEY ("to_provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_payment" ADD CONSTRAINT "FK_670ccf30dbe72f6c42f5e51cdb8" FOREIGN KEY ("recorded_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_plan" ADD CONSTRAINT "FK_8378dabf44ff503854f7661771a" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_plan" ADD CONSTRAINT "FK_4fefb60b50ce3bea22c90172128" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_plan" ADD CONSTRAINT "FK_6881c72d3dd724b42a1c5a8bc6c" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_plan" ADD CONSTRAINT "FK_53fd2dfd81870feb05573694269" FOREIGN KEY ("adopted_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quarter_report" ADD CONSTRAINT "FK_d23f9af7fb20832000ee81f08fb" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quarter_report" ADD CONSTRAINT "FK_48ed0863f4aa9dcaf64ce9a0372" FOREIGN KEY ("plan_id") REFERENCES "annual_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quarter_report" ADD CONSTRAINT "FK_768966dd6962310517839adb643" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quarter_report" ADD CONSTRAINT "FK_723a3258f0974bf66fa3e009ce7" FOREIGN KEY ("submitted_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quarter_report" ADD CONSTRAINT "FK_d27bb37fbb408fbeaa3c00b7089" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "arrangement_network_plan" ADD CONSTRAINT "FK_d56404a0777df981ddc04284b41" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "arrangement_network_plan" ADD CONSTRAINT "FK_e911dd261ebba14f2a617fb6ada" FOREIGN KEY ("arrangement_id") REFERENCES "arrangement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "arrangement_network_plan" ADD CONSTRAINT "FK_ac981bdb9d0d1054b4dcdb31903" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "arrangement_network_plan" ADD CONSTRAINT "FK_3148acaa407f7e5c50af7ded07e" FOREIGN KEY ("recorded_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "arrangement_network_plan" DROP CONSTRAINT "FK_3148acaa407f7e5c50af7ded07e"`);
    await queryRunner.query(`ALTER TABLE "arrangement_network_plan" DROP CONSTRAINT "FK_ac981bdb9d0d1054b4dcdb31903"`);
    await queryRunner.query(`ALTER TABLE "arrangement_network_plan" DROP CONSTRAINT "FK_e911dd261ebba14f2a617fb6ada"`);
    await queryRunner.query(`ALTER TABLE "arrangement_network_plan" DROP CONSTRAINT "FK_d56404a0777df981ddc04284b41"`);
    await queryRunner.query(`ALTER TABLE "quarter_report" DROP CONSTRAINT "FK_d27bb37fbb408fbeaa3c00b7089"`);
    await queryRunner.query(`ALTER TABLE "quarter_report" DROP CONSTRAINT "FK_723a3258f0974bf66fa3e009ce7"`);
    await queryRunner.query(`ALTER TABLE "quarter_report" DROP CONSTRAINT "FK_768966dd6962310517839adb643"`);
    await queryRunner.query(`ALTER TABLE "quarter_report" DROP CONSTRAINT "FK_48ed0863f4aa9dcaf64ce9a0372"`);
    await queryRunner.query(`ALTER TABLE "quarter_report" DROP CONSTRAINT "FK_d23f9af7fb20832000ee81f08fb"`);
    await queryRunner.query(`ALTER TABLE "annual_plan" DROP CONSTRAINT "FK_53fd2dfd81870feb05573694269"`);
    await queryRunner.query(`ALTER TABLE "annual_plan" DROP CONSTRAINT "FK_6881c72d3dd724b42a1c5a8bc6c"`);
    await queryRunner.query(`ALTER TABLE "annual_plan" DROP CONSTRAINT "FK_4fefb60b50ce3bea22c90172128"`);
    await queryRunner.query(`ALTER TABLE "annual_plan" DROP CONSTRAINT "FK_8378dabf44ff503854f7661771a"`);
    await queryRunner.query(`ALTER TABLE "funding_payment" DROP CONSTRAINT "FK_670ccf30dbe72f6c42f5e51cdb8"`);
    await queryRunner.query(`ALTER TABLE "funding_payment" DROP CONSTRAINT "FK_7c0955a7a4d42790ea89bad96d3"`);
    await queryRunner.query(`ALTER TABLE "funding_payment" DROP CONSTRAINT "FK_923724b6cfd59ace8a954fc416a"`);
    await queryRunner.query(`ALTER TABLE "funding_payment" DROP CONSTRAINT "FK_b998dc519b911b32778bc11ca29"`);
    await queryRunner.query(`ALTER TABLE "funding_payment" DROP CONSTRAINT "FK_2a81deb470b024e53d957e5fdff"`);
    await queryRunner.query(`ALTER TABLE "funding_agreement" DROP CONSTRAINT "FK_8ee7fa5947d68b37a36899a3c72"`);
    await queryRunner.query(`ALTER TABLE "funding_agreement" DROP CONSTRAINT "FK_81f0b73032e1123d0fb46713b25"`);
    await queryRunner.query(`ALTER TABLE "funding_agreement" DROP CONSTRAINT "FK_5f4fc31d44bce7eaaf02abd26fe"`);
    await queryRunner.query(`ALTER TABLE "funding_agreement" DROP CONSTRAINT "FK_4f82a149fcba39f1f72b2b82344"`);
    await queryRunner.query(`ALTER TABLE "funding_agreement" DROP CONSTRAINT "FK_3fbf92fa059a3f784df2abbb63c"`);
    await queryRunner.query(`ALTER TABLE "funding_agreement" DROP CONSTRAINT "FK_44cc372d444035e98608589b513"`);
    await queryRunner.query(`DROP INDEX "public"."arrangement_network_plan_arrangement_key"`);
    await queryRunner.query(`DROP INDEX "public"."arrangement_network_plan_provider_idx"`);
    await queryRunner.query(`DROP TABLE "arrangement_network_plan"`);
    await queryRunner.query(`DROP INDEX "public"."quarter_report_plan_quarter_key"`);
    await queryRunner.query(`DROP INDEX "public"."quarter_report_municipality_idx"`);
    await queryRunner.query(`DROP TABLE "quarter_report"`);
    await queryRunner.query(`DROP TYPE "public"."quarter_verdict"`);
    await queryRunner.query(`DROP INDEX "public"."annual_plan_provider_year_key"`);
    await queryRunner.query(`DROP INDEX "public"."annual_plan_municipality_year_key"`);
    await queryRunner.query(`DROP INDEX "public"."annual_plan_municipality_idx"`);
    await queryRunner.query(`DROP TABLE "annual_plan"`);
    await queryRunner.query(`DROP TYPE "public"."annual_plan_status"`);
    await queryRunner.query(`DROP INDEX "public"."funding_payment_agreement_idx"`);
    await queryRunner.query(`DROP INDEX "public"."funding_payment_municipality_idx"`);
    await queryRunner.query(`DROP TABLE "funding_payment"`);
    await queryRunner.query(`DROP INDEX "public"."funding_agreement_from_idx"`);
    await queryRunner.query(`DROP INDEX "public"."funding_agreement_to_idx"`);
    await queryRunner.query(`DROP INDEX "public"."funding_agreement_municipality_idx"`);
    await queryRunner.query(`DROP TABLE "funding_agreement"`);
    await queryRunner.query(`DROP TYPE "public"."funding_agreement_status"`);
  }
}
