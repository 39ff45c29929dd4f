import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The participation tables (overleg, proposals, decisions, selections, ateliers, actions, 5-step tracks). */
const TABLES = [
  'overleg',
  'overleg_agenda_item',
  'decision',
  'proposal',
  'proposal_perspective',
  'opgave_selection',
  'opgave_rung_change',
  'atelier',
  'atelier_meeting',
  'atelier_hours',
  'improvement_track',
  'improvement_track_evaluation',
  'action_item',
];
/**
 * Written once, never changed: a decision keeps its votes and minority position (rule 4), a recorded perspective is
 * replaced by a newer row (history kept), and hours, evaluations and the rung history are logs.
 */
const APPEND_ONLY = ['decision', 'proposal_perspective', 'opgave_selection', 'opgave_rung_change', 'atelier_hours', 'improvement_track_evaluation'];

/**
 * Like every domain table: the application role works only within its municipality (row-level security), every change
 * is audited, and append-only tables refuse UPDATE and DELETE for everyone. The ladder of ownership keeps its history
 * through a trigger on opgave, so a rung set by any path (opgaveCreate, opgaveUpdate, seeding) is recorded.
 */
export class ParticipationSecurity1795447673700 implements MigrationInterface {
  name = 'ParticipationSecurity1795447673700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${TABLES.join(', ')} TO regiekamer_app`);
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_scope ON ${table} TO regiekamer_app
           USING (municipality_id = app_setting_bigint('app.municipality_id'))
           WITH CHECK (municipality_id = app_setting_bigint('app.municipality_id'))`,
      );
      await queryRunner.query(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }
    for (const table of APPEND_ONLY) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION append_only_guard()`,
      );
    }
    await queryRunner.query(`
      CREATE FUNCTION opgave_rung_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.ownership_rung = OLD.ownership_rung THEN
          RETURN NULL;
        END IF;
        INSERT INTO opgave_rung_change (municipality_id, opgave_id, rung, previous_rung, changed_by_user_id)
        VALUES (NEW.municipality_id, NEW.id, NEW.ownership_rung, CASE WHEN TG_OP = 'UPDATE' THEN OLD.ownership_rung END,
                app_setting_bigint('app.user_id'));
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER opgave_rung_history AFTER INSERT OR UPDATE OF ownership_rung ON opgave FOR EACH ROW EXECUTE FUNCTION opgave_rung_history()`,
    );
    // Opgaven recorded before this migration start their history with the rung they stand on now.
    await queryRunner.query(
      `INSERT INTO opgave_rung_change (municipality_id, opgave_id, rung, changed_at) SELECT municipality_id, id, ownership_rung, created_at FROM opgave ORDER BY id`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER opgave_rung_history ON opgave`);
    await queryRunner.query(`DROP FUNCTION opgave_rung_history()`);
    for (const table of APPEND_ONLY) await queryRunner.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
    for (const table of TABLES) {
      await queryRunner.query(`DROP TRIGGER audit ON ${table}`);
      await queryRunner.query(`DROP POLICY tenant_scope ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`REVOKE ALL ON ${TABLES.join(', ')} FROM regiekamer_app`);
  }
}
