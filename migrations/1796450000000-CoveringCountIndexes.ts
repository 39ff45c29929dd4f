import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The two indexes the nested pages read in id order also answer the counts beside those pages (a provider's
 * arrangements, an arrangement's reports) from the index alone: they carry the columns row security reads
 * (municipality_id, provider_id), so PostgreSQL need not visit the table's pages for the policy. With every
 * municipality in one table a municipality's rows lie nearly one to a page, and those visits were what made such a
 * count twice as slow there as in a database of that municipality alone (docs/scaling.md). The columns never change
 * after insert, so updates stay HOT. TypeORM cannot declare INCLUDE: the entities mark these indexes as kept here.
 */
export class CoveringCountIndexes1796450000000 implements MigrationInterface {
  name = 'CoveringCountIndexes1796450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await replace(queryRunner, 'arrangement', 'arrangement_provider_idx', '"provider_id", "id"', ' INCLUDE ("municipality_id")');
    await replace(
      queryRunner,
      'arrangement_report',
      'arrangement_report_arrangement_order_idx',
      '"arrangement_id", "id"',
      ' INCLUDE ("municipality_id", "provider_id")',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await replace(queryRunner, 'arrangement_report', 'arrangement_report_arrangement_order_idx', '"arrangement_id", "id"', '');
    await replace(queryRunner, 'arrangement', 'arrangement_provider_idx', '"provider_id", "id"', '');
  }
}

/** Builds the new index beside the old one, then takes the old one's name: the table is never without it. */
async function replace(queryRunner: QueryRunner, table: string, name: string, keys: string, include: string): Promise<void> {
  await queryRunner.query(`CREATE INDEX "${name}_next" ON "${table}" (${keys})${include}`);
  await queryRunner.query(`DROP INDEX "public"."${name}"`);
  await queryRunner.query(`ALTER INDEX "public"."${name}_next" RENAME TO "${name}"`);
}
