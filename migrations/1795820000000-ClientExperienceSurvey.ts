import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;
const ME = `app_setting_bigint('app.provider_id')`;
const ROLE = `app_setting_text('app.role')`;
const TENANT = `municipality_id = app_setting_bigint('app.municipality_id')`;

/**
 * The Wmo client experience survey (#22). `survey_code`: a one-time code a representative issued for an arrangement,
 * kept by its SHA-256 only, with the day it was issued and the day it expires, and whether it was used. `survey_answer`:
 * an answer, with provider, product category and year only: no reference to the code or the arrangement, no time, and
 * a random id, so neither the order of ids nor a timestamp matches an answer to the moment a code was used.
 * `survey_code_guess`: wrong codes tried per (keyed hash of a) network address, for the guessing limit.
 *
 * Audit: issuing a code is audited (who issued one for which arrangement); its use is not (the audit row's time would
 * be the answer's time), and answers are not audited at all (the audit log keeps every value with a timestamp; the
 * regisseur's masking would copy the confidential original into it). See docs/transformation.md.
 */
export class ClientExperienceSurvey1795820000000 implements MigrationInterface {
  name = 'ClientExperienceSurvey1795820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`
      CREATE TABLE "survey_code" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "municipality_id" bigint NOT NULL,
        "provider_id" bigint NOT NULL,
        "arrangement_id" bigint NOT NULL,
        "code_hash" bytea NOT NULL,
        "issued_on" date NOT NULL,
        "expires_on" date NOT NULL,
        "used" boolean NOT NULL DEFAULT false,
        "issued_by_user_id" bigint NOT NULL,
        CONSTRAINT "survey_code_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "survey_code_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT,
        CONSTRAINT "survey_code_provider_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT,
        CONSTRAINT "survey_code_arrangement_fkey" FOREIGN KEY ("arrangement_id") REFERENCES "arrangement"("id") ON DELETE RESTRICT,
        CONSTRAINT "survey_code_user_fkey" FOREIGN KEY ("issued_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
        CONSTRAINT "survey_code_expiry_check" CHECK ("expires_on" > "issued_on")
      )`);
    await q(`CREATE UNIQUE INDEX "survey_code_hash_key" ON "survey_code" ("code_hash")`);
    await q(`CREATE INDEX "survey_code_arrangement_idx" ON "survey_code" ("arrangement_id", "issued_on")`);
    await q(`CREATE INDEX "survey_code_provider_idx" ON "survey_code" ("municipality_id", "provider_id", "issued_on")`);

    await q(`
      CREATE TABLE "survey_answer" (
        "id" uuid NOT NULL,
        "municipality_id" bigint NOT NULL,
        "provider_id" bigint NOT NULL,
        "product_category" "public"."product_category" NOT NULL,
        "year" smallint NOT NULL,
        "scores" smallint array NOT NULL,
        "open_text" character varying(2000),
        "masked_text" character varying(2000),
        "quoted" boolean NOT NULL DEFAULT false,
        CONSTRAINT "survey_answer_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "survey_answer_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT,
        CONSTRAINT "survey_answer_provider_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT,
        CONSTRAINT "survey_answer_scores_check" CHECK (cardinality("scores") = 8 AND array_position("scores", NULL) IS NULL AND "scores" <@ '{0,1,2,3,4,5}'::smallint[] AND ("scores" && '{1,2,3,4,5}'::smallint[] OR "open_text" IS NOT NULL)),
        CONSTRAINT "survey_answer_year_check" CHECK ("year" BETWEEN 2000 AND 2100),
        CONSTRAINT "survey_answer_quote_check" CHECK (NOT "quoted" OR "masked_text" IS NOT NULL)
      )`);
    await q(`CREATE INDEX "survey_answer_year_idx" ON "survey_answer" ("municipality_id", "year", "provider_id")`);

    await q(`
      CREATE TABLE "survey_code_guess" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "address_hash" bytea NOT NULL,
        "tried_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "survey_code_guess_pkey" PRIMARY KEY ("id")
      )`);
    await q(`CREATE INDEX "survey_code_guess_address_idx" ON "survey_code_guess" ("address_hash", "tried_at")`);

    await this.security(q);
    await this.functions(q);
  }

  /** Row security: codes for the regisseur and the provider's own representative; answers for the regisseur only. */
  private async security(q: (sql: string) => Promise<unknown>): Promise<void> {
    await q(`GRANT SELECT, INSERT ON survey_code TO regiekamer_app`);
    await q(`GRANT SELECT ON survey_answer TO regiekamer_app`);
    await q(`GRANT UPDATE (masked_text, quoted) ON survey_answer TO regiekamer_app`);
    await q(`REVOKE ALL ON survey_code_guess FROM regiekamer_app`);
    const policies: [table: string, using: string, check: string][] = [
      ['survey_code', `${TENANT} AND (${ROLE} = 'REGISSEUR' OR (${ROLE} = 'PROVIDER_REP' AND provider_id = ${ME}))`, `${TENANT} AND ${ROLE} = 'PROVIDER_REP' AND provider_id = ${ME}`],
      ['survey_answer', `${TENANT} AND ${ROLE} = 'REGISSEUR'`, `${TENANT} AND ${ROLE} = 'REGISSEUR'`],
    ];
    for (const [table, using, check] of policies) {
      await q(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY survey_scope ON ${table} TO regiekamer_app USING (${using}) WITH CHECK (${check})`);
      await q(`
        CREATE POLICY no_participants ON ${table} AS RESTRICTIVE TO regiekamer_app
          USING (${ROLE} IS NULL OR ${ROLE} NOT IN ('CLIENT_COUNCIL', 'RESIDENT'))`);
      await q(`DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON ${table} TO %I USING (true) WITH CHECK (true)', current_user); END $$`);
    }
    // Issuing is recorded; using is not: see above.
    await q(`CREATE TRIGGER audit AFTER INSERT ON survey_code FOR EACH ROW EXECUTE FUNCTION audit_row()`);
  }

  private async functions(q: (sql: string) => Promise<unknown>): Promise<void> {
    // The guessing limit: true when this address tried too many wrong codes in the window.
    await q(`
      CREATE FUNCTION app_survey_limited(p_address bytea, p_max integer, p_minutes integer) RETURNS boolean
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT count(*) >= p_max FROM survey_code_guess g
         WHERE g.address_hash = p_address AND g.tried_at > now() - make_interval(mins => p_minutes)
      $$`);
    // A wrong code: counted, and this address's guesses older than a day are cleared.
    await q(`
      CREATE FUNCTION app_survey_guess(p_address bytea) RETURNS void LANGUAGE sql ${DEFINER} AS $$
        DELETE FROM survey_code_guess g WHERE g.address_hash = p_address AND g.tried_at < now() - interval '1 day';
        INSERT INTO survey_code_guess (address_hash) VALUES (p_address);
      $$`);
    // What a code is, for the page it opens, and nothing about any other code. "Today" is the API clock's calendar day
    // in the municipality (Europe/Amsterdam), as everywhere else: codes expire by it and answers take its year.
    await q(`
      CREATE FUNCTION app_survey_code_state(p_hash bytea, p_address bytea, p_max integer, p_minutes integer, p_today date)
      RETURNS TABLE (state text, expires_on date)
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        c survey_code;
      BEGIN
        IF app_survey_limited(p_address, p_max, p_minutes) THEN
          RETURN QUERY SELECT 'LIMITED'::text, NULL::date; RETURN;
        END IF;
        SELECT * INTO c FROM survey_code s WHERE s.code_hash = p_hash;
        IF NOT FOUND THEN
          PERFORM app_survey_guess(p_address);
          RETURN QUERY SELECT 'UNKNOWN'::text, NULL::date; RETURN;
        END IF;
        RETURN QUERY SELECT CASE WHEN c.used THEN 'USED' WHEN p_today >= c.expires_on THEN 'EXPIRED' ELSE 'VALID' END, c.expires_on;
      END $$`);
    // Answers with a code, once: the code is marked used and the answer stored with provider, category and year only.
    // Two requests with one code: the second waits for the first's row lock and then finds it used.
    await q(`
      CREATE FUNCTION app_survey_submit(p_hash bytea, p_address bytea, p_max integer, p_minutes integer, p_scores smallint[], p_open text, p_today date)
      RETURNS text LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        c survey_code;
      BEGIN
        IF app_survey_limited(p_address, p_max, p_minutes) THEN RETURN 'LIMITED'; END IF;
        UPDATE survey_code s SET used = true
         WHERE s.code_hash = p_hash AND NOT s.used AND s.expires_on > p_today
        RETURNING s.* INTO c;
        IF NOT FOUND THEN
          SELECT * INTO c FROM survey_code s WHERE s.code_hash = p_hash;
          IF NOT FOUND THEN
            PERFORM app_survey_guess(p_address);
            RETURN 'UNKNOWN';
          END IF;
          RETURN CASE WHEN c.used THEN 'USED' ELSE 'EXPIRED' END;
        END IF;
        INSERT INTO survey_answer (id, municipality_id, provider_id, product_category, year, scores, open_text)
        SELECT gen_random_uuid(), c.municipality_id, c.provider_id, a.product_category, extract(year FROM p_today)::smallint, p_scores, p_open
          FROM arrangement a WHERE a.id = c.arrangement_id;
        RETURN 'OK';
      END $$`);
    // The counts behind the results, per provider, category and question, for the viewer's municipality (a
    // representative: their own provider). Counts only: no answer row leaves the function.
    await q(`
      CREATE FUNCTION app_survey_tally(p_year integer)
      RETURNS TABLE (provider_id bigint, product_category text, question integer, responses integer, answered integer, agreeing integer)
      LANGUAGE plpgsql STABLE ${DEFINER} AS $$
      DECLARE
        v_role text := ${ROLE};
      BEGIN
        IF app_setting_bigint('app.municipality_id') IS NULL OR v_role IS NULL OR v_role NOT IN ('REGISSEUR', 'ANALYST', 'PROVIDER_REP') THEN
          RAISE EXCEPTION 'survey results not allowed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN QUERY
          SELECT a.provider_id, a.product_category::text, s.i::integer, count(*)::integer,
                 count(*) FILTER (WHERE s.v > 0)::integer, count(*) FILTER (WHERE s.v >= 4)::integer
            FROM survey_answer a CROSS JOIN LATERAL unnest(a.scores) WITH ORDINALITY AS s(v, i)
           WHERE a.municipality_id = app_setting_bigint('app.municipality_id') AND a.year = p_year
             AND (v_role <> 'PROVIDER_REP' OR a.provider_id = ${ME})
           GROUP BY a.provider_id, a.product_category, s.i;
      END $$`);
    for (const fn of FUNCTIONS) {
      await q(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      if (!fn.startsWith('app_survey_limited') && !fn.startsWith('app_survey_guess')) await q(`GRANT EXECUTE ON FUNCTION ${fn} TO regiekamer_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of [...FUNCTIONS].reverse()) await queryRunner.query(`DROP FUNCTION ${fn}`);
    await queryRunner.query(`DROP TABLE "survey_code_guess"`);
    await queryRunner.query(`DROP TABLE "survey_answer"`);
    await queryRunner.query(`DROP TABLE "survey_code"`);
  }
}

const FUNCTIONS = [
  'app_survey_limited(bytea, integer, integer)',
  'app_survey_guess(bytea)',
  'app_survey_code_state(bytea, bytea, integer, integer, date)',
  'app_survey_submit(bytea, bytea, integer, integer, smallint[], text, date)',
  'app_survey_tally(integer)',
];
