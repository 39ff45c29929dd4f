import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;

/**
 * Inviting residents and client council members with their memberships. A team's procesbegeleider can be an account
 * (`opgaveteam.procesbegeleider_user_id`), who may then invite residents into that team; a team member can be linked
 * to a participant's account (`opgaveteam_member.user_id`). An invitation keeps the memberships it grants
 * (`access_link.memberships`) until it is accepted: then the user is made and joins those groups, in the same definer
 * function that makes them. `app_participant_join` is the one place a participant joins groups: an OPGAVETEAM
 * membership always comes with the team's member row (a name-only member of the same name is linked to the account).
 */
export class ParticipantInvitations1795610000000 implements MigrationInterface {
  name = 'ParticipantInvitations1795610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "opgaveteam" ADD "procesbegeleider_user_id" bigint`);
    await q(`ALTER TABLE "opgaveteam" ADD CONSTRAINT "opgaveteam_procesbegeleider_user_fkey"
               FOREIGN KEY ("procesbegeleider_user_id") REFERENCES "app_user"("id")`);
    await q(`CREATE INDEX "opgaveteam_procesbegeleider_user_idx" ON "opgaveteam" ("procesbegeleider_user_id")`);
    await q(`ALTER TABLE "opgaveteam_member" ADD "user_id" bigint`);
    await q(`ALTER TABLE "opgaveteam_member" ADD CONSTRAINT "opgaveteam_member_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id")`);
    await q(`CREATE INDEX "opgaveteam_member_user_idx" ON "opgaveteam_member" ("user_id")`);
    await q(`ALTER TABLE "access_link" ADD "memberships" jsonb`);

    // Joins a participant to groups: [{ group, opgaveteamId, atelierId }]. Existing memberships stay as they are.
    await q(`
      CREATE FUNCTION app_participant_join(p_user bigint, p_municipality bigint, p_memberships jsonb) RETURNS void
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        m record;
        v_name text;
      BEGIN
        SELECT u.name INTO v_name FROM app_user u WHERE u.id = p_user;
        FOR m IN SELECT x."group" AS grp, x."opgaveteamId" AS team, x."atelierId" AS atelier
                   FROM jsonb_to_recordset(COALESCE(p_memberships, '[]'::jsonb)) AS x("group" text, "opgaveteamId" bigint, "atelierId" bigint)
        LOOP
          INSERT INTO participant_membership (municipality_id, user_id, group_kind, opgaveteam_id, atelier_id)
          VALUES (p_municipality, p_user, m.grp::participant_group, m.team, m.atelier) ON CONFLICT DO NOTHING;
          IF m.grp = 'OPGAVETEAM' AND NOT EXISTS (SELECT 1 FROM opgaveteam_member tm WHERE tm.opgaveteam_id = m.team AND tm.user_id = p_user) THEN
            UPDATE opgaveteam_member tm SET user_id = p_user
             WHERE tm.id = (SELECT t2.id FROM opgaveteam_member t2 WHERE t2.opgaveteam_id = m.team AND t2.user_id IS NULL
                              AND lower(t2.name) = lower(v_name) ORDER BY t2.id LIMIT 1);
            IF NOT FOUND THEN
              INSERT INTO opgaveteam_member (municipality_id, opgaveteam_id, name, kind, user_id)
              VALUES (p_municipality, m.team, v_name, 'RESIDENT', p_user);
            END IF;
          END IF;
        END LOOP;
      END $$`);

    // An invitation to take part, by the regisseur (any groups) or a team's procesbegeleider (residents, into that
    // team only). An existing participant of the municipality with the same role joins the groups at once.
    await q(`
      CREATE FUNCTION app_participant_invite(p_secret_hash bytea, p_email text, p_name text, p_role text, p_minutes integer, p_memberships jsonb)
      RETURNS text LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_role text := app_setting_text('app.role');
        v_municipality bigint := app_setting_bigint('app.municipality_id');
        v_inviter bigint := app_setting_bigint('app.user_id');
        u app_user;
      BEGIN
        IF v_municipality IS NULL OR p_role NOT IN ('CLIENT_COUNCIL', 'RESIDENT') OR NOT (v_role = 'REGISSEUR' OR (
             p_role = 'RESIDENT' AND jsonb_array_length(p_memberships) > 0 AND NOT EXISTS (
               SELECT 1 FROM jsonb_to_recordset(p_memberships) AS x("group" text, "opgaveteamId" bigint)
                WHERE x."group" <> 'OPGAVETEAM' OR NOT EXISTS (
                  SELECT 1 FROM opgaveteam t WHERE t.id = x."opgaveteamId" AND t.municipality_id = v_municipality
                     AND t.procesbegeleider_user_id = v_inviter)))) THEN
          RAISE EXCEPTION 'invitation not allowed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT * INTO u FROM app_user x WHERE x.email = p_email;
        IF FOUND THEN
          IF u.municipality_id <> v_municipality OR u.role::text NOT IN ('CLIENT_COUNCIL', 'RESIDENT') THEN RETURN 'EMAIL_TAKEN'; END IF;
          IF u.role::text <> p_role THEN RETURN 'OTHER_ROLE'; END IF;
          PERFORM app_participant_join(u.id, v_municipality, p_memberships);
          RETURN 'JOINED';
        END IF;
        INSERT INTO access_link (secret_hash, purpose, municipality_id, email, name, role, created_by_user_id, expires_at, memberships)
        VALUES (p_secret_hash, 'INVITATION', v_municipality, p_email, p_name, p_role::role, v_inviter,
                now() + make_interval(mins => p_minutes), p_memberships);
        RETURN 'INVITED';
      END $$`);

    await q(redeem(true));
    for (const fn of FUNCTIONS) {
      await q(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q(`GRANT EXECUTE ON FUNCTION ${fn} TO regiekamer_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(redeem(false));
    for (const fn of FUNCTIONS) await q(`DROP FUNCTION ${fn}`);
    await q(`ALTER TABLE "access_link" DROP COLUMN "memberships"`);
    await q(`DROP INDEX "opgaveteam_member_user_idx"`);
    await q(`ALTER TABLE "opgaveteam_member" DROP CONSTRAINT "opgaveteam_member_user_fkey"`);
    await q(`ALTER TABLE "opgaveteam_member" DROP COLUMN "user_id"`);
    await q(`DROP INDEX "opgaveteam_procesbegeleider_user_idx"`);
    await q(`ALTER TABLE "opgaveteam" DROP CONSTRAINT "opgaveteam_procesbegeleider_user_fkey"`);
    await q(`ALTER TABLE "opgaveteam" DROP COLUMN "procesbegeleider_user_id"`);
  }
}

const FUNCTIONS = ['app_participant_join(bigint, bigint, jsonb)', 'app_participant_invite(bytea, text, text, text, integer, jsonb)'];

/** The AccessLinks migration's redeem, and with `join` the accepted invitation's memberships joined too. */
function redeem(join: boolean): string {
  const joinStep = join ? `\n          PERFORM app_participant_join(v_user, l.municipality_id, l.memberships);` : '';
  return `
      CREATE OR REPLACE FUNCTION app_access_link_redeem(p_secret_hash bytea, p_purpose text, p_password_hash text)
      RETURNS TABLE (user_id bigint, token_version integer, email text, name text, role text, municipality_id bigint, provider_id bigint)
      LANGUAGE plpgsql ${DEFINER} AS $$
      #variable_conflict use_column
      DECLARE
        l access_link;
        v_user bigint;
      BEGIN
        IF p_purpose <> 'LOGIN_LINK' AND (p_password_hash IS NULL OR p_password_hash !~ '^\\$argon2id\\$' OR length(p_password_hash) > 200) THEN
          RAISE EXCEPTION 'not an argon2id hash' USING ERRCODE = 'check_violation';
        END IF;
        UPDATE access_link a SET used_at = now()
         WHERE a.secret_hash = p_secret_hash AND a.purpose = p_purpose AND a.used_at IS NULL AND a.expires_at > now()
        RETURNING a.* INTO l;
        IF NOT FOUND THEN RETURN; END IF;
        IF p_purpose = 'INVITATION' THEN
          IF EXISTS (SELECT 1 FROM app_user u WHERE u.email = l.email) THEN RETURN; END IF;
          INSERT INTO app_user (municipality_id, email, name, role, provider_id, password_hash)
          VALUES (l.municipality_id, l.email, l.name, l.role, l.provider_id, p_password_hash) RETURNING id INTO v_user;
          UPDATE access_link a SET user_id = v_user WHERE a.secret_hash = p_secret_hash;${joinStep}
        ELSIF p_purpose = 'PASSWORD_RESET' THEN
          UPDATE app_user u SET password_hash = p_password_hash WHERE u.id = l.user_id AND u.active RETURNING u.id INTO v_user;
        ELSE
          SELECT u.id INTO v_user FROM app_user u
           WHERE u.id = l.user_id AND u.active
             AND EXISTS (SELECT 1 FROM login_link_role r WHERE r.municipality_id = u.municipality_id AND r.role = u.role);
        END IF;
        RETURN QUERY SELECT u.id, u.token_version, u.email::text, u.name::text, u.role::text, u.municipality_id, u.provider_id
                       FROM app_user u WHERE u.id = v_user AND u.active;
      END $$`;
}
