import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first reports of an arrangement in id order (a report page, `reports(first: N)`) read from an index in that
 * order, as `arrangement_provider_idx` serves the first arrangements of a provider. Without it the planner has two
 * ways, both poor where reports are unevenly spread: sort all of an arrangement's reports (through
 * `arrangement_report_arrangement_idx`), or walk the whole table's primary key until N of them turn up, which for an
 * arrangement with fewer than N reports reads the entire table. Once the statistics see arrangements with hundreds of
 * reports beside ones with a few, it picks the walk (docs/scaling.md).
 */
export class ReportsInIdOrder1796430000000 implements MigrationInterface {
  name = 'ReportsInIdOrder1796430000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "arrangement_report_arrangement_order_idx" ON "arrangement_report" ("arrangement_id", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."arrangement_report_arrangement_order_idx"`);
  }
}
