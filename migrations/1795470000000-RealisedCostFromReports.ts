import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sum of an arrangement's report costs has one source: the trigger that already sums added reports into
 * report_summary now adds them to the arrangement's realised cost too, in the same statement and transaction. The
 * service and the demo seed no longer add them a second time. The arrangement is already locked FOR NO KEY UPDATE by
 * the trigger, so two reports for one arrangement still wait for each other instead of losing an addition.
 * Backups restore with user triggers disabled, so a restore does not add the reports again.
 */
const SUMMARY = `
        WITH locked AS (
          SELECT a.id, a.product_category FROM arrangement a WHERE a.id IN (SELECT arrangement_id FROM added) FOR NO KEY UPDATE
        )
        INSERT INTO report_summary AS s (municipality_id, period_start, provider_id, product_category, reports, cost_cents, hours_delivered)
        SELECT r.municipality_id, r.period_start, r.provider_id, l.product_category, count(*), sum(r.cost_cents), sum(r.hours_delivered)
          FROM added r JOIN locked l ON l.id = r.arrangement_id
         GROUP BY 1, 2, 3, 4
         ORDER BY 1, 2, 3, 4
        ON CONFLICT (municipality_id, period_start, provider_id, product_category) DO UPDATE
           SET reports = s.reports + EXCLUDED.reports, cost_cents = s.cost_cents + EXCLUDED.cost_cents,
               hours_delivered = s.hours_delivered + EXCLUDED.hours_delivered;`;

const REALISED = `
        UPDATE arrangement a SET realised_cost_cents = a.realised_cost_cents + r.cost_cents
          FROM (SELECT arrangement_id, sum(cost_cents) AS cost_cents FROM added GROUP BY 1) r
         WHERE a.id = r.arrangement_id;`;

const replaceFunction = (body: string): string => `
      CREATE OR REPLACE FUNCTION report_summary_add() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        ${body}
        RETURN NULL;
      END $$`;

export class RealisedCostFromReports1795470000000 implements MigrationInterface {
  name = 'RealisedCostFromReports1795470000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(replaceFunction(SUMMARY + REALISED));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(replaceFunction(SUMMARY));
  }
}
