import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;
const SETTING = (name: string, type: 'bigint' | 'text' = 'bigint') => `app_setting_${type}('app.${name}')`;
const TENANT = `municipality_id = ${SETTING('municipality_id')}`;
const PARTICIPANT = `${SETTING('role', 'text')} IN ('RESIDENT', 'CLIENT_COUNCIL')`;

/** The public form's function before consent: restored by `down`. */
const SUBMIT_BEFORE = `
  CREATE FUNCTION app_opgave_submit(p_municipality_id bigint, p_title text, p_description text, p_area text, p_contact text,
                                    p_address_hash text, p_limit integer, p_window_minutes integer) RETURNS boolean
  LANGUAGE plpgsql ${DEFINER} AS $$
  BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('opgave_submit:' || p_address_hash));
    IF (SELECT count(*) FROM opgave_submission
         WHERE address_hash = p_address_hash AND created_at > now() - make_interval(mins => p_window_minutes)) >= p_limit THEN
      RETURN false;
    END IF;
    INSERT INTO opgave_submission (municipality_id, title, description, area, contact_email, address_hash)
    VALUES (p_municipality_id, p_title, p_description, p_area, NULLIF(p_contact, ''), p_address_hash);
    RETURN true;
  END $$`;

/**
 * Consent per purpose (issue #25): a participant's, an opgaveteam member's without an account, or a public-form
 * submission's; given when, how and by whom, and withdrawn once (the row stays: consent given again is a new row).
 * The regisseur of the municipality reads and records all of it; a participant their own. The public pages show the
 * names of residents in an opgaveteam who consented (the view `published.opgave_public_name`), and a change of consent
 * or of a team's members changes the pages' published version, so a withdrawn name is gone from them at once. The
 * public form keeps a contact address only with consent to be contacted, and records that consent with it.
 */
export class Consent1796200000000 implements MigrationInterface {
  name = 'Consent1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TYPE "public"."consent_subject_kind" AS ENUM('PARTICIPANT', 'OPGAVETEAM_MEMBER', 'SUBMISSION')`);
    await q(`CREATE TYPE "public"."consent_purpose" AS ENUM('PUBLIC_NAME', 'FOLLOW_UP_CONTACT', 'SURVEY_INVITATION')`);
    await q(`CREATE TYPE "public"."consent_channel" AS ENUM('PUBLIC_FORM', 'CLIENT', 'PAPER', 'ORAL')`);
    await q(`CREATE TABLE "consent" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "subject_kind" "public"."consent_subject_kind" NOT NULL, "user_id" bigint, "opgaveteam_member_id" bigint, "opgave_submission_id" bigint, "purpose" "public"."consent_purpose" NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "given_channel" "public"."consent_channel" NOT NULL, "given_by_user_id" bigint, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_channel" "public"."consent_channel", "withdrawn_by_user_id" bigint, CONSTRAINT "consent_withdrawal_check" CHECK (("withdrawn_at" IS NULL) = ("withdrawn_channel" IS NULL) AND ("withdrawn_at" IS NOT NULL OR "withdrawn_by_user_id" IS NULL)), CONSTRAINT "consent_subject_check" CHECK (("subject_kind" = 'PARTICIPANT' AND "user_id" IS NOT NULL AND "opgaveteam_member_id" IS NULL AND "opgave_submission_id" IS NULL)
        OR ("subject_kind" = 'OPGAVETEAM_MEMBER' AND "user_id" IS NULL AND "opgaveteam_member_id" IS NOT NULL AND "opgave_submission_id" IS NULL)
        OR ("subject_kind" = 'SUBMISSION' AND "user_id" IS NULL AND "opgaveteam_member_id" IS NULL AND "opgave_submission_id" IS NOT NULL)), CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))`);
    await q(`CREATE INDEX "consent_submission_idx" ON "consent"  ("opgave_submission_id") `);
    await q(`CREATE INDEX "consent_member_idx" ON "consent"  ("opgaveteam_member_id") `);
    await q(`CREATE INDEX "consent_user_idx" ON "consent"  ("user_id") `);
    await q(`CREATE UNIQUE INDEX "consent_submission_active_key" ON "consent"  ("opgave_submission_id", "purpose") WHERE "withdrawn_at" IS NULL`);
    await q(`CREATE UNIQUE INDEX "consent_member_active_key" ON "consent"  ("opgaveteam_member_id", "purpose") WHERE "withdrawn_at" IS NULL`);
    await q(`CREATE UNIQUE INDEX "consent_participant_active_key" ON "consent"  ("user_id", "purpose") WHERE "withdrawn_at" IS NULL`);
    await q(`ALTER TABLE "consent" ADD CONSTRAINT "FK_e726fef47fb8742c5595d07c7ad" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q(`ALTER TABLE "consent" ADD CONSTRAINT "consent_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q(`ALTER TABLE "consent" ADD CONSTRAINT "consent_opgaveteam_member_fkey" FOREIGN KEY ("opgaveteam_member_id") REFERENCES "opgaveteam_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q(`ALTER TABLE "consent" ADD CONSTRAINT "consent_opgave_submission_fkey" FOREIGN KEY ("opgave_submission_id") REFERENCES "opgave_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q(`ALTER TABLE "consent" ADD CONSTRAINT "consent_given_by_fkey" FOREIGN KEY ("given_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q(`ALTER TABLE "consent" ADD CONSTRAINT "consent_withdrawn_by_fkey" FOREIGN KEY ("withdrawn_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // Written: a new consent, and its withdrawal (those three columns, once). No DELETE: only a member's or a
    // submission's removal takes its consents along (the foreign keys), so history is never edited away.
    await q(`GRANT SELECT, INSERT ON consent TO regiekamer_app`);
    await q(`GRANT UPDATE (withdrawn_at, withdrawn_channel, withdrawn_by_user_id) ON consent TO regiekamer_app`);
    await q(`ALTER TABLE consent ENABLE ROW LEVEL SECURITY`);
    await q(`
      CREATE POLICY regisseur_scope ON consent TO regiekamer_app
        USING (${TENANT} AND ${SETTING('role', 'text')} = 'REGISSEUR')
        WITH CHECK (${TENANT} AND ${SETTING('role', 'text')} = 'REGISSEUR')`);
    await q(`
      CREATE POLICY own_consent ON consent TO regiekamer_app
        USING (${TENANT} AND ${PARTICIPANT} AND subject_kind = 'PARTICIPANT' AND user_id = ${SETTING('user_id')})
        WITH CHECK (${TENANT} AND ${PARTICIPANT} AND subject_kind = 'PARTICIPANT' AND user_id = ${SETTING('user_id')})`);
    await q(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON consent FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    await q(`
      CREATE FUNCTION consent_withdraw_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.withdrawn_at IS NOT NULL THEN
          RAISE EXCEPTION 'consent % was withdrawn already', OLD.id USING ERRCODE = 'check_violation', CONSTRAINT = 'consent_withdraw_once';
        END IF;
        RETURN NEW;
      END $$`);
    await q(`CREATE TRIGGER consent_withdraw_once BEFORE UPDATE ON consent FOR EACH ROW EXECUTE FUNCTION consent_withdraw_once()`);

    // What the public pages show changes with consent and with a team's members: their version moves at commit.
    for (const table of ['consent', 'opgaveteam_member']) {
      await q(`CREATE CONSTRAINT TRIGGER published_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
                 DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION published_version_bump()`);
    }
    // The residents of a published opgave's team who consent to their name on the public pages, and only their name.
    await q(`
      CREATE VIEW published.opgave_public_name WITH (security_barrier) AS
        SELECT m.id, m.municipality_id, t.opgave_id, m.name
          FROM public.opgaveteam_member m
          JOIN public.opgaveteam t ON t.id = m.opgaveteam_id
          JOIN published.opgave o ON o.id = t.opgave_id
         WHERE m.kind = 'RESIDENT'
           AND EXISTS (SELECT 1 FROM public.consent c
                        WHERE c.purpose = 'PUBLIC_NAME' AND c.withdrawn_at IS NULL
                          AND CASE WHEN m.user_id IS NULL THEN c.opgaveteam_member_id = m.id ELSE c.user_id = m.user_id END)`);
    await q(`GRANT SELECT ON published.opgave_public_name TO regiekamer_public`);

    // Addresses given on the form before consent was asked were given to hear the outcome: that consent, as recorded.
    await q(`
      INSERT INTO consent (municipality_id, subject_kind, opgave_submission_id, purpose, given_at, given_channel)
      SELECT municipality_id, 'SUBMISSION', id, 'FOLLOW_UP_CONTACT', created_at, 'PUBLIC_FORM' FROM opgave_submission WHERE contact_email IS NOT NULL`);

    await q(`DROP FUNCTION app_opgave_submit(bigint, text, text, text, text, text, integer, integer)`);
    await q(`
      CREATE FUNCTION app_opgave_submit(p_municipality_id bigint, p_title text, p_description text, p_area text, p_contact text,
                                        p_follow_up boolean, p_address_hash text, p_limit integer, p_window_minutes integer) RETURNS boolean
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        -- No address without consent to be contacted, whatever the caller sent.
        v_contact text := CASE WHEN p_follow_up THEN NULLIF(p_contact, '') END;
        v_id bigint;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('opgave_submit:' || p_address_hash));
        IF (SELECT count(*) FROM opgave_submission
             WHERE address_hash = p_address_hash AND created_at > now() - make_interval(mins => p_window_minutes)) >= p_limit THEN
          RETURN false;
        END IF;
        INSERT INTO opgave_submission (municipality_id, title, description, area, contact_email, address_hash)
        VALUES (p_municipality_id, p_title, p_description, p_area, v_contact, p_address_hash)
        RETURNING id INTO v_id;
        IF v_contact IS NOT NULL THEN
          INSERT INTO consent (municipality_id, subject_kind, opgave_submission_id, purpose, given_channel)
          VALUES (p_municipality_id, 'SUBMISSION', v_id, 'FOLLOW_UP_CONTACT', 'PUBLIC_FORM');
        END IF;
        RETURN true;
      END $$`);
    await q(`REVOKE ALL ON FUNCTION app_opgave_submit(bigint, text, text, text, text, boolean, text, integer, integer) FROM PUBLIC`);
    await q(`GRANT EXECUTE ON FUNCTION app_opgave_submit(bigint, text, text, text, text, boolean, text, integer, integer) TO regiekamer_public`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP FUNCTION app_opgave_submit(bigint, text, text, text, text, boolean, text, integer, integer)`);
    await q(SUBMIT_BEFORE);
    await q(`REVOKE ALL ON FUNCTION app_opgave_submit(bigint, text, text, text, text, text, integer, integer) FROM PUBLIC`);
    await q(`GRANT EXECUTE ON FUNCTION app_opgave_submit(bigint, text, text, text, text, text, integer, integer) TO regiekamer_public`);
    await q(`DROP VIEW published.opgave_public_name`);
    for (const table of ['opgaveteam_member', 'consent']) await q(`DROP TRIGGER published_version ON ${table}`);
    await q(`DROP TABLE "consent"`);
    await q(`DROP FUNCTION consent_withdraw_once()`);
    await q(`DROP TYPE "public"."consent_channel"`);
    await q(`DROP TYPE "public"."consent_purpose"`);
    await q(`DROP TYPE "public"."consent_subject_kind"`);
  }
}
