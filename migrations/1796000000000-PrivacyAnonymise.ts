import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;
const SIGNATURE = `app_privacy_anonymise(text, bigint, bigint, text, text, timestamptz, integer, text)`;

/**
 * Retention and erasure (AVG art. 5(1)(e) and 17): one SECURITY DEFINER function, app_privacy_anonymise, is the only
 * way past the append-only guards. It records its run in `privacy_run` (who or which job, scope, cutoff, rows changed
 * per table) and in the audit log, and opens the guard for UPDATE only while it runs: the guard lets an UPDATE pass
 * when the transaction-local setting `regiekamer.privacy_run` names a run that is still open, and the function closes
 * its run before it returns. Guarded tables are updated, never emptied: rows (counts, hours, money) stay.
 *
 * Scopes: CLIENT (one client of one provider: the erasure of a resident's request) and one per kind of data of the
 * retention schedule (api/src/modules/retention/retention.rules.ts, docs/retention.md) with a cutoff and a batch size.
 * The application role may call it only for CLIENT, as an active REGISSEUR of that municipality (the transaction's
 * actor settings); the owner (the daily job, the operators' command) may call every scope.
 *
 * A client's arrangements keep one marker per provider and client (ANON-<uuid>), so figures that count distinct
 * clients do not change; free text about the client goes; dates that figures are computed from stay as they are.
 */
export class PrivacyAnonymise1796000000000 implements MigrationInterface {
  name = 'PrivacyAnonymise1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`
      CREATE TABLE "privacy_run" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
        "finished_at" TIMESTAMP WITH TIME ZONE,
        "municipality_id" bigint,
        "provider_id" bigint,
        "scope" character varying(30) NOT NULL,
        "cutoff" TIMESTAMP WITH TIME ZONE,
        "reason" character varying(500),
        "job" character varying(60),
        "user_id" bigint,
        "role" character varying(20),
        "request_id" character varying(64),
        "counts" jsonb NOT NULL DEFAULT '{}',
        CONSTRAINT "privacy_run_pkey" PRIMARY KEY ("id")
      )`);
    await q(`CREATE INDEX "privacy_run_municipality_idx" ON "privacy_run" ("municipality_id", "started_at")`);
    await q(`ALTER TABLE privacy_run ENABLE ROW LEVEL SECURITY`);
    await q(`GRANT SELECT ON privacy_run TO regiekamer_app`);
    await q(`
      CREATE POLICY tenant_scope ON privacy_run FOR SELECT TO regiekamer_app
        USING (municipality_id = app_setting_bigint('app.municipality_id') AND app_setting_text('app.role') IN ('REGISSEUR', 'ADMIN'))`);

    // Audit rows whose personal values were removed once their period passed (the rows themselves stay).
    await q(`ALTER TABLE "audit_log" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
    await q(`CREATE INDEX "audit_log_not_anonymised_idx" ON "audit_log" ("id") WHERE "anonymised_at" IS NULL`);

    // The guard, as before, except for an UPDATE inside an open run of app_privacy_anonymise. A run is open only inside
    // that function's own call (it closes it before it returns, and an error aborts the whole transaction), so a flag
    // set by hand names no open run. The flag is read first, so that without it nothing else is looked at.
    await q(`
      CREATE OR REPLACE FUNCTION append_only_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v_run text := NULLIF(current_setting('regiekamer.privacy_run', true), '');
      BEGIN
        IF TG_OP = 'UPDATE' AND v_run IS NOT NULL AND v_run ~ '^[0-9]{1,18}$' THEN
          IF EXISTS (SELECT 1 FROM privacy_run r WHERE r.id = v_run::bigint AND r.finished_at IS NULL) THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'check_violation';
      END $$`);

    // The personal values of one row (as to_jsonb gives it) of a table, removed; the rest of the row kept.
    await q(`
      CREATE FUNCTION privacy_scrub(p_table text, p_row jsonb, p_marker text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE
      SET search_path = public, pg_temp AS $$
      DECLARE
        v jsonb := p_row;
        k text;
        v_text text[];
        v_arrays text[] := '{}';
      BEGIN
        IF v IS NULL OR jsonb_typeof(v) <> 'object' THEN RETURN v; END IF;
        v_text := CASE p_table
          WHEN 'arrangement' THEN ARRAY['client_key']
          WHEN 'arrangement_report' THEN ARRAY['remarks']
          WHEN 'arrangement_network_plan' THEN ARRAY['coordinator', 'plan_summary', 'professional_role']
          WHEN 'waiting_list_entry' THEN ARRAY['note']
          WHEN 'import_reference' THEN ARRAY['external_ref']
          WHEN 'app_user' THEN ARRAY['email', 'name']
          WHEN 'access_link' THEN ARRAY['email', 'name']
          WHEN 'opgave_submission' THEN ARRAY['contact_email']
          WHEN 'user_session' THEN ARRAY['address', 'user_agent']
          ELSE '{}'::text[] END;
        IF p_table = 'arrangement' THEN v_arrays := ARRAY['goals']; END IF;
        IF p_table = 'arrangement_network_plan' THEN v_arrays := ARRAY['decisions_of_network']; END IF;
        FOREACH k IN ARRAY v_text LOOP
          IF v ? k AND jsonb_typeof(v -> k) = 'string' THEN
            v := jsonb_set(v, ARRAY[k], to_jsonb(CASE WHEN k IN ('client_key', 'external_ref') THEN p_marker ELSE '' END));
          END IF;
        END LOOP;
        FOREACH k IN ARRAY v_arrays LOOP
          IF v ? k THEN v := jsonb_set(v, ARRAY[k], '[]'::jsonb); END IF;
        END LOOP;
        -- When a row was written says when the client was in care: the month is enough.
        FOREACH k IN ARRAY ARRAY['created_at', 'updated_at'] LOOP
          IF p_table IN ('arrangement', 'arrangement_report', 'arrangement_network_plan', 'waiting_list_entry') AND jsonb_typeof(v -> k) = 'string' THEN
            v := jsonb_set(v, ARRAY[k], to_jsonb(left(v ->> k, 7) || '-01'));
          END IF;
        END LOOP;
        RETURN v;
      END $$`);

    // One client's arrangements (ids, all of one provider and one client key) anonymised with one marker: per table the rows changed.
    await q(`
      CREATE FUNCTION privacy_anonymise_arrangements(p_ids bigint[], p_key text, p_marker text) RETURNS jsonb
      LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
      DECLARE
        n integer;
        c jsonb := '{}';
        v_reports bigint[];
        v_plans bigint[];
        v_refs bigint[];
      BEGIN
        UPDATE arrangement SET client_key = p_marker, goals = '{}' WHERE id = ANY(p_ids) AND client_key = p_key;
        GET DIAGNOSTICS n = ROW_COUNT; c := c || jsonb_build_object('arrangement', n);
        SELECT COALESCE(array_agg(id), '{}') INTO v_reports FROM arrangement_report WHERE arrangement_id = ANY(p_ids);
        UPDATE arrangement_report SET remarks = NULL WHERE id = ANY(v_reports) AND remarks IS NOT NULL;
        GET DIAGNOSTICS n = ROW_COUNT; c := c || jsonb_build_object('arrangement_report', n);
        SELECT COALESCE(array_agg(id), '{}') INTO v_plans FROM arrangement_network_plan WHERE arrangement_id = ANY(p_ids);
        UPDATE arrangement_network_plan SET coordinator = '-', plan_summary = '-', professional_role = '-', decisions_of_network = '{}'
         WHERE id = ANY(v_plans) AND (coordinator, plan_summary, professional_role) IS DISTINCT FROM ('-', '-', '-');
        GET DIAGNOSTICS n = ROW_COUNT; c := c || jsonb_build_object('arrangement_network_plan', n);
        UPDATE waiting_list_entry SET note = NULL WHERE arrangement_id = ANY(p_ids) AND note IS NOT NULL;
        GET DIAGNOSTICS n = ROW_COUNT; c := c || jsonb_build_object('waiting_list_entry', n);
        SELECT COALESCE(array_agg(id), '{}') INTO v_refs FROM import_reference WHERE kind = 'ARRANGEMENTS' AND record_id = ANY(p_ids);
        UPDATE import_reference SET external_ref = 'ANON-' || gen_random_uuid() WHERE id = ANY(v_refs) AND external_ref NOT LIKE 'ANON-%';
        GET DIAGNOSTICS n = ROW_COUNT; c := c || jsonb_build_object('import_reference', n);
        -- Documents are not tied to an arrangement; a title or file name that carries the key loses it.
        IF length(p_key) >= 4 THEN
          UPDATE document SET title = replace(title, p_key, p_marker), file_name = replace(file_name, p_key, p_marker)
           WHERE municipality_id = (SELECT municipality_id FROM arrangement WHERE id = p_ids[1])
             AND (strpos(title, p_key) > 0 OR strpos(file_name, p_key) > 0);
          GET DIAGNOSTICS n = ROW_COUNT; c := c || jsonb_build_object('document', n);
        END IF;
        -- Last, so that the audit rows the updates above just wrote are covered too.
        UPDATE audit_log a SET before = privacy_scrub(a.table_name, a.before, p_marker), after = privacy_scrub(a.table_name, a.after, p_marker)
         WHERE ((a.table_name = 'arrangement' AND a.entity_id = ANY(p_ids))
             OR (a.table_name = 'arrangement_report' AND a.entity_id = ANY(v_reports))
             OR (a.table_name = 'arrangement_network_plan' AND a.entity_id = ANY(v_plans))
             OR (a.table_name = 'import_reference' AND a.entity_id = ANY(v_refs))
             OR (a.table_name = 'waiting_list_entry' AND (COALESCE(a.after, a.before) ->> 'arrangement_id')::bigint = ANY(p_ids)))
           AND (a.before IS DISTINCT FROM privacy_scrub(a.table_name, a.before, p_marker)
             OR a.after IS DISTINCT FROM privacy_scrub(a.table_name, a.after, p_marker));
        GET DIAGNOSTICS n = ROW_COUNT; c := c || jsonb_build_object('audit_log', n);
        RETURN c;
      END $$`);
    await q(`REVOKE ALL ON FUNCTION privacy_anonymise_arrangements(bigint[], text, text) FROM PUBLIC`);
    await q(`REVOKE ALL ON FUNCTION privacy_scrub(text, jsonb, text) FROM PUBLIC`);

    await q(`
      CREATE FUNCTION app_privacy_anonymise(
        p_scope text, p_municipality_id bigint, p_provider_id bigint, p_client_key text, p_reason text,
        p_cutoff timestamptz, p_limit integer, p_job text) RETURNS jsonb
      LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_trusted boolean := session_user = current_user OR COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false);
        v_user bigint := app_setting_bigint('app.user_id');
        v_run bigint;
        v_ids bigint[];
        v_counts jsonb := '{}';
        v_part jsonb;
        v_total bigint := 0;
        n integer;
        g record;
      BEGIN
        IF NOT v_trusted THEN
          -- The application role: only a regisseur's erasure of one client of their own municipality.
          IF p_scope <> 'CLIENT' OR p_municipality_id IS DISTINCT FROM app_setting_bigint('app.municipality_id')
             OR app_setting_text('app.role') IS DISTINCT FROM 'REGISSEUR'
             OR NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = v_user AND u.role = 'REGISSEUR' AND u.active AND u.municipality_id = p_municipality_id) THEN
            RAISE EXCEPTION 'anonymisation is refused for this caller' USING ERRCODE = 'insufficient_privilege';
          END IF;
        END IF;
        IF p_scope = 'CLIENT' AND (p_municipality_id IS NULL OR p_provider_id IS NULL OR COALESCE(btrim(p_client_key), '') = ''
                                   OR COALESCE(btrim(p_reason), '') = '') THEN
          RAISE EXCEPTION 'CLIENT needs a municipality, a provider, a client key and a reason' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF p_scope <> 'CLIENT' AND (p_cutoff IS NULL OR p_limit IS NULL OR p_limit < 1) THEN
          RAISE EXCEPTION '% needs a cutoff and a batch size', p_scope USING ERRCODE = 'invalid_parameter_value';
        END IF;

        INSERT INTO privacy_run (municipality_id, provider_id, scope, cutoff, reason, job, user_id, role, request_id)
        VALUES (p_municipality_id, p_provider_id, p_scope, p_cutoff, left(p_reason, 500), p_job,
                v_user, COALESCE(app_setting_text('app.role'), 'SYSTEM'), app_setting_text('app.request_id'))
        RETURNING id INTO v_run;
        PERFORM set_config('regiekamer.privacy_run', v_run::text, true);

        IF p_scope = 'CLIENT' THEN
          SELECT COALESCE(array_agg(id), '{}') INTO v_ids FROM arrangement
           WHERE municipality_id = p_municipality_id AND provider_id = p_provider_id AND client_key = p_client_key;
          IF cardinality(v_ids) > 0 THEN
            v_counts := privacy_anonymise_arrangements(v_ids, p_client_key, 'ANON-' || gen_random_uuid());
          END IF;
        ELSIF p_scope = 'ARRANGEMENT' THEN
          -- A client of a provider whose every arrangement ended before the cutoff; one marker per client and provider.
          FOR g IN
            SELECT array_agg(a.id) AS ids, a.client_key FROM arrangement a
             WHERE a.client_key NOT LIKE 'ANON-%'
             GROUP BY a.municipality_id, a.provider_id, a.client_key
            HAVING bool_and(a.status = 'ENDED' AND a.ended_on IS NOT NULL) AND max(a.ended_on) < p_cutoff::date
             LIMIT p_limit
          LOOP
            v_part := privacy_anonymise_arrangements(g.ids, g.client_key, 'ANON-' || gen_random_uuid());
            SELECT COALESCE(jsonb_object_agg(k, COALESCE((v_counts ->> k)::bigint, 0) + COALESCE((v_part ->> k)::bigint, 0)), '{}') INTO v_counts
              FROM (SELECT jsonb_object_keys(v_counts) UNION SELECT jsonb_object_keys(v_part)) keys(k);
          END LOOP;
        ELSIF p_scope = 'AUDIT_LOG' THEN
          UPDATE audit_log a SET before = privacy_scrub(a.table_name, a.before, 'ANON'), after = privacy_scrub(a.table_name, a.after, 'ANON'),
                                 anonymised_at = clock_timestamp()
           WHERE a.id IN (SELECT id FROM audit_log WHERE anonymised_at IS NULL AND at < p_cutoff ORDER BY id LIMIT p_limit);
          GET DIAGNOSTICS n = ROW_COUNT; v_counts := jsonb_build_object('audit_log', n);
        ELSIF p_scope = 'OPGAVE_CONTACT' THEN
          UPDATE opgave_submission SET contact_email = NULL
           WHERE id IN (SELECT id FROM opgave_submission WHERE contact_email IS NOT NULL AND status <> 'PENDING' AND decided_at < p_cutoff LIMIT p_limit);
          GET DIAGNOSTICS n = ROW_COUNT; v_counts := jsonb_build_object('opgave_submission', n);
        ELSIF p_scope = 'SURVEY_ANSWER' THEN
          -- The scores stay (the figures of past years); the resident's own words give way to the masked text, if any.
          UPDATE survey_answer SET open_text = COALESCE(masked_text, '')
           WHERE id IN (SELECT id FROM survey_answer WHERE open_text IS NOT NULL AND open_text IS DISTINCT FROM COALESCE(masked_text, '')
                                                   AND make_date(year + 1, 1, 1) <= p_cutoff::date LIMIT p_limit);
          GET DIAGNOSTICS n = ROW_COUNT; v_counts := jsonb_build_object('survey_answer', n);
        ELSIF p_scope = 'ACCESS_LINK' THEN
          DELETE FROM access_link WHERE secret_hash IN (
            SELECT secret_hash FROM access_link WHERE GREATEST(expires_at, COALESCE(used_at, expires_at)) < p_cutoff LIMIT p_limit);
          GET DIAGNOSTICS n = ROW_COUNT; v_counts := jsonb_build_object('access_link', n);
        ELSIF p_scope = 'LOGIN_ATTEMPT' THEN
          DELETE FROM login_attempt WHERE id IN (SELECT id FROM login_attempt WHERE at < p_cutoff LIMIT p_limit);
          GET DIAGNOSTICS n = ROW_COUNT; v_counts := jsonb_build_object('login_attempt', n);
        ELSIF p_scope = 'USER_SESSION' THEN
          DELETE FROM user_session WHERE id IN (
            SELECT id FROM user_session WHERE LEAST(COALESCE(ended_at, expires_at), expires_at) < p_cutoff LIMIT p_limit);
          GET DIAGNOSTICS n = ROW_COUNT; v_counts := jsonb_build_object('user_session', n);
        ELSIF p_scope = 'OUTGOING_MESSAGE' THEN
          -- Kept as a row (its idempotency key stops a second sending), without address or body.
          UPDATE outgoing_message SET address = '', body_text = '', body_html = ''
           WHERE id IN (SELECT id FROM outgoing_message WHERE status <> 'PENDING' AND address <> '' AND COALESCE(sent_at, created_at) < p_cutoff LIMIT p_limit);
          GET DIAGNOSTICS n = ROW_COUNT; v_counts := jsonb_build_object('outgoing_message', n);
        ELSIF p_scope = 'IDEMPOTENCY_KEY' THEN
          DELETE FROM idempotency_key WHERE (user_id, key) IN (SELECT user_id, key FROM idempotency_key WHERE created_at < p_cutoff LIMIT p_limit);
          GET DIAGNOSTICS n = ROW_COUNT; v_counts := jsonb_build_object('idempotency_key', n);
        ELSIF p_scope = 'NOTIFICATION' THEN
          DELETE FROM notification WHERE id IN (SELECT id FROM notification WHERE created_at < p_cutoff LIMIT p_limit);
          GET DIAGNOSTICS n = ROW_COUNT; v_counts := jsonb_build_object('notification', n);
        ELSE
          RAISE EXCEPTION 'unknown anonymisation scope %', p_scope USING ERRCODE = 'invalid_parameter_value';
        END IF;

        PERFORM set_config('regiekamer.privacy_run', '', true);
        SELECT COALESCE(sum(value::bigint), 0) INTO v_total FROM jsonb_each_text(v_counts);
        IF v_total = 0 AND p_scope <> 'CLIENT' THEN
          -- A run of the schedule that found nothing leaves no trace: a second run changes nothing.
          DELETE FROM privacy_run WHERE id = v_run;
        ELSE
          UPDATE privacy_run SET finished_at = clock_timestamp(), counts = v_counts WHERE id = v_run;
          INSERT INTO audit_log (municipality_id, user_id, role, provider_id, request_id, table_name, operation, entity_id, before, after)
          SELECT r.municipality_id, v_user, COALESCE(app_setting_text('app.role'), 'SYSTEM'), app_setting_bigint('app.provider_id'),
                 app_setting_text('app.request_id'), 'privacy_run', 'INSERT', r.id, NULL, to_jsonb(r)
            FROM privacy_run r WHERE r.id = v_run;
        END IF;
        RETURN v_counts;
      END $$`);
    await q(`REVOKE ALL ON FUNCTION ${SIGNATURE} FROM PUBLIC`);
    await q(`GRANT EXECUTE ON FUNCTION ${SIGNATURE} TO regiekamer_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP FUNCTION ${SIGNATURE}`);
    await q(`DROP FUNCTION privacy_anonymise_arrangements(bigint[], text, text)`);
    await q(`DROP FUNCTION privacy_scrub(text, jsonb, text)`);
    await q(`
      CREATE OR REPLACE FUNCTION append_only_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'check_violation';
      END $$`);
    await q(`DROP INDEX "audit_log_not_anonymised_idx"`);
    await q(`ALTER TABLE "audit_log" DROP COLUMN "anonymised_at"`);
    await q(`DROP TABLE "privacy_run"`);
  }
}
