import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The day a convenant was opened for signing (Amsterdam date): its parties are reminded seven days later. A convenant
 * opened before this column existed takes the day of its first audit row that shows it open, else its last change.
 */
export class ConvenantOpenedOn1795520000000 implements MigrationInterface {
  name = 'ConvenantOpenedOn1795520000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "convenant" ADD "opened_for_signing_on" date`);
    await queryRunner.query(`
      UPDATE convenant c SET opened_for_signing_on = (COALESCE(
          (SELECT min(a.at) FROM audit_log a
            WHERE a.table_name = 'convenant' AND a.entity_id = c.id AND a.after->>'status' = 'OPEN_FOR_SIGNING'),
          c.updated_at) AT TIME ZONE 'Europe/Amsterdam')::date
       WHERE c.status <> 'DRAFT'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "convenant" DROP COLUMN "opened_for_signing_on"`);
  }
}
