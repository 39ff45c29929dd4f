import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every table whose provider_id references a provider. A provider belongs to one municipality, and a row's
 * municipality_id is its provider's, so the provider decides the municipality. Without being told, the planner takes
 * the two keys as independent: with 342 municipalities it expects `provider_id = $1 AND municipality_id = $2` (the
 * municipality comes with every query, from row security or the query itself) to keep 1 row in 342 of a provider's.
 * That made it drop the ordered walk of a provider's index with a LIMIT (the first arrangements of each provider) for
 * a BitmapAnd and a sort of all the provider's rows (docs/scaling.md). Logs that record the acting user's provider
 * (audit_log, access_log, privacy_run) are not read by provider and are left out.
 */
export const PROVIDER_MUNICIPALITY_TABLES = [
  'access_link',
  'annual_plan',
  'app_user',
  'arrangement',
  'arrangement_network_plan',
  'arrangement_report',
  'budget_allocation',
  'convenant_amendment_party',
  'convenant_party',
  'csv_import',
  'import_reference',
  'oidc_role_mapping',
  'privacy_request',
  'privacy_request_subject',
  'quarter_report',
  'report_summary',
  'survey_answer',
  'survey_code',
  'waiting_list_entry',
] as const;

export class ProviderMunicipalityStatistics1796420000000 implements MigrationInterface {
  name = 'ProviderMunicipalityStatistics1796420000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of PROVIDER_MUNICIPALITY_TABLES) {
      await queryRunner.query(
        `CREATE STATISTICS "${table}_provider_municipality" (dependencies) ON "provider_id", "municipality_id" FROM "${table}"`,
      );
    }
    // Extended statistics are empty until the next ANALYZE; on a filled database the plans should not wait for it.
    await queryRunner.query(`ANALYZE ${PROVIDER_MUNICIPALITY_TABLES.map((table) => `"${table}"`).join(', ')}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...PROVIDER_MUNICIPALITY_TABLES].reverse()) {
      await queryRunner.query(`DROP STATISTICS "public"."${table}_provider_municipality"`);
    }
  }
}
