import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The same scope as the reports it sums: the municipality's, and a representative's own provider only. */
const SCOPE = `municipality_id = (SELECT app_setting_bigint('app.municipality_id'))
  AND ((SELECT app_setting_text('app.role')) IS DISTINCT FROM 'PROVIDER_REP' OR provider_id = (SELECT app_setting_bigint('app.provider_id')))`;

/**
 * report_summary is kept by triggers in the transaction that changes what it sums, never by the application:
 * - reports are added (they are append-only, so never changed or removed): one upsert per statement, from the
 *   statement's new rows. The arrangement is locked (FOR NO KEY UPDATE) so that a concurrent change of its category
 *   waits for this report and then moves it instead of missing it. Not FOR SHARE: the report's transaction goes on to
 *   update the arrangement's realised cost, and two reports holding a share lock would each wait for the other;
 * - an arrangement changes product category: its reports' sums move from the old category to the new one.
 * Existing reports are summed once here. The functions run as the owner (SECURITY DEFINER), so the application role
 * only reads the table.
 */
export class ReportSummaryUpkeep1795454287300 implements MigrationInterface {
  name = 'ReportSummaryUpkeep1795454287300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT SELECT ON report_summary TO regiekamer_app`);
    await queryRunner.query(`ALTER TABLE report_summary ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE report_summary FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_scope ON report_summary TO regiekamer_app USING (${SCOPE})`);
    // FORCE applies the policies to the owner too; the owner (the triggers, migrations, backups) keeps full access.
    await queryRunner.query(`
      DO $$ BEGIN
        EXECUTE format('CREATE POLICY owner_all ON report_summary TO %I USING (true) WITH CHECK (true)', current_user);
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION report_summary_add() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
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
               hours_delivered = s.hours_delivered + EXCLUDED.hours_delivered;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER report_summary_add AFTER INSERT ON arrangement_report
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION report_summary_add()`);

    await queryRunner.query(`
      CREATE FUNCTION report_summary_recategorise() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        WITH moved AS (
          SELECT period_start, count(*) AS reports, sum(cost_cents) AS cost_cents, sum(hours_delivered) AS hours_delivered
            FROM arrangement_report WHERE arrangement_id = NEW.id GROUP BY 1
        ),
        taken AS (
          UPDATE report_summary s SET reports = s.reports - m.reports, cost_cents = s.cost_cents - m.cost_cents,
                 hours_delivered = s.hours_delivered - m.hours_delivered
            FROM moved m
           WHERE s.municipality_id = NEW.municipality_id AND s.provider_id = NEW.provider_id
             AND s.product_category = OLD.product_category AND s.period_start = m.period_start
        )
        INSERT INTO report_summary AS s (municipality_id, period_start, provider_id, product_category, reports, cost_cents, hours_delivered)
        SELECT NEW.municipality_id, m.period_start, NEW.provider_id, NEW.product_category, m.reports, m.cost_cents, m.hours_delivered
          FROM moved m ORDER BY m.period_start
        ON CONFLICT (municipality_id, period_start, provider_id, product_category) DO UPDATE
           SET reports = s.reports + EXCLUDED.reports, cost_cents = s.cost_cents + EXCLUDED.cost_cents,
               hours_delivered = s.hours_delivered + EXCLUDED.hours_delivered;
        -- A key with no reports left is gone, as if those reports had always been in the other category.
        DELETE FROM report_summary WHERE municipality_id = NEW.municipality_id AND provider_id = NEW.provider_id
           AND product_category = OLD.product_category AND reports = 0;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER report_summary_recategorise AFTER UPDATE OF product_category ON arrangement
        FOR EACH ROW WHEN (OLD.product_category IS DISTINCT FROM NEW.product_category) EXECUTE FUNCTION report_summary_recategorise()`);

    await queryRunner.query(`
      INSERT INTO report_summary (municipality_id, period_start, provider_id, product_category, reports, cost_cents, hours_delivered)
      SELECT r.municipality_id, r.period_start, r.provider_id, a.product_category, count(*), sum(r.cost_cents), sum(r.hours_delivered)
        FROM arrangement_report r JOIN arrangement a ON a.id = r.arrangement_id
       GROUP BY 1, 2, 3, 4`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM report_summary`);
    await queryRunner.query(`DROP TRIGGER report_summary_recategorise ON arrangement`);
    await queryRunner.query(`DROP FUNCTION report_summary_recategorise()`);
    await queryRunner.query(`DROP TRIGGER report_summary_add ON arrangement_report`);
    await queryRunner.query(`DROP FUNCTION report_summary_add()`);
    await queryRunner.query(`DROP POLICY owner_all ON report_summary`);
    await queryRunner.query(`DROP POLICY tenant_scope ON report_summary`);
    await queryRunner.query(`ALTER TABLE report_summary NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE report_summary DISABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`REVOKE ALL ON report_summary FROM regiekamer_app`);
  }
}
