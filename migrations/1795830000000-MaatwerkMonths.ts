import type { MigrationInterface, QueryRunner } from 'typeorm';

const SETTING = (name: string, type: 'bigint' | 'text' = 'bigint') => `app_setting_${type}('app.${name}')`;
const TENANT = `municipality_id = ${SETTING('municipality_id')}`;
const ROLE = SETTING('role', 'text');

/**
 * Maatwerk figures from the municipality's own Wmo administration, uploaded as CSV by the regisseur: `maatwerk_import`
 * (who, when, which file, which months) and `maatwerk_month` (per month and provision: residents, cost, new residents,
 * and a record key for the disclosure control). Only the regisseur writes, and only the regisseur reads the import
 * history; analysts read the months, which the API answers them only through the protected `maatwerkSeries`.
 * Both audited: re-importing a month deletes its rows, and the trail keeps what they were.
 */
export class MaatwerkMonths1795830000000 implements MigrationInterface {
  name = 'MaatwerkMonths1795830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TYPE "public"."maatwerk_provision" AS ENUM('BEGELEIDING_INDIVIDUEEL', 'BEGELEIDING_GROEP', 'DAGBESTEDING', 'KORTDUREND_VERBLIJF', 'HUISHOUDELIJKE_ONDERSTEUNING', 'HULPMIDDELEN_EN_WONEN', 'VERVOER', 'OVERIG')`,
    );
    await q(
      `CREATE TABLE "maatwerk_import" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "file_name" text NOT NULL, "months" date array NOT NULL, "row_count" integer NOT NULL, "imported_by_user_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_maatwerk_import" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "maatwerk_import_municipality_idx" ON "maatwerk_import"  ("municipality_id", "created_at") `);
    await q(
      `CREATE TABLE "maatwerk_month" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "month" date NOT NULL, "provision" "public"."maatwerk_provision" NOT NULL, "clients" integer NOT NULL, "cost_cents" bigint NOT NULL, "new_clients" integer, "import_id" bigint NOT NULL, "record_key" bigint NOT NULL DEFAULT new_record_key(), CONSTRAINT "maatwerk_month_values_check" CHECK ("clients" >= 0 AND "cost_cents" >= 0 AND ("new_clients" IS NULL OR "new_clients" >= 0) AND "month" = date_trunc('month', "month")::date), CONSTRAINT "maatwerk_month_record_key_check" CHECK ("record_key" >= 0 AND "record_key" < 4294967296), CONSTRAINT "PK_maatwerk_month" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE UNIQUE INDEX "maatwerk_month_key" ON "maatwerk_month"  ("municipality_id", "month", "provision") `);
    await q(`CREATE INDEX "maatwerk_month_import_idx" ON "maatwerk_month"  ("import_id") `);
    await q(
      `ALTER TABLE "maatwerk_import" ADD CONSTRAINT "FK_55b55cd7ce7a8ca60e22aa14a16" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "maatwerk_import" ADD CONSTRAINT "maatwerk_import_user_fkey" FOREIGN KEY ("imported_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "maatwerk_month" ADD CONSTRAINT "FK_b7e8550061eb940e07315a968db" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "maatwerk_month" ADD CONSTRAINT "maatwerk_month_import_fkey" FOREIGN KEY ("import_id") REFERENCES "maatwerk_import"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(`GRANT SELECT, INSERT ON maatwerk_import TO regiekamer_app`);
    await q(`GRANT SELECT, INSERT, DELETE ON maatwerk_month TO regiekamer_app`);
    for (const table of ['maatwerk_import', 'maatwerk_month']) {
      await q(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q(`DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON ${table} TO %I USING (true) WITH CHECK (true)', current_user); END $$`);
      await q(
        `CREATE POLICY regisseur_scope ON ${table} TO regiekamer_app USING (${TENANT} AND ${ROLE} = 'REGISSEUR') WITH CHECK (${TENANT} AND ${ROLE} = 'REGISSEUR')`,
      );
      await q(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }
    // Analysts read the months (the service protects what it answers them); nobody else but the regisseur reads either table.
    await q(`CREATE POLICY analyst_read ON maatwerk_month FOR SELECT TO regiekamer_app USING (${TENANT} AND ${ROLE} = 'ANALYST')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "maatwerk_month"`);
    await queryRunner.query(`DROP TABLE "maatwerk_import"`);
    await queryRunner.query(`DROP TYPE "public"."maatwerk_provision"`);
  }
}
