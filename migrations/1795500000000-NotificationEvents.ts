import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The events the API may raise; each has a task `event_<name>` in the worker (api/src/modules/notification/events.ts). */
const EVENTS = [
  'proposal_submitted',
  'convenant_signing_opened',
  'funding_proposed',
  'action_assigned',
  'overleg_scheduled',
  'overleg_moved',
  'overleg_cancelled',
];

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

/** Every event of the notifications issue may be raised: a convenant opened for signing, funding, actions, overleg. */
export class NotificationEvents1795500000000 implements MigrationInterface {
  name = 'NotificationEvents1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(raiseEvent(EVENTS));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(raiseEvent(['proposal_submitted']));
  }
}
