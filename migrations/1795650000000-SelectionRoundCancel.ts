import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The events the API may raise (as in OpgaveSelectionRounds1795630000000), now with a cancelled selection round. */
const EVENTS_BEFORE = [
  'proposal_submitted',
  'convenant_signing_opened',
  'funding_proposed',
  'action_assigned',
  'overleg_scheduled',
  'overleg_moved',
  'overleg_cancelled',
  'selection_wisdom_invited',
];
const EVENTS = [...EVENTS_BEFORE, 'selection_round_cancelled'];

function raiseEvent(events: readonly string[]): string {
  const known = events.map((e) => `'${e}'`).join(', ');
  return `
    CREATE OR REPLACE FUNCTION app_raise_event(event text, object_id bigint) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      IF event IS NULL OR event NOT IN (${known}) THEN
        RAISE EXCEPTION 'unknown event %', event USING ERRCODE = '22023';
      END IF;
      IF app_setting_bigint('app.municipality_id') IS NULL THEN
        RAISE EXCEPTION 'an event is raised by a signed-in user' USING ERRCODE = '42501';
      END IF;
      PERFORM graphile_worker.add_job('event_' || event,
        json_build_object('objectId', object_id, 'municipalityId', app_setting_bigint('app.municipality_id'),
                          'actorUserId', app_setting_bigint('app.user_id')));
    END $$`;
}

/**
 * A selection round can be cancelled: one stuck on a tie nobody can break would otherwise block every next round. A
 * cancelled round is closed (so the next one can open), never decided, and says why; its ballots stay as secret as
 * they were and are never counted. Its voters are told through the event.
 */
export class SelectionRoundCancel1795650000000 implements MigrationInterface {
  name = 'SelectionRoundCancel1795650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "opgave_selection_round" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE, ADD "cancel_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "opgave_selection_round" ADD CONSTRAINT "opgave_selection_round_cancelled_check"
         CHECK (("cancelled_at" IS NULL) = ("cancel_reason" IS NULL) AND ("cancelled_at" IS NULL OR ("closed_at" IS NOT NULL AND "decision_id" IS NULL)))`,
    );
    await queryRunner.query(raiseEvent(EVENTS));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(raiseEvent(EVENTS_BEFORE));
    await queryRunner.query(`ALTER TABLE "opgave_selection_round" DROP CONSTRAINT "opgave_selection_round_cancelled_check"`);
    await queryRunner.query(`ALTER TABLE "opgave_selection_round" DROP COLUMN "cancel_reason", DROP COLUMN "cancelled_at"`);
  }
}
