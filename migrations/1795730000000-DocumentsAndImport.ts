import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `municipality_id = app_setting_bigint('app.municipality_id')`;
const PROVIDER = `${TENANT} AND (app_setting_text('app.role') IS DISTINCT FROM 'PROVIDER_REP' OR provider_id = app_setting_bigint('app.provider_id'))`;
const NOT_PARTICIPANT = `app_setting_text('app.role') IS NULL OR app_setting_text('app.role') NOT IN ('CLIENT_COUNCIL', 'RESIDENT')`;

/**
 * Documents attached to a convenant, a proposal, an overleg or an annual plan, stored in PostgreSQL: the row in
 * `document` (audited), its bytes in `document_content` (not audited: the trail keeps what was stored, not the file).
 * A document is visible exactly when its owner is: document_owner_visible reads the owner under the owner's own row
 * policies (so participants see those of proposals and overleggen, never of convenants or annual plans), and a
 * representative sees another provider's annual plan's documents no more than the plan. Downloads are in the access
 * log, which now names an arrangement or a document.
 * CSV import: `csv_import` records each real import (who, when, which file, counts), `import_reference` the provider's
 * own reference of every row an import created, unique per provider and kind, so that a second import skips them.
 */
export class DocumentsAndImport1795730000000 implements MigrationInterface {
  name = 'DocumentsAndImport1795730000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await this.documents(q);
    await this.imports(q);
    await q(`ALTER TABLE "access_log" ADD "document_id" bigint`);
    await q(`ALTER TABLE "access_log" ALTER COLUMN "arrangement_id" DROP NOT NULL`);
    await q(`CREATE INDEX "access_log_document_idx" ON "access_log"  ("document_id", "at") `);
  }

  private async documents(q: (sql: string) => Promise<unknown>): Promise<void> {
    await q(
      `CREATE TABLE "document" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "convenant_id" bigint, "proposal_id" bigint, "overleg_id" bigint, "annual_plan_id" bigint, "title" text NOT NULL, "file_name" text NOT NULL, "content_type" character varying(100) NOT NULL, "byte_size" integer NOT NULL, "uploaded_by_user_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "document_annual_plan_idx" ON "document"  ("annual_plan_id") `);
    await q(`CREATE INDEX "document_overleg_idx" ON "document"  ("overleg_id") `);
    await q(`CREATE INDEX "document_proposal_idx" ON "document"  ("proposal_id") `);
    await q(`CREATE INDEX "document_convenant_idx" ON "document"  ("convenant_id") `);
    await q(
      `CREATE TABLE "document_content" ("document_id" bigint NOT NULL, "municipality_id" bigint NOT NULL, "content" bytea NOT NULL, CONSTRAINT "document_content_pkey" PRIMARY KEY ("document_id"))`,
    );
    await q(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_a329a6b5861f62a7cc5d6ca0833" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    for (const [column, table] of [
      ['convenant', 'convenant'],
      ['proposal', 'proposal'],
      ['overleg', 'overleg'],
      ['annual_plan', 'annual_plan'],
    ] as const) {
      await q(
        `ALTER TABLE "document" ADD CONSTRAINT "document_${column}_fkey" FOREIGN KEY ("${column}_id") REFERENCES "${table}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
    await q(
      `ALTER TABLE "document" ADD CONSTRAINT "document_uploader_fkey" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "document_content" ADD CONSTRAINT "document_content_document_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Invoker's rights: the owner is read under the owner's row policies, as the viewer reads it.
    await q(`
      CREATE FUNCTION document_owner_visible(p_convenant bigint, p_proposal bigint, p_overleg bigint, p_annual_plan bigint)
        RETURNS boolean LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
        SELECT num_nonnulls(p_convenant, p_proposal, p_overleg, p_annual_plan) = 1 AND (
          EXISTS (SELECT 1 FROM convenant c WHERE c.id = p_convenant)
          OR EXISTS (SELECT 1 FROM proposal p WHERE p.id = p_proposal)
          OR EXISTS (SELECT 1 FROM overleg o WHERE o.id = p_overleg)
          OR EXISTS (SELECT 1 FROM annual_plan ap WHERE ap.id = p_annual_plan
                       AND (app_setting_text('app.role') IS DISTINCT FROM 'PROVIDER_REP' OR ap.provider_id IS NULL
                            OR ap.provider_id = app_setting_bigint('app.provider_id'))))
      $$`);
    await q(`GRANT SELECT, INSERT, DELETE ON document, document_content TO regiekamer_app`);
    for (const table of ['document', 'document_content']) {
      await q(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY tenant_scope ON ${table} TO regiekamer_app USING (${TENANT}) WITH CHECK (${TENANT})`);
    }
    const visible = `document_owner_visible(convenant_id, proposal_id, overleg_id, annual_plan_id)`;
    await q(`CREATE POLICY owner_visible ON document AS RESTRICTIVE TO regiekamer_app USING (${visible}) WITH CHECK (${visible})`);
    const ofVisible = `EXISTS (SELECT 1 FROM document d WHERE d.id = document_id)`;
    await q(`CREATE POLICY owner_visible ON document_content AS RESTRICTIVE TO regiekamer_app USING (${ofVisible}) WITH CHECK (${ofVisible})`);
    await q(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON document FOR EACH ROW EXECUTE FUNCTION audit_row()`);
  }

  private async imports(q: (sql: string) => Promise<unknown>): Promise<void> {
    await q(`CREATE TYPE "public"."import_kind" AS ENUM('ARRANGEMENTS', 'REPORTS')`);
    await q(
      `CREATE TABLE "csv_import" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "provider_id" bigint NOT NULL, "kind" "public"."import_kind" NOT NULL, "file_name" text NOT NULL, "created_count" integer NOT NULL, "skipped_count" integer NOT NULL, "imported_by_user_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_16e75922f60a0c70bb373f9c9a9" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "csv_import_provider_idx" ON "csv_import"  ("provider_id", "created_at") `);
    await q(
      `CREATE TABLE "import_reference" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "provider_id" bigint NOT NULL, "kind" "public"."import_kind" NOT NULL, "external_ref" character varying(100) NOT NULL, "record_id" bigint NOT NULL, "csv_import_id" bigint NOT NULL, CONSTRAINT "PK_28058221bdc1cc717ca8c0643c5" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE UNIQUE INDEX "import_reference_key" ON "import_reference"  ("provider_id", "kind", "external_ref") `);
    await q(
      `ALTER TABLE "csv_import" ADD CONSTRAINT "FK_7aa6aa0e2b84902213f62ebbc5c" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "csv_import" ADD CONSTRAINT "csv_import_provider_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "csv_import" ADD CONSTRAINT "csv_import_user_fkey" FOREIGN KEY ("imported_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "import_reference" ADD CONSTRAINT "FK_adf69a14135a77a9b6c786446a4" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "import_reference" ADD CONSTRAINT "import_reference_provider_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "import_reference" ADD CONSTRAINT "import_reference_import_fkey" FOREIGN KEY ("csv_import_id") REFERENCES "csv_import"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(`GRANT SELECT, INSERT ON csv_import, import_reference TO regiekamer_app`);
    for (const table of ['csv_import', 'import_reference']) {
      await q(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY provider_scope ON ${table} TO regiekamer_app USING (${PROVIDER}) WITH CHECK (${PROVIDER})`);
      await q(`DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON ${table} TO %I USING (true) WITH CHECK (true)', current_user); END $$`);
      await q(`CREATE POLICY no_participants ON ${table} AS RESTRICTIVE TO regiekamer_app USING (${NOT_PARTICIPANT})`);
      await q(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP INDEX "public"."access_log_document_idx"`);
    // Refused once documents were downloaded: the access log is append-only, and those rows name no arrangement.
    await q(`ALTER TABLE "access_log" ALTER COLUMN "arrangement_id" SET NOT NULL`);
    await q(`ALTER TABLE "access_log" DROP COLUMN "document_id"`);
    await q(`DROP TABLE "import_reference"`);
    await q(`DROP TABLE "csv_import"`);
    await q(`DROP TYPE "public"."import_kind"`);
    await q(`DROP TABLE "document_content"`);
    await q(`DROP TABLE "document"`);
    await q(`DROP FUNCTION document_owner_visible(bigint, bigint, bigint, bigint)`);
  }
}
