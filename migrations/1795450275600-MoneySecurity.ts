import type { MigrationInterface, QueryRunner } from 'typeorm';

const ME = `app_setting_bigint('app.provider_id')`;
const NOT_REP = `app_setting_text('app.role') IS DISTINCT FROM 'PROVIDER_REP'`;
const TENANT = `municipality_id = app_setting_bigint('app.municipality_id')`;

/**
 * Row policies per table (USING, WITH CHECK). Funding is seen only by the two providers of the pair (and the
 * municipality's staff; the service keeps analysts to totals). Annual plans and quarter reports: a representative reads
 * their own provider's and the municipality's own part, and writes only their own. Network plans: like arrangements.
 */
const POLICIES: Record<string, [using: string, check: string]> = {
  funding_agreement: [
    `${TENANT} AND (${NOT_REP} OR from_provider_id = ${ME} OR to_provider_id = ${ME})`,
    `${TENANT} AND (${NOT_REP} OR from_provider_id = ${ME} OR to_provider_id = ${ME})`,
  ],
  funding_payment: [
    `${TENANT} AND (${NOT_REP} OR from_provider_id = ${ME} OR to_provider_id = ${ME})`,
    `${TENANT} AND (${NOT_REP} OR from_provider_id = ${ME})`,
  ],
  annual_plan: [`${TENANT} AND (${NOT_REP} OR provider_id IS NULL OR provider_id = ${ME})`, `${TENANT} AND (${NOT_REP} OR provider_id = ${ME})`],
  quarter_report: [`${TENANT} AND (${NOT_REP} OR provider_id IS NULL OR provider_id = ${ME})`, `${TENANT} AND (${NOT_REP} OR provider_id = ${ME})`],
  arrangement_network_plan: [`${TENANT} AND (${NOT_REP} OR provider_id = ${ME})`, `${TENANT} AND (${NOT_REP} OR provider_id = ${ME})`],
};
const TABLES = Object.keys(POLICIES);
/** Payments are money that moved: never changed or removed, by anyone. */
const APPEND_ONLY = ['funding_payment'];

/** Like every domain table: row-level security for the application role, forced for the owner too (with full access), audited. */
export class MoneySecurity1795450275600 implements MigrationInterface {
  name = 'MoneySecurity1795450275600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${TABLES.join(', ')} TO regiekamer_app`);
    for (const [table, [using, check]] of Object.entries(POLICIES)) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_scope ON ${table} TO regiekamer_app USING (${using}) WITH CHECK (${check})`);
      // FORCE applies the policies to the owner too; the owner (migrations, seeding, backups) keeps full access.
      await queryRunner.query(`
        DO $$ BEGIN
          EXECUTE format('CREATE POLICY owner_all ON ${table} TO %I USING (true) WITH CHECK (true)', current_user);
        END $$`);
      await queryRunner.query(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }
    for (const table of APPEND_ONLY) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION append_only_guard()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY) await queryRunner.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
    for (const table of TABLES) {
      await queryRunner.query(`DROP TRIGGER audit ON ${table}`);
      await queryRunner.query(`DROP POLICY owner_all ON ${table}`);
      await queryRunner.query(`DROP POLICY tenant_scope ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`REVOKE ALL ON ${TABLES.join(', ')} FROM regiekamer_app`);
  }
}
