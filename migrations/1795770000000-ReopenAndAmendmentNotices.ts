import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The events the API may raise (as in SelectionRoundCancel1795650000000), now with a reopened quarter and an amendment. */
const EVENTS_BEFORE = [
  'proposal_submitted',
  'convenant_signing_opened',
  'funding_proposed',
  'action_assigned',
  'overleg_scheduled',
  'overleg_moved',
  'overleg_cancelled',
  'selection_wisdom_invited',
  'selection_round_cancelled',
];
const EVENTS = [...EVENTS_BEFORE, 'quarter_reopened', 'convenant_amendment_proposed'];

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
 * Two changes that wait on someone else now tell them: a quarter the regisseur reopened (its provider accounts for it
 * again) and a proposed amendment of the convenant (every party it concerns signs it).
 */
export class ReopenAndAmendmentNotices1795770000000 implements MigrationInterface {
  name = 'ReopenAndAmendmentNotices1795770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(raiseEvent(EVENTS));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(raiseEvent(EVENTS_BEFORE));
  }
}
