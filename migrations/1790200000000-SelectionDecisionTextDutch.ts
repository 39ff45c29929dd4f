import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Selection decisions recorded before their text was Dutch ("Chosen by majority, 2 of 4: A; B.") get the Dutch text
 * the API writes now ("Gekozen bij meerderheid van stemmen: 2 van de 4 opgaven, A; B."): people read it as it is
 * stored. Only the generated wording changes, never the tally or the opgaven; the audit trail keeps both versions.
 * Decisions are append-only, so the guard is lifted for this one statement, inside the migration's transaction.
 *
 * Its timestamp sorts before the initial migration: on a new database it runs first, finds no decision table and does
 * nothing; on an existing one it runs as the pending migration it is.
 */
const ENGLISH = String.raw`^Chosen by majority, (\d+) of (\d+): (.*)$`;

async function rewrite(queryRunner: QueryRunner, from: string, singular: string, plural: string): Promise<void> {
  await queryRunner.query(`
    DO $$
    BEGIN
      IF to_regclass('public.decision') IS NULL THEN
        RETURN;
      END IF;
      ALTER TABLE decision DISABLE TRIGGER decision_append_only;
      UPDATE decision
         SET text = regexp_replace(text, '${from}', CASE WHEN (regexp_match(text, '${from}'))[2] = '1' THEN '${singular}' ELSE '${plural}' END)
       WHERE kind = 'OPGAVE_SELECTION' AND text ~ '${from}';
      ALTER TABLE decision ENABLE TRIGGER decision_append_only;
    END $$`);
}

export class SelectionDecisionTextDutch1790200000000 implements MigrationInterface {
  name = 'SelectionDecisionTextDutch1790200000000';

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
