import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the plan check of the national data set (tests/bench/plans.mjs, 342 municipalities) found missing: a
 * municipality's convenants were found by reading every municipality's (the overview, the analysts' figures), and a
 * convenant's parties likewise (Q4, the analysts' convenant query): the existing indexes on convenant_party are
 * partial (the municipality's party, the providers' parties) or lead with the provider.
 */
export class TenantLeadingIndexes1795940000000 implements MigrationInterface {
  name = 'TenantLeadingIndexes1795940000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "convenant_municipality_idx" ON "convenant" ("municipality_id", "starts_on")`);
    await queryRunner.query(`CREATE INDEX "convenant_party_convenant_idx" ON "convenant_party" ("convenant_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."convenant_party_convenant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."convenant_municipality_idx"`);
  }
}
