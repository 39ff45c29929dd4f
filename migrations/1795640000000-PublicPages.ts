import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;
const SETTING = (name: string, type: 'bigint' | 'text' = 'bigint') => `app_setting_${type}('app.${name}')`;

/** The tables whose published rows the public pages show: a change to any of them changes the pages' version. */
const VERSIONED_TABLES = [
  'opgave',
  'atelier',
  'atelier_meeting',
  'action_item',
  'decision',
  'decision_minority_confirmation',
  'opgave_selection',
  'opgave_submission',
];

/** An opgave is public once it is chosen (or further), or when the regisseur published it from a submission. */
const OPGAVE_PUBLISHED = `(o.status IN ('SELECTED', 'IN_PROGRESS', 'COMPLETED')
  OR EXISTS (SELECT 1 FROM public.opgave_submission s WHERE s.opgave_id = o.id AND s.status = 'PUBLISHED'))`;

/**
 * The public pages (/meedoen, /opgaven, /podium/<year>): what anyone may bring in, and the role they read with.
 * `opgave_submission` is the moderation queue of opgaven brought in without an account; its contact address and the
 * hash of the sender's address never leave it. `regiekamer_public` reads only the views of schema `published` (its
 * search_path), which show published rows and no personal column: no names, no contact details, nothing about clients,
 * money or users; it writes only through `app_opgave_submit`. `published_version` counts changes to what the pages
 * show, per municipality, for their ETag: bumped once per transaction, at its commit (a deferred trigger, so writers
 * never wait on the counter row while holding other locks).
 */
export class PublicPages1795640000000 implements MigrationInterface {
  name = 'PublicPages1795640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TYPE "public"."opgave_submission_status" AS ENUM('PENDING', 'PUBLISHED', 'MERGED', 'DECLINED')`);
    await q(`
      CREATE TABLE "opgave_submission" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "title" character varying(300) NOT NULL,
        "description" text NOT NULL,
        "area" character varying(200) NOT NULL,
        "contact_email" character varying(320),
        "address_hash" character varying(64) NOT NULL,
        "status" "public"."opgave_submission_status" NOT NULL DEFAULT 'PENDING',
        "opgave_id" bigint,
        "decline_reason" text,
        "decided_by_user_id" bigint,
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "opgave_submission_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "opgave_submission_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id"),
        CONSTRAINT "opgave_submission_opgave_fkey" FOREIGN KEY ("opgave_id") REFERENCES "opgave"("id"),
        CONSTRAINT "opgave_submission_decided_by_fkey" FOREIGN KEY ("decided_by_user_id") REFERENCES "app_user"("id"),
        CONSTRAINT "opgave_submission_outcome_check" CHECK (
          ("status" = 'PENDING' AND "decided_at" IS NULL AND "opgave_id" IS NULL AND "decline_reason" IS NULL)
          OR ("status" IN ('PUBLISHED', 'MERGED') AND "decided_at" IS NOT NULL AND "opgave_id" IS NOT NULL AND "decline_reason" IS NULL)
          OR ("status" = 'DECLINED' AND "decided_at" IS NOT NULL AND "opgave_id" IS NULL AND COALESCE(btrim("decline_reason"), '') <> ''))
      )`);
    await q(`CREATE INDEX "opgave_submission_queue_idx" ON "opgave_submission" ("municipality_id", "status", "id")`);
    await q(`CREATE INDEX "opgave_submission_opgave_idx" ON "opgave_submission" ("opgave_id")`);
    await q(`CREATE INDEX "opgave_submission_address_idx" ON "opgave_submission" ("address_hash", "created_at")`);
    await q(`GRANT SELECT, UPDATE ON opgave_submission TO regiekamer_app`);
    await q(`ALTER TABLE opgave_submission ENABLE ROW LEVEL SECURITY`);
    // The moderation queue is the regisseur's: no other role reads a submission or its contact address.
    await q(`
      CREATE POLICY regisseur_scope ON opgave_submission TO regiekamer_app
        USING (municipality_id = ${SETTING('municipality_id')} AND ${SETTING('role', 'text')} = 'REGISSEUR')
        WITH CHECK (municipality_id = ${SETTING('municipality_id')} AND ${SETTING('role', 'text')} = 'REGISSEUR')`);
    await q(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON opgave_submission FOR EACH ROW EXECUTE FUNCTION audit_row()`);

    await q(`
      CREATE TABLE "published_version" (
        "municipality_id" bigint NOT NULL,
        "version" bigint NOT NULL,
        CONSTRAINT "published_version_pkey" PRIMARY KEY ("municipality_id"),
        CONSTRAINT "published_version_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id")
      )`);
    await q(`
      CREATE FUNCTION published_version_bump() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_municipality bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.municipality_id ELSE NEW.municipality_id END;
        v_flag text := 'regiekamer.published_bumped_' || v_municipality;
      BEGIN
        IF current_setting(v_flag, true) = 'y' THEN RETURN NULL; END IF;
        INSERT INTO published_version (municipality_id, version) VALUES (v_municipality, 1)
          ON CONFLICT (municipality_id) DO UPDATE SET version = published_version.version + 1;
        PERFORM set_config(v_flag, 'y', true);
        RETURN NULL;
      END $$`);
    for (const table of VERSIONED_TABLES) {
      await q(`CREATE CONSTRAINT TRIGGER published_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
                 DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION published_version_bump()`);
    }

    await q(`
      DO $$ BEGIN
        CREATE ROLE regiekamer_public NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    // With APP_DATABASE_URL only, the public pages connect with the application's login and act as this role.
    await q(`GRANT regiekamer_public TO regiekamer_app`);
    await q(`ALTER ROLE regiekamer_public SET search_path = published`);
    await q(`CREATE SCHEMA published`);
    await q(`GRANT USAGE ON SCHEMA published TO regiekamer_public`);
    await this.views(queryRunner);
    await q(`GRANT SELECT ON ALL TABLES IN SCHEMA published TO regiekamer_public`);

    // Brings in an opgave without an account: at most p_limit per sender address (hashed) in p_window_minutes.
    await q(`
      CREATE FUNCTION app_opgave_submit(p_municipality_id bigint, p_title text, p_description text, p_area text, p_contact text,
                                        p_address_hash text, p_limit integer, p_window_minutes integer) RETURNS boolean
      LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        -- Two submissions from one address at once are counted one after the other.
        PERFORM pg_advisory_xact_lock(hashtext('opgave_submit:' || p_address_hash));
        IF (SELECT count(*) FROM opgave_submission
             WHERE address_hash = p_address_hash AND created_at > now() - make_interval(mins => p_window_minutes)) >= p_limit THEN
          RETURN false;
        END IF;
        INSERT INTO opgave_submission (municipality_id, title, description, area, contact_email, address_hash)
        VALUES (p_municipality_id, p_title, p_description, p_area, NULLIF(p_contact, ''), p_address_hash);
        RETURN true;
      END $$`);
    await q(`REVOKE ALL ON FUNCTION app_opgave_submit(bigint, text, text, text, text, text, integer, integer) FROM PUBLIC`);
    await q(`GRANT EXECUTE ON FUNCTION app_opgave_submit(bigint, text, text, text, text, text, integer, integer) TO regiekamer_public`);

    // The outcome mailed to the contact address, for the regisseur who decided it: the application role cannot write the outbox.
    await q(`
      CREATE FUNCTION app_opgave_submission_mail(p_submission_id bigint, p_subject text, p_text text, p_html text) RETURNS void
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_id bigint;
      BEGIN
        INSERT INTO outgoing_message (municipality_id, recipient_user_id, address, kind, object_type, object_id, idempotency_key, subject,
                                      body_text, body_html, headers)
        SELECT s.municipality_id, NULL, s.contact_email, 'OPGAVE_SUBMISSION_OUTCOME', 'opgave_submission', s.id,
               'opgave_submission:' || s.id, p_subject, p_text, p_html, '{"Auto-Submitted": "auto-generated"}'::jsonb
          FROM opgave_submission s
         WHERE s.id = p_submission_id AND s.status <> 'PENDING' AND s.contact_email IS NOT NULL
           AND s.municipality_id = ${SETTING('municipality_id')} AND ${SETTING('role', 'text')} = 'REGISSEUR'
        ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING id INTO v_id;
        IF v_id IS NOT NULL THEN
          PERFORM graphile_worker.add_job(identifier => 'mail_send', payload => json_build_object('id', v_id),
                                          job_key => 'mail:' || v_id, job_key_mode => 'preserve_run_at');
        END IF;
      END $$`);
    await q(`REVOKE ALL ON FUNCTION app_opgave_submission_mail(bigint, text, text, text) FROM PUBLIC`);
    await q(`GRANT EXECUTE ON FUNCTION app_opgave_submission_mail(bigint, text, text, text) TO regiekamer_app`);
  }

  /**
   * Views named like the tables, with the columns the podium's and the pages' statements read (the same statements run
   * as the application role on the tables): published rows only, personal columns empty. Security barriers, so that no
   * condition of a query is evaluated on rows the view leaves out.
   */
  private async views(queryRunner: QueryRunner): Promise<void> {
    const view = (name: string, sql: string) => queryRunner.query(`CREATE VIEW published.${name} WITH (security_barrier) AS ${sql}`);
    await view('municipality', `SELECT m.id, m.cbs_code, m.name FROM public.municipality m`);
    await view(
      'published_version',
      `SELECT m.id AS municipality_id, COALESCE(v.version, 0) AS version
         FROM public.municipality m LEFT JOIN public.published_version v ON v.municipality_id = m.id`,
    );
    await view(
      'opgave',
      `SELECT o.id, o.municipality_id, o.version, o.title, o.description, o.area, o.status, o.ownership_rung, o.created_at, o.updated_at
         FROM public.opgave o WHERE ${OPGAVE_PUBLISHED}`,
    );
    await view(
      'atelier',
      `SELECT a.id, a.municipality_id, a.opgave_id, a.title, a.outcome, a.follow_up_decision, a.created_at
         FROM public.atelier a JOIN published.opgave o ON o.id = a.opgave_id`,
    );
    // Meeting notes may name people: only when and what kind.
    await view(
      'atelier_meeting',
      `SELECT m.id, m.municipality_id, m.atelier_id, m.kind, m.held_on, m.participant_count
         FROM public.atelier_meeting m JOIN published.atelier a ON a.id = m.atelier_id`,
    );
    // An action's owner is a person: only whether and when it was done.
    await view(
      'action_item',
      `SELECT ai.id, ai.municipality_id, ai.atelier_id, ai.status, ai.closed_on
         FROM public.action_item ai JOIN published.atelier a ON a.id = ai.atelier_id`,
    );
    await view(
      'opgave_selection',
      `SELECT s.id, s.municipality_id, s.decision_id, s.opgave_id, s.votes, s.rank, s.selected, s.minority_wisdom
         FROM public.opgave_selection s JOIN published.opgave o ON o.id = s.opgave_id`,
    );
    // The decisions about published opgaven; who is responsible is a person, and the overleg is internal.
    await view(
      'decision',
      `SELECT d.id, d.municipality_id, d.kind, d.decided_on, d.outcome, d.text, d.votes_for, d.votes_against, d.votes_abstain,
              d.minority_position, d.paper_for, d.paper_against, d.paper_abstain, d.kerngroep_advice_weighing,
              NULL::varchar AS responsible, NULL::bigint AS overleg_id, d.created_at
         FROM public.decision d WHERE EXISTS (SELECT 1 FROM published.opgave_selection s WHERE s.decision_id = d.id)`,
    );
    // The confirmed minority position of a published decision; who confirmed it is a person.
    await view(
      'decision_minority_confirmation',
      `SELECT c.id, c.municipality_id, c.decision_id, c.text, c.confirmed_at
         FROM public.decision_minority_confirmation c JOIN published.decision d ON d.id = c.decision_id`,
    );
    // The histories the podium reads status and rung at a year's end from; who changed them is a person.
    await view(
      'opgave_status_change',
      `SELECT s.id, s.municipality_id, s.opgave_id, s.status, s.changed_at
         FROM public.opgave_status_change s JOIN published.opgave o ON o.id = s.opgave_id`,
    );
    await view(
      'opgave_rung_change',
      `SELECT r.id, r.municipality_id, r.opgave_id, r.rung, r.changed_at
         FROM public.opgave_rung_change r JOIN published.opgave o ON o.id = r.opgave_id`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP FUNCTION app_opgave_submission_mail(bigint, text, text, text)`);
    await q(`DROP FUNCTION app_opgave_submit(bigint, text, text, text, text, text, integer, integer)`);
    await q(`DROP SCHEMA published CASCADE`);
    for (const table of VERSIONED_TABLES) await q(`DROP TRIGGER published_version ON ${table}`);
    await q(`DROP FUNCTION published_version_bump()`);
    await q(`DROP TABLE published_version`);
    await q(`DROP TABLE opgave_submission`);
    await q(`DROP TYPE "public"."opgave_submission_status"`);
    // The role and its membership are the cluster's, shared by every database on it (as regiekamer_app): they stay.
  }
}
