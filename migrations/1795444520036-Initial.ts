import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795444520036 implements MigrationInterface {
  name = 'Initial1795444520036';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "municipality" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "cbs_code" character varying(6) NOT NULL, "name" character varying(200) NOT NULL, "inhabitants" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c9a438776da641c3564a9022a9c" UNIQUE ("cbs_code"), CONSTRAINT "PK_281ad341f20df7c41b83a182e2a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."provider_kind" AS ENUM('CARE', 'WELFARE', 'VOLUNTEER')`);
    await queryRunner.query(
      `CREATE TABLE "provider" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "name" character varying(200) NOT NULL, "kind" "public"."provider_kind" NOT NULL, "kvk_number" character(8) NOT NULL, "agb_code" character(8), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ab2f66d8987bf1bfdd6136a2d5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "provider_municipality_name_key" ON "provider"  ("municipality_id", "name") `);
    await queryRunner.query(`CREATE TYPE "public"."role" AS ENUM('REGISSEUR', 'PROVIDER_REP', 'ANALYST', 'ADMIN')`);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "email" character varying(320) NOT NULL, "name" character varying(200) NOT NULL, "role" "public"."role" NOT NULL, "provider_id" bigint, "password_hash" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3fa909d0e37c531ebc237703391" UNIQUE ("email"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "app_user_provider_idx" ON "app_user"  ("provider_id") `);
    await queryRunner.query(`CREATE TYPE "public"."convenant_status" AS ENUM('DRAFT', 'OPEN_FOR_SIGNING', 'IN_FORCE', 'ENDED')`);
    await queryRunner.query(
      `CREATE TABLE "convenant" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "title" character varying(300) NOT NULL, "status" "public"."convenant_status" NOT NULL DEFAULT 'DRAFT', "version" integer NOT NULL DEFAULT '1', "starts_on" date NOT NULL, "ends_on" date NOT NULL, "budget_cents" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "convenant_budget_check" CHECK ("budget_cents" >= 0), CONSTRAINT "convenant_period_check" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "PK_a3c3935b9d34da68291c5fac97a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."party_kind" AS ENUM('MUNICIPALITY', 'PROVIDER')`);
    await queryRunner.query(
      `CREATE TABLE "convenant_party" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "convenant_id" bigint NOT NULL, "kind" "public"."party_kind" NOT NULL, "provider_id" bigint, "signed_at" TIMESTAMP WITH TIME ZONE, "signed_by_user_id" bigint, CONSTRAINT "convenant_party_signature_check" CHECK (("signed_at" IS NULL) = ("signed_by_user_id" IS NULL)), CONSTRAINT "convenant_party_kind_check" CHECK (("kind" = 'MUNICIPALITY' AND "provider_id" IS NULL) OR ("kind" = 'PROVIDER' AND "provider_id" IS NOT NULL)), CONSTRAINT "PK_0bf5e5a3d26dede29d632d26104" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "convenant_party_provider_idx" ON "convenant_party"  ("provider_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "convenant_party_municipality_key" ON "convenant_party"  ("convenant_id") WHERE "kind" = 'MUNICIPALITY'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "convenant_party_provider_key" ON "convenant_party"  ("convenant_id", "provider_id") WHERE "provider_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE TYPE "public"."arrangement_status" AS ENUM('REQUESTED', 'ACTIVE', 'PAUSED', 'ENDED')`);
    await queryRunner.query(`CREATE TYPE "public"."arrangement_form" AS ENUM('INDIVIDUAL', 'GROUP', 'MIXED')`);
    await queryRunner.query(
      `CREATE TYPE "public"."product_category" AS ENUM('BEGELEIDING', 'DAGBESTEDING', 'GROEPSGERICHTE_ONDERSTEUNING', 'OVERIGE_ARRANGEMENTEN')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."end_reason" AS ENUM('GOALS_ACHIEVED', 'NO_LONGER_NEEDED', 'CLIENT_WITHDREW', 'MOVED_AWAY', 'REFERRED_ELSEWHERE', 'DECEASED', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."goal_attainment" AS ENUM('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED')`);
    await queryRunner.query(
      `CREATE TABLE "arrangement" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "provider_id" bigint NOT NULL, "client_key" character varying(100) NOT NULL, "version" integer NOT NULL DEFAULT '1', "status" "public"."arrangement_status" NOT NULL, "form" "public"."arrangement_form" NOT NULL, "product_category" "public"."product_category" NOT NULL, "requested_on" date NOT NULL, "starts_on" date, "ended_on" date, "end_reason" "public"."end_reason", "goal_attainment" "public"."goal_attainment", "hours_per_week" numeric(5,2) NOT NULL, "planned_cost_cents" bigint NOT NULL, "realised_cost_cents" bigint NOT NULL DEFAULT '0', "goals" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "arrangement_hours_check" CHECK ("hours_per_week" >= 0), CONSTRAINT "arrangement_cost_check" CHECK ("planned_cost_cents" >= 0 AND "realised_cost_cents" >= 0), CONSTRAINT "arrangement_end_check" CHECK ("ended_on" IS NULL OR "ended_on" >= COALESCE("starts_on", "requested_on")), CONSTRAINT "arrangement_start_check" CHECK ("starts_on" IS NULL OR "starts_on" >= "requested_on"), CONSTRAINT "PK_ea323dddf7ba7f752113c0ce261" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "arrangement_municipality_idx" ON "arrangement"  ("municipality_id", "id") `);
    await queryRunner.query(`CREATE INDEX "arrangement_provider_idx" ON "arrangement"  ("provider_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "arrangement_report" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "arrangement_id" bigint NOT NULL, "provider_id" bigint NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "hours_delivered" numeric(7,2) NOT NULL, "cost_cents" bigint NOT NULL, "remarks" text, "created_by_user_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "arrangement_report_amounts_check" CHECK ("hours_delivered" >= 0 AND "cost_cents" >= 0), CONSTRAINT "arrangement_report_period_check" CHECK ("period_end" >= "period_start"), CONSTRAINT "PK_74a07eb7b943f0cda4645edd823" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "arrangement_report_provider_idx" ON "arrangement_report"  ("provider_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "arrangement_report_period_key" ON "arrangement_report"  ("arrangement_id", "period_start", "period_end") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."opgave_status" AS ENUM('COLLECTED', 'SELECTED', 'IN_PROGRESS', 'COMPLETED', 'DROPPED')`);
    await queryRunner.query(
      `CREATE TABLE "opgave" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "version" integer NOT NULL DEFAULT '1', "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', "area" character varying(200) NOT NULL, "status" "public"."opgave_status" NOT NULL DEFAULT 'COLLECTED', "ownership_rung" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "opgave_rung_check" CHECK ("ownership_rung" BETWEEN 1 AND 5), CONSTRAINT "PK_79dc3478ad920f7303593ba4752" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "opgave_municipality_idx" ON "opgave"  ("municipality_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "opgaveteam" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "opgave_id" bigint NOT NULL, "procesbegeleider" character varying(200) NOT NULL, "organisatiecoach" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df5648c64fed59baa0b279f4e60" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "opgaveteam_opgave_key" ON "opgaveteam"  ("opgave_id") `);
    await queryRunner.query(`CREATE TYPE "public"."member_kind" AS ENUM('RESIDENT', 'PROFESSIONAL')`);
    await queryRunner.query(
      `CREATE TABLE "opgaveteam_member" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "opgaveteam_id" bigint NOT NULL, "name" character varying(200) NOT NULL, "kind" "public"."member_kind" NOT NULL, "organisation" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_12e97e987193b66fb8706a8dffd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "opgaveteam_member_team_idx" ON "opgaveteam_member"  ("opgaveteam_id") `);
    await queryRunner.query(
      `ALTER TABLE "provider" ADD CONSTRAINT "FK_5d7e55703d9be07911b7e000bd5" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_6cecf0f20a41280d83a2cbb7390" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_f7aa348bb7b1d1f98fdca2ab5be" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convenant" ADD CONSTRAINT "FK_0ddd43893a2200684c73849582b" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convenant_party" ADD CONSTRAINT "FK_da862b740985ba896ca610154ca" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convenant_party" ADD CONSTRAINT "FK_805a5c935b6cb48051b1f6f54b8" FOREIGN KEY ("convenant_id") REFERENCES "convenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convenant_party" ADD CONSTRAINT "FK_0df3fcd23c87f091fc3cbe32096" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convenant_party" ADD CONSTRAINT "FK_bd34579f619fcd24e204fb6634f" FOREIGN KEY ("signed_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "arrangement" ADD CONSTRAINT "FK_8155af6f5c4af0c6d261dfc5935" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "arrangement" ADD CONSTRAINT "FK_eafefc7d90d46094aa17a32dde5" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "arrangement_report" ADD CONSTRAINT "FK_f0533b6987ad0f3302fc44eeb38" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "arrangement_report" ADD CONSTRAINT "FK_a19b4fc79a68624a3a6ab87e424" FOREIGN KEY ("arrangement_id") REFERENCES "arrangement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "arrangement_report" ADD CONSTRAINT "FK_139c5ddc969dace592eae1aa306" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "arrangement_report" ADD CONSTRAINT "FK_a5bc01f86cec87207fcf88b9130" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opgave" ADD CONSTRAINT "FK_62a2fa60c54ef932d49bad1d7a8" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opgaveteam" ADD CONSTRAINT "FK_39c7522286a0f3cce7ebbf6a843" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opgaveteam" ADD CONSTRAINT "FK_8800baed5d5dd1e03b7be495200" FOREIGN KEY ("opgave_id") REFERENCES "opgave"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opgaveteam_member" ADD CONSTRAINT "FK_7ecfb05a2da3296404530241724" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opgaveteam_member" ADD CONSTRAINT "FK_bf863e1cf4c77e01ea0a600bb0a" FOREIGN KEY ("opgaveteam_id") REFERENCES "opgaveteam"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "opgaveteam_member" DROP CONSTRAINT "FK_bf863e1cf4c77e01ea0a600bb0a"`);
    await queryRunner.query(`ALTER TABLE "opgaveteam_member" DROP CONSTRAINT "FK_7ecfb05a2da3296404530241724"`);
    await queryRunner.query(`ALTER TABLE "opgaveteam" DROP CONSTRAINT "FK_8800baed5d5dd1e03b7be495200"`);
    await queryRunner.query(`ALTER TABLE "opgaveteam" DROP CONSTRAINT "FK_39c7522286a0f3cce7ebbf6a843"`);
    await queryRunner.query(`ALTER TABLE "opgave" DROP CONSTRAINT "FK_62a2fa60c54ef932d49bad1d7a8"`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP CONSTRAINT "FK_a5bc01f86cec87207fcf88b9130"`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP CONSTRAINT "FK_139c5ddc969dace592eae1aa306"`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP CONSTRAINT "FK_a19b4fc79a68624a3a6ab87e424"`);
    await queryRunner.query(`ALTER TABLE "arrangement_report" DROP CONSTRAINT "FK_f0533b6987ad0f3302fc44eeb38"`);
    await queryRunner.query(`ALTER TABLE "arrangement" DROP CONSTRAINT "FK_eafefc7d90d46094aa17a32dde5"`);
    await queryRunner.query(`ALTER TABLE "arrangement" DROP CONSTRAINT "FK_8155af6f5c4af0c6d261dfc5935"`);
    await queryRunner.query(`ALTER TABLE "convenant_party" DROP CONSTRAINT "FK_bd34579f619fcd24e204fb6634f"`);
    await queryRunner.query(`ALTER TABLE "convenant_party" DROP CONSTRAINT "FK_0df3fcd23c87f091fc3cbe32096"`);
    await queryRunner.query(`ALTER TABLE "convenant_party" DROP CONSTRAINT "FK_805a5c935b6cb48051b1f6f54b8"`);
    await queryRunner.query(`ALTER TABLE "convenant_party" DROP CONSTRAINT "FK_da862b740985ba896ca610154ca"`);
    await queryRunner.query(`ALTER TABLE "convenant" DROP CONSTRAINT "FK_0ddd43893a2200684c73849582b"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_f7aa348bb7b1d1f98fdca2ab5be"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6cecf0f20a41280d83a2cbb7390"`);
    await queryRunner.query(`ALTER TABLE "provider" DROP CONSTRAINT "FK_5d7e55703d9be07911b7e000bd5"`);
    await queryRunner.query(`DROP INDEX "public"."opgaveteam_member_team_idx"`);
    await queryRunner.query(`DROP TABLE "opgaveteam_member"`);
    await queryRunner.query(`DROP TYPE "public"."member_kind"`);
    await queryRunner.query(`DROP INDEX "public"."opgaveteam_opgave_key"`);
    await queryRunner.query(`DROP TABLE "opgaveteam"`);
    await queryRunner.query(`DROP INDEX "public"."opgave_municipality_idx"`);
    await queryRunner.query(`DROP TABLE "opgave"`);
    await queryRunner.query(`DROP TYPE "public"."opgave_status"`);
    await queryRunner.query(`DROP INDEX "public"."arrangement_report_period_key"`);
    await queryRunner.query(`DROP INDEX "public"."arrangement_report_provider_idx"`);
    await queryRunner.query(`DROP TABLE "arrangement_report"`);
    await queryRunner.query(`DROP INDEX "public"."arrangement_provider_idx"`);
    await queryRunner.query(`DROP INDEX "public"."arrangement_municipality_idx"`);
    await queryRunner.query(`DROP TABLE "arrangement"`);
    await queryRunner.query(`DROP TYPE "public"."goal_attainment"`);
    await queryRunner.query(`DROP TYPE "public"."end_reason"`);
    await queryRunner.query(`DROP TYPE "public"."product_category"`);
    await queryRunner.query(`DROP TYPE "public"."arrangement_form"`);
    await queryRunner.query(`DROP TYPE "public"."arrangement_status"`);
    await queryRunner.query(`DROP INDEX "public"."convenant_party_provider_key"`);
    await queryRunner.query(`DROP INDEX "public"."convenant_party_municipality_key"`);
    await queryRunner.query(`DROP INDEX "public"."convenant_party_provider_idx"`);
    await queryRunner.query(`DROP TABLE "convenant_party"`);
    await queryRunner.query(`DROP TYPE "public"."party_kind"`);
    await queryRunner.query(`DROP TABLE "convenant"`);
    await queryRunner.query(`DROP TYPE "public"."convenant_status"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_provider_idx"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`DROP INDEX "public"."provider_municipality_name_key"`);
    await queryRunner.query(`DROP TABLE "provider"`);
    await queryRunner.query(`DROP TYPE "public"."provider_kind"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
  }
}
