import type { MigrationInterface, QueryRunner } from 'typeorm';
import { authenticate, sessionAuthenticate } from './1795920000000-TransactionLocalActor';

/**
 * The token checks answer exactly one row: the user, or nulls when they find no one (the settings are then emptied, as
 * before). The API reads that row straight from the function. It used to join the function to a one-row VALUES, so
 * that a row (and with it the transaction's settings, columns beside the check's) came back also when no one was found;
 * that lateral join cost about 70 µs of PostgreSQL's time per request, more than the check itself.
 */
export class OneRowTokenChecks1796440000000 implements MigrationInterface {
  name = 'OneRowTokenChecks1796440000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(authenticate(true, true));
    await queryRunner.query(sessionAuthenticate(true, true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(authenticate(true));
    await queryRunner.query(sessionAuthenticate(true));
  }
}
