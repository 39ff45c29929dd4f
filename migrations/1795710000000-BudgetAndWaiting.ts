import type { MigrationInterface, QueryRunner } from 'typeorm';

const ME = `app_setting_bigint('app.provider_id')`;
const NOT_REP = `app_setting_text('app.role') IS DISTINCT FROM 'PROVIDER_REP'`;
const TENANT = `municipality_id = app_setting_bigint('app.municipality_id')`;

/**
 * Row policies per table (USING, WITH CHECK). A representative reads their own provider's allocation, the
 * reallocations that touch it and their own waiting list; only the municipality's staff write allocations and the norm.
 */
const POLICIES: Record<string, [policy: string, using: string, check: string]> = {
  budget_allocation: ['tenant_scope', `${TENANT} AND (${NOT_REP} OR provider_id = ${ME})`, `${TENANT} AND ${NOT_REP}`],
  budget_reallocation: [
    'tenant_scope',
    `${TENANT} AND (${NOT_REP} OR from_provider_id = ${ME} OR to_provider_id = ${ME})`,
    `${TENANT} AND ${NOT_REP}`,
  ],
  waiting_list_entry: ['provider_scope', `${TENANT} AND (${NOT_REP} OR provider_id = ${ME})`, `${TENANT} AND (${NOT_REP} OR provider_id = ${ME})`],
  waiting_list_setting: ['tenant_scope', TENANT, `${TENANT} AND ${NOT_REP}`],
};
const GRANTS: Record<string, string> = {
  budget_allocation: 'SELECT, INSERT, UPDATE',
  budget_reallocation: 'SELECT, INSERT',
  waiting_list_entry: 'SELECT, INSERT, UPDATE',
  waiting_list_setting: 'SELECT, INSERT, UPDATE',
};

/**
 * Budget per provider and the waiting list (#21). `budget_allocation` divides a convenant's budget over its providers
 * and product categories (the service keeps the sum within the budget, under a lock on the convenant);
 * `budget_reallocation` is the append-only history of moves between allocations, each naming the decision it comes
 * from. `waiting_list_entry` holds the priority and note of a request waiting to start (an arrangement without one is
 * NORMAL, without a note); `waiting_list_setting` the municipality's waiting norm (42 days without a row).
 */
export class BudgetAndWaiting1795710000000 implements MigrationInterface {
  name = 'BudgetAndWaiting1795710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`
      CREATE TABLE "budget_allocation" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "convenant_id" bigint NOT NULL,
        "provider_id" bigint NOT NULL,
        "product_category" "public"."product_category" NOT NULL,
        "amount_cents" bigint NOT NULL,
        "version" integer NOT NULL DEFAULT 1,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "budget_allocation_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "FK_9894d479fcd16803477cb23f037" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_allocation_convenant_fkey" FOREIGN KEY ("convenant_id") REFERENCES "convenant"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_allocation_provider_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_allocation_amount_check" CHECK ("amount_cents" >= 0 AND "amount_cents" <= 1000000000000)
      )`);
    await q(`CREATE UNIQUE INDEX "budget_allocation_key" ON "budget_allocation" ("convenant_id", "provider_id", "product_category")`);
    await q(`CREATE INDEX "budget_allocation_provider_idx" ON "budget_allocation" ("municipality_id", "provider_id")`);

    await q(`
      CREATE TABLE "budget_reallocation" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "convenant_id" bigint NOT NULL,
        "from_allocation_id" bigint NOT NULL,
        "to_allocation_id" bigint NOT NULL,
        "from_provider_id" bigint NOT NULL,
        "to_provider_id" bigint NOT NULL,
        "amount_cents" bigint NOT NULL,
        "decision_id" bigint NOT NULL,
        "created_by_user_id" bigint NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "budget_reallocation_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "FK_7b529a46953791537c0fe944355" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_reallocation_convenant_fkey" FOREIGN KEY ("convenant_id") REFERENCES "convenant"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_reallocation_from_fkey" FOREIGN KEY ("from_allocation_id") REFERENCES "budget_allocation"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_reallocation_to_fkey" FOREIGN KEY ("to_allocation_id") REFERENCES "budget_allocation"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_reallocation_from_provider_fkey" FOREIGN KEY ("from_provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_reallocation_to_provider_fkey" FOREIGN KEY ("to_provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_reallocation_decision_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_reallocation_user_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_reallocation_move_check" CHECK ("amount_cents" > 0 AND "from_allocation_id" <> "to_allocation_id")
      )`);
    await q(`CREATE INDEX "budget_reallocation_convenant_idx" ON "budget_reallocation" ("convenant_id", "id")`);
    await q(`CREATE INDEX "budget_reallocation_decision_idx" ON "budget_reallocation" ("decision_id")`);

    await q(`CREATE TYPE "public"."waiting_priority" AS ENUM('NORMAL', 'HIGH', 'URGENT')`);
    await q(`
      CREATE TABLE "waiting_list_entry" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "arrangement_id" bigint NOT NULL,
        "provider_id" bigint NOT NULL,
        "priority" "public"."waiting_priority" NOT NULL DEFAULT 'NORMAL',
        "note" character varying(1000),
        "version" integer NOT NULL DEFAULT 1,
        "updated_by_user_id" bigint NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "waiting_list_entry_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "FK_afb2b581bbbfe0a5e05227dbea4" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT,
        CONSTRAINT "waiting_list_entry_arrangement_fkey" FOREIGN KEY ("arrangement_id") REFERENCES "arrangement"("id") ON DELETE RESTRICT,
        CONSTRAINT "waiting_list_entry_provider_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT,
        CONSTRAINT "waiting_list_entry_user_fkey" FOREIGN KEY ("updated_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT
      )`);
    await q(`CREATE UNIQUE INDEX "waiting_list_entry_arrangement_key" ON "waiting_list_entry" ("arrangement_id")`);
    await q(`CREATE INDEX "waiting_list_entry_provider_idx" ON "waiting_list_entry" ("municipality_id", "provider_id")`);

    await q(`
      CREATE TABLE "waiting_list_setting" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "norm_days" integer NOT NULL,
        "updated_by_user_id" bigint NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "waiting_list_setting_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "FK_224dc71a47b80a57d682fedecf1" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT,
        CONSTRAINT "waiting_list_setting_user_fkey" FOREIGN KEY ("updated_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
        CONSTRAINT "waiting_list_setting_norm_check" CHECK ("norm_days" BETWEEN 1 AND 365)
      )`);
    await q(`CREATE UNIQUE INDEX "waiting_list_setting_municipality_key" ON "waiting_list_setting" ("municipality_id")`);

    for (const [table, [policy, using, check]] of Object.entries(POLICIES)) {
      await q(`GRANT ${GRANTS[table]} ON ${table} TO regiekamer_app`);
      await q(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY ${policy} ON ${table} TO regiekamer_app USING (${using}) WITH CHECK (${check})`);
      // Client and money data: participants (client council, residents) never read it, whatever else holds.
      await q(`
        CREATE POLICY no_participants ON ${table} AS RESTRICTIVE TO regiekamer_app
          USING (app_setting_text('app.role') IS NULL OR app_setting_text('app.role') NOT IN ('CLIENT_COUNCIL', 'RESIDENT'))`);
      // FORCE applies the policies to the owner too; the owner (migrations, seeding, backups) keeps full access.
      await q(`DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON ${table} TO %I USING (true) WITH CHECK (true)', current_user); END $$`);
      await q(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }
    // A reallocation is history: never changed or removed.
    await q(
      `CREATE TRIGGER budget_reallocation_append_only BEFORE UPDATE OR DELETE ON budget_reallocation FOR EACH ROW EXECUTE FUNCTION append_only_guard()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['waiting_list_setting', 'waiting_list_entry', 'budget_reallocation', 'budget_allocation']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP TYPE "public"."waiting_priority"`);
  }
}
