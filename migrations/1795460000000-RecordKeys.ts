import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The record key of the cell key method (docs/disclosure-control.md): a fixed random number from 0 to 2^32 - 1 per
 * arrangement, drawn once from gen_random_uuid() (a strong random source built into PostgreSQL) when the row is made.
 * Stored, so that the same set of arrangements always sums to the same cell key, also after a backup and restore; never
 * shown to anyone; and drawn by the database, so every way of inserting arrangements gets one.
 */
export class RecordKeys1795460000000 implements MigrationInterface {
  name = 'RecordKeys1795460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The first 32 bits of a version 4 UUID are random.
    await queryRunner.query(`
      CREATE FUNCTION new_record_key() RETURNS bigint LANGUAGE sql VOLATILE PARALLEL SAFE
        AS $$ SELECT ('x' || left(replace(gen_random_uuid()::text, '-', ''), 8))::bit(32)::bigint $$`);
    await queryRunner.query(`
      ALTER TABLE arrangement ADD COLUMN record_key bigint NOT NULL DEFAULT new_record_key()
        CONSTRAINT arrangement_record_key_check CHECK (record_key >= 0 AND record_key < 4294967296)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE arrangement DROP COLUMN record_key`);
    await queryRunner.query(`DROP FUNCTION new_record_key()`);
  }
}
