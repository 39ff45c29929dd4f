import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rules that must hold in the data, whatever code writes it:
 * a convenant signature is written once and never changed or removed; arrangement reports are append-only.
 */
export class DomainGuards1795444520100 implements MigrationInterface {
  name = 'DomainGuards1795444520100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION convenant_party_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.signed_at IS NOT NULL THEN
            RAISE EXCEPTION 'a signed convenant party cannot be removed' USING ERRCODE = 'check_violation';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.signed_at IS NOT NULL AND (NEW.signed_at IS DISTINCT FROM OLD.signed_at
            OR NEW.signed_by_user_id IS DISTINCT FROM OLD.signed_by_user_id
            OR NEW.convenant_id <> OLD.convenant_id OR NEW.provider_id IS DISTINCT FROM OLD.provider_id) THEN
          RAISE EXCEPTION 'a convenant signature is immutable' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER convenant_party_guard BEFORE UPDATE OR DELETE ON convenant_party FOR EACH ROW EXECUTE FUNCTION convenant_party_guard()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION append_only_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'check_violation';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER arrangement_report_append_only BEFORE UPDATE OR DELETE ON arrangement_report FOR EACH ROW EXECUTE FUNCTION append_only_guard()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER arrangement_report_append_only ON arrangement_report`);
    await queryRunner.query(`DROP FUNCTION append_only_guard()`);
    await queryRunner.query(`DROP TRIGGER convenant_party_guard ON convenant_party`);
    await queryRunner.query(`DROP FUNCTION convenant_party_guard()`);
  }
}
