import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The municipality's index of arrangements carries the columns the overview and its series read (and the ones row
 * security reads), so that they are answered from the index alone. With every municipality in one table a
 * municipality's arrangements lie nearly one to a page, and visiting those pages made the overview's statements on
 * arrangements take twice as long as in a database of that municipality alone (docs/scaling.md). The columns change a
 * few times in an arrangement's life (its start, its end); an update of anything else stays HOT. TypeORM cannot
 * declare INCLUDE: the entity marks this index as kept here.
 */
const COLUMNS = '"provider_id", "product_category", "client_key", "record_key", "requested_on", "starts_on", "ended_on", "goal_attainment", "status"';

export class OverviewCoveringIndex1796460000000 implements MigrationInterface {
  name = 'OverviewCoveringIndex1796460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await replace(queryRunner, ` INCLUDE (${COLUMNS})`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await replace(queryRunner, '');
  }
}

/** Builds the new index beside the old one, then takes the old one's name: the table is never without it. */
async function replace(queryRunner: QueryRunner, include: string): Promise<void> {
  await queryRunner.query(`CREATE INDEX "arrangement_municipality_idx_next" ON "arrangement" ("municipality_id", "id")${include}`);
  await queryRunner.query(`DROP INDEX "public"."arrangement_municipality_idx"`);
  await queryRunner.query(`ALTER INDEX "public"."arrangement_municipality_idx_next" RENAME TO "arrangement_municipality_idx"`);
}
