import type { MigrationInterface, QueryRunner } from 'typeorm';

const SETTING = (name: string, type: 'bigint' | 'text' = 'bigint') => `(SELECT app_setting_${type}('app.${name}'))`;
const TENANT = `municipality_id = ${SETTING('municipality_id')}`;

/**
 * Who may touch the notification tables and the job queue. The worker works as the owner (as migrations do); the API's
 * application role reads its own notifications and marks them read (read_at only), an ADMIN reads the outbox, and the
 * role adds jobs only through two definer functions: one that raises a known event for the caller's municipality (in
 * the transaction of the change, so a rolled-back change raises nothing), and one that queues a message again. It has
 * no privilege on the queue's schema itself.
 */
export class NotificationSecurity1795480000100 implements MigrationInterface {
  name = 'NotificationSecurity1795480000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`GRANT SELECT ON notification, outgoing_message TO regiekamer_app`);
    await q(`GRANT UPDATE (read_at) ON notification TO regiekamer_app`);
    await q(`ALTER TABLE notification ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE notification FORCE ROW LEVEL SECURITY`);
    await q(
      `CREATE POLICY own_rows ON notification TO regiekamer_app
         USING (${TENANT} AND user_id = ${SETTING('user_id')}) WITH CHECK (${TENANT} AND user_id = ${SETTING('user_id')})`,
    );
    await q(`ALTER TABLE outgoing_message ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE outgoing_message FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY admin_read ON outgoing_message FOR SELECT TO regiekamer_app USING (${TENANT} AND ${SETTING('role', 'text')} = 'ADMIN')`);
    // FORCE applies the policies to the owner too; the owner (the worker, migrations, backups) keeps full access.
    for (const table of ['notification', 'outgoing_message']) {
      await q(`DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON ${table} TO %I USING (true) WITH CHECK (true)', current_user); END $$`);
    }
    await q(`
      CREATE FUNCTION app_raise_event(event text, object_id bigint) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF event IS DISTINCT FROM 'proposal_submitted' THEN
          RAISE EXCEPTION 'unknown event %', event USING ERRCODE = '22023';
        END IF;
        IF app_setting_bigint('app.municipality_id') IS NULL THEN
          RAISE EXCEPTION 'an event is raised by a signed-in user' USING ERRCODE = '42501';
        END IF;
        PERFORM graphile_worker.add_job('event_' || event,
          json_build_object('objectId', object_id, 'municipalityId', app_setting_bigint('app.municipality_id'),
                            'actorUserId', app_setting_bigint('app.user_id')));
      END $$`);
    await q(`
      CREATE FUNCTION app_outgoing_message_resend(message_id bigint) RETURNS text
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_status text;
      BEGIN
        IF app_setting_text('app.role') IS DISTINCT FROM 'ADMIN' THEN
          RAISE EXCEPTION 'only an administrator queues a message again' USING ERRCODE = '42501';
        END IF;
        SELECT status INTO v_status FROM outgoing_message
         WHERE id = message_id AND municipality_id = app_setting_bigint('app.municipality_id') FOR UPDATE;
        IF NOT FOUND THEN RETURN NULL; END IF;
        IF v_status NOT IN ('FAILED', 'NOT_SENT') THEN RETURN v_status; END IF;
        UPDATE outgoing_message SET status = 'PENDING', attempts = 0 WHERE id = message_id;
        PERFORM graphile_worker.add_job('mail_send', json_build_object('id', message_id), job_key => 'mail:' || message_id);
        RETURN 'PENDING';
      END $$`);
    for (const fn of ['app_raise_event(text, bigint)', 'app_outgoing_message_resend(bigint)']) {
      await q(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q(`GRANT EXECUTE ON FUNCTION ${fn} TO regiekamer_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP FUNCTION app_outgoing_message_resend(bigint)`);
    await q(`DROP FUNCTION app_raise_event(text, bigint)`);
    for (const table of ['notification', 'outgoing_message']) await q(`DROP POLICY owner_all ON ${table}`);
    await q(`DROP POLICY admin_read ON outgoing_message`);
    await q(`ALTER TABLE outgoing_message NO FORCE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE outgoing_message DISABLE ROW LEVEL SECURITY`);
    await q(`DROP POLICY own_rows ON notification`);
    await q(`ALTER TABLE notification NO FORCE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE notification DISABLE ROW LEVEL SECURITY`);
    await q(`REVOKE UPDATE (read_at) ON notification FROM regiekamer_app`);
    await q(`REVOKE SELECT ON notification, outgoing_message FROM regiekamer_app`);
  }
}
