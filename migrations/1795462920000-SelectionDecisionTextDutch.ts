import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Selection decisions recorded before their text was Dutch ("Chosen by majority, 2 of 4: A; B.") get the Dutch text
 * the API writes now ("Gekozen bij meerderheid van stemmen: 2 van de 4 opgaven, A; B."): people read it as it is
 * stored. Only the generated wording changes, never the tally or the opgaven; the audit trail keeps both versions.
 * Decisions are append-only, so the guard is lifted for this one statement, inside the migration's transaction.
 * On a new database there is nothing to rewrite.
 */
const ENGLISH = String.raw`^Chosen by majority, (\d+) of (\d+): (.*)$`;

async function rewrite(queryRunner: QueryRunner, from: string, singular: string, plural: string): Promise<void> {
  await queryRunner.query(`ALTER TABLE decision DISABLE TRIGGER decision_append_only`);
  await queryRunner.query(
    `UPDATE decision SET text = regexp_replace(text, $1, CASE WHEN (regexp_match(text, $1))[2] = '1' THEN $2 ELSE $3 END)
      WHERE kind = 'OPGAVE_SELECTION' AND text ~ $1`,
    [from, singular, plural],
  );
  await queryRunner.query(`ALTER TABLE decision ENABLE TRIGGER decision_append_only`);
}

export class SelectionDecisionTextDutch1795462920000 implements MigrationInterface {
  name = 'SelectionDecisionTextDutch1795462920000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await rewrite(
      queryRunner,
      ENGLISH,
      String.raw`Gekozen bij meerderheid van stemmen: \1 van de \2 opgave, \3`,
      String.raw`Gekozen bij meerderheid van stemmen: \1 van de \2 opgaven, \3`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const dutch = String.raw`^Gekozen bij meerderheid van stemmen: (\d+) van de (\d+) opgaven?, (.*)$`;
    await rewrite(queryRunner, dutch, String.raw`Chosen by majority, \1 of \2: \3`, String.raw`Chosen by majority, \1 of \2: \3`);
  }
}
