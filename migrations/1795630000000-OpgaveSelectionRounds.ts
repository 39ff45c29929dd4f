import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Like the other participation tables: the application role works within its municipality, every change audited. */
const AUDITED = ['opgave_selection_round', 'opgave_selection_option', 'ballot_receipt', 'opgave_status_change'];

/** The events the API may raise (as in NotificationEvents1795500000000), now with the minority's invitation. */
const EVENTS_BEFORE = [
  'proposal_submitted',
  'convenant_signing_opened',
  'funding_proposed',
  'action_assigned',
  'overleg_scheduled',
  'overleg_moved',
  'overleg_cancelled',
];
const EVENTS = [...EVENTS_BEFORE, 'selection_wisdom_invited'];

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

const TENANT_POLICY = (table: string) => `
  CREATE POLICY tenant_scope ON ${table} TO regiekamer_app
    USING (municipality_id = app_setting_bigint('app.municipality_id'))
    WITH CHECK (municipality_id = app_setting_bigint('app.municipality_id'))`;

/**
 * Opgave selection rounds with secret ballots, and the status history that lets the podium show a past year.
 *
 * The secret: `ballot_receipt` says who voted (round, user), `ballot_choice` what was chosen (round, opgave, ballot
 * key) and nothing else: no user, no time, no audit trigger (the audit log would tie the row to the user and request
 * that wrote it). The ballot key is a keyed hash of round and user under a server secret the database never holds, so
 * only the voter's own request can find (and replace) their choices. The application role has no privilege on
 * `ballot_choice` at all: it casts, reads its own ballot by key and counts through the three functions below (owner's
 * rights), so no query of the API, the regisseur's, an ADMIN's or an analyst's, can list ballots and their order.
 * The minority's wisdom is kept the same way: without author, without time, without audit, keyed by a hash.
 */
export class OpgaveSelectionRounds1795630000000 implements MigrationInterface {
  name = 'OpgaveSelectionRounds1795630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`
      CREATE TABLE "opgave_selection_round" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "seats" integer NOT NULL,
        "closes_on" date NOT NULL,
        "opened_by_user_id" bigint,
        "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "closed_at" TIMESTAMP WITH TIME ZONE,
        "paper_note" text,
        "decision_id" bigint,
        CONSTRAINT "opgave_selection_round_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "opgave_selection_round_seats_check" CHECK ("seats" >= 1),
        CONSTRAINT "opgave_selection_round_decided_check" CHECK ("decision_id" IS NULL OR "closed_at" IS NOT NULL),
        CONSTRAINT "opgave_selection_round_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id"),
        CONSTRAINT "opgave_selection_round_opened_by_fkey" FOREIGN KEY ("opened_by_user_id") REFERENCES "app_user"("id"),
        CONSTRAINT "opgave_selection_round_decision_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id")
      )`);
    // One open round at a time per municipality.
    await q(`CREATE UNIQUE INDEX "opgave_selection_round_open_key" ON "opgave_selection_round" ("municipality_id") WHERE "closed_at" IS NULL`);
    await q(`CREATE INDEX "opgave_selection_round_municipality_idx" ON "opgave_selection_round" ("municipality_id", "id")`);
    await q(`
      CREATE TABLE "opgave_selection_option" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "round_id" bigint NOT NULL,
        "opgave_id" bigint NOT NULL,
        "paper_votes" integer,
        "votes" integer,
        "rank" integer,
        "selected" boolean,
        CONSTRAINT "opgave_selection_option_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "opgave_selection_option_votes_check" CHECK (("paper_votes" IS NULL OR "paper_votes" >= 0) AND ("votes" IS NULL OR "votes" >= 0)),
        CONSTRAINT "opgave_selection_option_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id"),
        CONSTRAINT "opgave_selection_option_round_fkey" FOREIGN KEY ("round_id") REFERENCES "opgave_selection_round"("id"),
        CONSTRAINT "opgave_selection_option_opgave_fkey" FOREIGN KEY ("opgave_id") REFERENCES "opgave"("id")
      )`);
    await q(`CREATE UNIQUE INDEX "opgave_selection_option_round_opgave_key" ON "opgave_selection_option" ("round_id", "opgave_id")`);
    await q(`CREATE INDEX "opgave_selection_option_opgave_idx" ON "opgave_selection_option" ("opgave_id")`);
    await q(`
      CREATE TABLE "ballot_receipt" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "round_id" bigint NOT NULL,
        "user_id" bigint NOT NULL,
        "minority" boolean NOT NULL DEFAULT false,
        CONSTRAINT "ballot_receipt_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "ballot_receipt_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id"),
        CONSTRAINT "ballot_receipt_round_fkey" FOREIGN KEY ("round_id") REFERENCES "opgave_selection_round"("id"),
        CONSTRAINT "ballot_receipt_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id")
      )`);
    await q(`CREATE UNIQUE INDEX "ballot_receipt_round_user_key" ON "ballot_receipt" ("round_id", "user_id")`);
    await q(`
      CREATE TABLE "ballot_choice" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "round_id" bigint NOT NULL,
        "opgave_id" bigint NOT NULL,
        "ballot_key" character varying(64) NOT NULL,
        CONSTRAINT "ballot_choice_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "ballot_choice_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id"),
        CONSTRAINT "ballot_choice_round_fkey" FOREIGN KEY ("round_id") REFERENCES "opgave_selection_round"("id"),
        CONSTRAINT "ballot_choice_opgave_fkey" FOREIGN KEY ("opgave_id") REFERENCES "opgave"("id")
      )`);
    await q(`CREATE UNIQUE INDEX "ballot_choice_round_key_opgave_key" ON "ballot_choice" ("round_id", "ballot_key", "opgave_id")`);
    await q(`CREATE INDEX "ballot_choice_opgave_idx" ON "ballot_choice" ("opgave_id")`);
    await q(`
      CREATE TABLE "opgave_selection_wisdom" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "round_id" bigint NOT NULL,
        "writer_key" character varying(64) NOT NULL,
        "text" text NOT NULL,
        CONSTRAINT "opgave_selection_wisdom_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "opgave_selection_wisdom_text_check" CHECK (length(btrim("text")) > 0),
        CONSTRAINT "opgave_selection_wisdom_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id"),
        CONSTRAINT "opgave_selection_wisdom_round_fkey" FOREIGN KEY ("round_id") REFERENCES "opgave_selection_round"("id")
      )`);
    await q(`CREATE UNIQUE INDEX "opgave_selection_wisdom_round_writer_key" ON "opgave_selection_wisdom" ("round_id", "writer_key")`);
    await q(`
      CREATE TABLE "opgave_status_change" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "opgave_id" bigint NOT NULL,
        "status" "public"."opgave_status" NOT NULL,
        "previous_status" "public"."opgave_status",
        "changed_by_user_id" bigint,
        "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "opgave_status_change_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "opgave_status_change_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id"),
        CONSTRAINT "opgave_status_change_opgave_fkey" FOREIGN KEY ("opgave_id") REFERENCES "opgave"("id"),
        CONSTRAINT "opgave_status_change_changed_by_fkey" FOREIGN KEY ("changed_by_user_id") REFERENCES "app_user"("id")
      )`);
    await q(`CREATE INDEX "opgave_status_change_opgave_idx" ON "opgave_status_change" ("opgave_id", "changed_at")`);

    for (const table of [...AUDITED, 'ballot_choice', 'opgave_selection_wisdom']) {
      await q(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q(TENANT_POLICY(table));
    }
    await q(`GRANT SELECT, INSERT, UPDATE ON opgave_selection_round, opgave_selection_option, ballot_receipt TO regiekamer_app`);
    await q(`GRANT SELECT, INSERT, UPDATE ON opgave_selection_wisdom TO regiekamer_app`);
    await q(`GRANT SELECT, INSERT ON opgave_status_change TO regiekamer_app`);
    for (const table of AUDITED) {
      await q(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }
    await q(
      `CREATE TRIGGER opgave_status_change_append_only BEFORE UPDATE OR DELETE ON opgave_status_change FOR EACH ROW EXECUTE FUNCTION append_only_guard()`,
    );

    // The ballot's three doors, with the owner's rights and the caller's municipality; nothing else reaches the choices.
    await q(`
      CREATE FUNCTION app_ballot_replace(p_round bigint, p_key text, p_opgaven bigint[]) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_municipality bigint := app_setting_bigint('app.municipality_id');
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM opgave_selection_round r WHERE r.id = p_round AND r.municipality_id = v_municipality AND r.closed_at IS NULL) THEN
          RAISE EXCEPTION 'no open round %', p_round USING ERRCODE = '42501';
        END IF;
        DELETE FROM ballot_choice WHERE round_id = p_round AND ballot_key = p_key;
        INSERT INTO ballot_choice (municipality_id, round_id, opgave_id, ballot_key)
          SELECT v_municipality, p_round, o.opgave_id, p_key FROM selection_options_of(p_round, p_opgaven) o;
      END $$`);
    // Only the round's own options: an id outside it is dropped here and refused by the service before.
    await q(`
      CREATE FUNCTION selection_options_of(p_round bigint, p_opgaven bigint[]) RETURNS TABLE (opgave_id bigint)
        LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
        SELECT DISTINCT o.opgave_id FROM opgave_selection_option o WHERE o.round_id = p_round AND o.opgave_id = ANY(p_opgaven)
      $$`);
    await q(`
      CREATE FUNCTION app_ballot_of(p_round bigint, p_keys text[]) RETURNS TABLE (ballot_key text, opgave_id bigint)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT c.ballot_key::text, c.opgave_id FROM ballot_choice c
         WHERE c.round_id = p_round AND c.ballot_key = ANY(p_keys) AND c.municipality_id = app_setting_bigint('app.municipality_id')
         ORDER BY c.ballot_key, c.opgave_id
      $$`);
    await q(`
      CREATE FUNCTION app_ballot_tally(p_round bigint) RETURNS TABLE (opgave_id bigint, votes integer)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT c.opgave_id, count(*)::int FROM ballot_choice c
         WHERE c.round_id = p_round AND c.municipality_id = app_setting_bigint('app.municipality_id')
         GROUP BY c.opgave_id ORDER BY c.opgave_id
      $$`);
    for (const fn of ['app_ballot_replace(bigint, text, bigint[])', 'app_ballot_of(bigint, text[])', 'app_ballot_tally(bigint)']) {
      await q(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q(`GRANT EXECUTE ON FUNCTION ${fn} TO regiekamer_app`);
    }

    // The status history, written whatever path sets a status (as the rung's is).
    await q(`
      CREATE FUNCTION opgave_status_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.status = OLD.status THEN
          RETURN NULL;
        END IF;
        INSERT INTO opgave_status_change (municipality_id, opgave_id, status, previous_status, changed_by_user_id)
        VALUES (NEW.municipality_id, NEW.id, NEW.status, CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, app_setting_bigint('app.user_id'));
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER opgave_status_history AFTER INSERT OR UPDATE OF status ON opgave FOR EACH ROW EXECUTE FUNCTION opgave_status_history()`);
    // Backfill from the audit log (every status an opgave had, when), and from today's status where the log has none.
    await q(`
      INSERT INTO opgave_status_change (municipality_id, opgave_id, status, previous_status, changed_by_user_id, changed_at)
      SELECT o.municipality_id, o.id, (l.after ->> 'status')::opgave_status, (l.before ->> 'status')::opgave_status, l.user_id, l.at
        FROM audit_log l JOIN opgave o ON o.id = l.entity_id
       WHERE l.table_name = 'opgave' AND l.operation IN ('INSERT', 'UPDATE')
         AND (l.operation = 'INSERT' OR l.after ->> 'status' IS DISTINCT FROM l.before ->> 'status')
       ORDER BY l.id`);
    await q(`
      INSERT INTO opgave_status_change (municipality_id, opgave_id, status, changed_at)
      SELECT o.municipality_id, o.id, o.status, o.created_at FROM opgave o
       WHERE NOT EXISTS (SELECT 1 FROM opgave_status_change s WHERE s.opgave_id = o.id) ORDER BY o.id`);
    await q(raiseEvent(EVENTS));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(raiseEvent(EVENTS_BEFORE));
    await q(`DROP TRIGGER opgave_status_history ON opgave`);
    await q(`DROP FUNCTION opgave_status_history()`);
    await q(`DROP FUNCTION app_ballot_tally(bigint)`);
    await q(`DROP FUNCTION app_ballot_of(bigint, text[])`);
    await q(`DROP FUNCTION app_ballot_replace(bigint, text, bigint[])`);
    await q(`DROP FUNCTION selection_options_of(bigint, bigint[])`);
    for (const table of [
      'opgave_status_change',
      'opgave_selection_wisdom',
      'ballot_choice',
      'ballot_receipt',
      'opgave_selection_option',
      'opgave_selection_round',
    ]) {
      await q(`DROP TABLE ${table}`);
    }
  }
}
