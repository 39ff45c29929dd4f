import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;

/**
 * The retention schedule's rule for residents' requests (PRIVACY_REQUEST): app_privacy_anonymise learns the scope.
 * The compiled inzage document holds the client's data itself; it is kept only as long as questions about the answer
 * can come. The function is the previous one (1796000000000) with that one branch more.
 */
export class PrivacyRequestRetention1796410000000 implements MigrationInterface {
  name = 'PrivacyRequestRetention1796410000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION app_privacy_anonymise(
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
        ELSIF p_scope = 'PRIVACY_REQUEST' THEN
          -- A request answered before the cutoff: the released document and the request's free text go; its kind, dates,
          -- decision, ground and the document's checksum stay (what was released can still be proven against a copy).
          SELECT COALESCE(array_agg(id), '{}') INTO v_ids FROM (
            SELECT r.id FROM privacy_request r
             WHERE r.answered_on < p_cutoff::date
               AND (r.description IS NOT NULL OR r.reference IS NOT NULL OR r.decision_note IS NOT NULL
                    OR EXISTS (SELECT 1 FROM privacy_request_document d WHERE d.request_id = r.id))
             ORDER BY r.id LIMIT p_limit) due;
          DELETE FROM privacy_request_document WHERE request_id = ANY (v_ids);
          GET DIAGNOSTICS n = ROW_COUNT; v_counts := jsonb_build_object('privacy_request_document', n);
          UPDATE privacy_request SET description = NULL, reference = NULL, decision_note = NULL WHERE id = ANY (v_ids);
          GET DIAGNOSTICS n = ROW_COUNT; v_counts := v_counts || jsonb_build_object('privacy_request', n);
          -- The request's audit rows (this update's own included) lose the same free text.
          UPDATE audit_log a SET before = a.before - 'description' - 'reference' - 'decision_note',
                                 after = a.after - 'description' - 'reference' - 'decision_note'
           WHERE a.table_name = 'privacy_request' AND a.entity_id = ANY (v_ids)
             AND (a.before ?| ARRAY['description', 'reference', 'decision_note'] OR a.after ?| ARRAY['description', 'reference', 'decision_note']);
          GET DIAGNOSTICS n = ROW_COUNT; v_counts := v_counts || jsonb_build_object('audit_log', n);
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
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION app_privacy_anonymise(
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
  }
}
