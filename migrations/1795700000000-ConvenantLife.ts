import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['convenant_amendment', 'convenant_amendment_party'];

/** The freeze of a convenant's parties once it leaves DRAFT; `joining` adds the one exception an amendment needs. */
const freezeFunction = (joining: boolean): string => `
  CREATE OR REPLACE FUNCTION convenant_party_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    v_status convenant_status;
  BEGIN
    SELECT status INTO v_status FROM convenant WHERE id = COALESCE(NEW.convenant_id, OLD.convenant_id);${
      joining
        ? `
    -- A provider joins a convenant in force only through an amendment it signed: signed, with the day it joins.
    IF TG_OP = 'INSERT' AND v_status = 'IN_FORCE' AND NEW.joined_on IS NOT NULL AND NEW.signed_at IS NOT NULL THEN
      RETURN NEW;
    END IF;`
        : ''
    }
    IF v_status IS DISTINCT FROM 'DRAFT' THEN
      RAISE EXCEPTION 'the parties of a convenant that is % cannot change', v_status USING ERRCODE = 'check_violation';
    END IF;
    RETURN COALESCE(NEW, OLD);
  END $$`;

/**
 * The convenant through its life, and providers managed in the application.
 * - In force is the signed status (IN_FORCE) and the dates together; two convenants of one municipality are never
 *   IN_FORCE over overlapping dates (an exclusion constraint; range types, so no btree_gist extension).
 * - Amendments (and an early end) are kept with the values before them and the signatures of the parties they concern;
 *   a provider joins a convenant in force only through an amendment it signed, and leaves it by a date (left_on).
 * - A renewal refers to the convenant it renews; an arrangement records the convenant in force on its start date.
 * - A provider can be deactivated with a reason, and carries a row version for the managers' optimistic check.
 */
export class ConvenantLife1795700000000 implements MigrationInterface {
  name = 'ConvenantLife1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TYPE "public"."convenant_amendment_kind" AS ENUM('AMENDMENT', 'EARLY_END')`);
    await q(`CREATE TYPE "public"."convenant_amendment_status" AS ENUM('PROPOSED', 'IN_EFFECT', 'WITHDRAWN')`);
    await q(
      `CREATE TABLE "convenant_amendment" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "convenant_id" bigint NOT NULL, "kind" "public"."convenant_amendment_kind" NOT NULL DEFAULT 'AMENDMENT', "status" "public"."convenant_amendment_status" NOT NULL DEFAULT 'PROPOSED', "reason" text NOT NULL, "budget_cents" bigint, "ends_on" date, "previous_budget_cents" bigint NOT NULL, "previous_ends_on" date NOT NULL, "proposed_by_user_id" bigint NOT NULL, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "effective_on" date, CONSTRAINT "convenant_amendment_reason_check" CHECK (length(btrim("reason")) > 0), CONSTRAINT "convenant_amendment_effective_check" CHECK (("status" = 'IN_EFFECT') = ("effective_on" IS NOT NULL)), CONSTRAINT "convenant_amendment_budget_check" CHECK ("budget_cents" IS NULL OR ("budget_cents" >= 0 AND "budget_cents" <= 1000000000000)), CONSTRAINT "PK_3c881a2bef8e0e3b389b002f4f4" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE UNIQUE INDEX "convenant_amendment_open_key" ON "convenant_amendment"  ("convenant_id") WHERE "status" = 'PROPOSED'`);
    await q(`CREATE INDEX "convenant_amendment_convenant_idx" ON "convenant_amendment"  ("convenant_id", "id")`);
    await q(`CREATE TYPE "public"."convenant_party_change" AS ENUM('STAYS', 'JOINS', 'LEAVES')`);
    await q(
      `CREATE TABLE "convenant_amendment_party" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "amendment_id" bigint NOT NULL, "kind" "public"."party_kind" NOT NULL, "provider_id" bigint, "change" "public"."convenant_party_change" NOT NULL DEFAULT 'STAYS', "signed_at" TIMESTAMP WITH TIME ZONE, "signed_by_user_id" bigint, CONSTRAINT "convenant_amendment_party_signature_check" CHECK (("signed_at" IS NULL) = ("signed_by_user_id" IS NULL)), CONSTRAINT "PK_b779f118238d7f37badeb2324d3" PRIMARY KEY ("id"))`,
    );
    await q(
      `CREATE UNIQUE INDEX "convenant_amendment_party_provider_key" ON "convenant_amendment_party"  ("amendment_id", "provider_id") WHERE "provider_id" IS NOT NULL`,
    );
    await q(`CREATE INDEX "convenant_amendment_party_amendment_idx" ON "convenant_amendment_party"  ("amendment_id")`);
    await q(`ALTER TABLE "provider" ADD "active" boolean NOT NULL DEFAULT true`);
    await q(`ALTER TABLE "provider" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
    await q(`ALTER TABLE "provider" ADD "deactivation_reason" text`);
    await q(`ALTER TABLE "provider" ADD "version" integer NOT NULL DEFAULT '1'`);
    await q(`ALTER TABLE "convenant" ADD "end_reason" text`);
    await q(`ALTER TABLE "convenant" ADD "renewal_of_id" bigint`);
    await q(`ALTER TABLE "convenant_party" ADD "joined_on" date`);
    await q(`ALTER TABLE "convenant_party" ADD "left_on" date`);
    await q(`ALTER TABLE "arrangement" ADD "convenant_id" bigint`);
    await q(`CREATE INDEX "arrangement_convenant_idx" ON "arrangement"  ("convenant_id")`);
    await q(
      `ALTER TABLE "provider" ADD CONSTRAINT "provider_deactivation_check" CHECK ("active" = ("deactivated_at" IS NULL) AND "active" = ("deactivation_reason" IS NULL))`,
    );
    await q(
      `ALTER TABLE "convenant" ADD CONSTRAINT "convenant_in_force_overlap" EXCLUDE USING gist (int8range("municipality_id", "municipality_id", '[]') WITH &&, daterange("starts_on", "ends_on", '[]') WITH &&) WHERE ("status" = 'IN_FORCE')`,
    );
    await q(
      `ALTER TABLE "convenant" ADD CONSTRAINT "FK_cd4c2df6d1b1a7aff81cd9082f0" FOREIGN KEY ("renewal_of_id") REFERENCES "convenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "arrangement" ADD CONSTRAINT "FK_d6eb96d56efa75fc83dacacd484" FOREIGN KEY ("convenant_id") REFERENCES "convenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "convenant_amendment" ADD CONSTRAINT "FK_832465392031986860464f29c38" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "convenant_amendment" ADD CONSTRAINT "FK_af07e525a37c502476de01d303b" FOREIGN KEY ("convenant_id") REFERENCES "convenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "convenant_amendment" ADD CONSTRAINT "FK_0ecaa5eb8ea5e8cf5a86929684e" FOREIGN KEY ("proposed_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "convenant_amendment_party" ADD CONSTRAINT "FK_d04083b8fff6e69caeecbe30fd8" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "convenant_amendment_party" ADD CONSTRAINT "FK_ce77641b2ca7a3fdb9717974a77" FOREIGN KEY ("amendment_id") REFERENCES "convenant_amendment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "convenant_amendment_party" ADD CONSTRAINT "FK_dcff36850e4fc7e935de5ad2888" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "convenant_amendment_party" ADD CONSTRAINT "FK_08cbfad37a49664a988f85edb15" FOREIGN KEY ("signed_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(freezeFunction(true));
    await q(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${TABLES.join(', ')} TO regiekamer_app`);
    for (const table of TABLES) {
      await q(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q(`
        CREATE POLICY tenant_scope ON ${table} TO regiekamer_app
          USING (municipality_id = app_setting_bigint('app.municipality_id'))
          WITH CHECK (municipality_id = app_setting_bigint('app.municipality_id'))`);
      await q(`
        CREATE POLICY no_participants ON ${table} AS RESTRICTIVE TO regiekamer_app
          USING (app_setting_text('app.role') IS NULL OR app_setting_text('app.role') NOT IN ('CLIENT_COUNCIL', 'RESIDENT'))`);
      await q(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(freezeFunction(false));
    await q(`ALTER TABLE "convenant_amendment_party" DROP CONSTRAINT "FK_08cbfad37a49664a988f85edb15"`);
    await q(`ALTER TABLE "convenant_amendment_party" DROP CONSTRAINT "FK_dcff36850e4fc7e935de5ad2888"`);
    await q(`ALTER TABLE "convenant_amendment_party" DROP CONSTRAINT "FK_ce77641b2ca7a3fdb9717974a77"`);
    await q(`ALTER TABLE "convenant_amendment_party" DROP CONSTRAINT "FK_d04083b8fff6e69caeecbe30fd8"`);
    await q(`ALTER TABLE "convenant_amendment" DROP CONSTRAINT "FK_0ecaa5eb8ea5e8cf5a86929684e"`);
    await q(`ALTER TABLE "convenant_amendment" DROP CONSTRAINT "FK_af07e525a37c502476de01d303b"`);
    await q(`ALTER TABLE "convenant_amendment" DROP CONSTRAINT "FK_832465392031986860464f29c38"`);
    await q(`ALTER TABLE "arrangement" DROP CONSTRAINT "FK_d6eb96d56efa75fc83dacacd484"`);
    await q(`ALTER TABLE "convenant" DROP CONSTRAINT "FK_cd4c2df6d1b1a7aff81cd9082f0"`);
    await q(`ALTER TABLE "convenant" DROP CONSTRAINT "convenant_in_force_overlap"`);
    await q(`ALTER TABLE "provider" DROP CONSTRAINT "provider_deactivation_check"`);
    await q(`DROP INDEX "public"."arrangement_convenant_idx"`);
    await q(`ALTER TABLE "arrangement" DROP COLUMN "convenant_id"`);
    await q(`ALTER TABLE "convenant_party" DROP COLUMN "left_on"`);
    await q(`ALTER TABLE "convenant_party" DROP COLUMN "joined_on"`);
    await q(`ALTER TABLE "convenant" DROP COLUMN "renewal_of_id"`);
    await q(`ALTER TABLE "convenant" DROP COLUMN "end_reason"`);
    await q(`ALTER TABLE "provider" DROP COLUMN "version"`);
    await q(`ALTER TABLE "provider" DROP COLUMN "deactivation_reason"`);
    await q(`ALTER TABLE "provider" DROP COLUMN "deactivated_at"`);
    await q(`ALTER TABLE "provider" DROP COLUMN "active"`);
    await q(`DROP INDEX "public"."convenant_amendment_party_amendment_idx"`);
    await q(`DROP INDEX "public"."convenant_amendment_party_provider_key"`);
    await q(`DROP TABLE "convenant_amendment_party"`);
    await q(`DROP TYPE "public"."convenant_party_change"`);
    await q(`DROP INDEX "public"."convenant_amendment_convenant_idx"`);
    await q(`DROP INDEX "public"."convenant_amendment_open_key"`);
    await q(`DROP TABLE "convenant_amendment"`);
    await q(`DROP TYPE "public"."convenant_amendment_status"`);
    await q(`DROP TYPE "public"."convenant_amendment_kind"`);
  }
}
