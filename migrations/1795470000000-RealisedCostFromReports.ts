import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sum of an arrangement's report costs has one source: the database adds each added report's cost to its
 * arrangement's realised cost, in the statement that adds the reports, as it sums them into report_summary. The
 * service and the demo seed no longer add them a second time. Triggers of one event fire in the order of their names,
 * so this one runs after report_summary_add, which has already locked the arrangements (FOR NO KEY UPDATE): two reports
 * for one arrangement still wait for each other instead of losing an addition. Backups restore with user triggers
 * disabled, so a restore does not add the reports again. SECURITY DEFINER like the summary's upkeep: the application
 * role does not write the realised cost itself.
 */
export class RealisedCostFromReports1795470000000 implements MigrationInterface {
  name = 'RealisedCostFromReports1795470000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION report_summary_add_realised_cost() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        UPDATE arrangement a SET realised_cost_cents = a.realised_cost_cents + r.cost_cents
          FROM (SELECT arrangement_id, sum(cost_cents) AS cost_cents FROM added GROUP BY 1) r
         WHERE a.id = r.arrangement_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER report_summary_add_realised_cost AFTER INSERT ON arrangement_report
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION report_summary_add_realised_cost()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER report_summary_add_realised_cost ON arrangement_report`);
    await queryRunner.query(`DROP FUNCTION report_summary_add_realised_cost()`);
  }
}
