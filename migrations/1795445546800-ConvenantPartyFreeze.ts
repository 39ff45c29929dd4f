import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "IN_FORCE exactly when every party has signed" must also hold against raw SQL:
 * once a convenant leaves DRAFT, its parties can no longer be added or removed.
 */
export class ConvenantPartyFreeze1795445546800 implements MigrationInterface {
  name = 'ConvenantPartyFreeze1795445546800';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION convenant_party_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v_status convenant_status;
      BEGIN
        SELECT status INTO v_status FROM convenant WHERE id = COALESCE(NEW.convenant_id, OLD.convenant_id);
        IF v_status IS DISTINCT FROM 'DRAFT' THEN
          RAISE EXCEPTION 'the parties of a convenant that is % cannot change', v_status USING ERRCODE = 'check_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER convenant_party_freeze BEFORE INSERT OR DELETE ON convenant_party FOR EACH ROW EXECUTE FUNCTION convenant_party_freeze()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER convenant_party_freeze ON convenant_party`);
    await queryRunner.query(`DROP FUNCTION convenant_party_freeze()`);
  }
}
