import { startApp, type RunningApp } from '../../api/src/app';
import { fixedClock } from '../../api/src/clock';
import { CONSTRAINT_RULES, problemForViolation } from '../../api/src/db/constraint-problems';
import { Database } from '../../api/src/db/database';
import { MINORITY_POSITION_REQUIRED } from '../../api/src/modules/decision/decision.rules';
import { SYSTEM_ACTOR } from '../../api/src/db/request-db';
import { hashPassword } from '../../api/src/shared/auth/passwords';
import { silentLogger } from '../../api/src/shared/logger';
import { seedDemo } from '../../seeds/demo';
import { createTestDatabase, testAppPassword, type TestDatabase } from '../support/test-db';
import { gid, testConfig, type GraphQLResponse } from '../support/test-app';
import { localId as localIdOf } from '../support/participation';

/**
 * A database constraint violation is answered with the userError of the same rule in TypeScript, never a masked 500.
 * Every CHECK, UNIQUE and exclusion constraint of the schema has its rule in db/constraint-problems.ts; each one that
 * the demo data gives rows for is violated for real here; and a mutation whose service misses a case gets a userError
 * over HTTP, with nothing stored.
 */
interface DbConstraint {
  name: string;
  tbl: string;
}

const CONSTRAINTS_SQL = `
  SELECT c.conname AS name, c.conrelid::regclass::text AS tbl FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
   WHERE n.nspname = 'public' AND c.contype IN ('c', 'u', 'x')
  UNION ALL
  SELECT i.relname, t.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = i.relnamespace
   WHERE n.nspname = 'public' AND x.indisunique AND NOT x.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
  ORDER BY 2, 1`;

/**
 * A real violation: a copy of the table's first row with some columns replaced (SQL expressions over the row `s`), in a
 * transaction that is rolled back. `before` runs first in the same transaction.
 */
interface Violation {
  table: string;
  set: Record<string, string>;
  before?: string;
  /** Which row is copied: the first by this order (default: by id). */
  order?: string;
}
const VIOLATIONS: Record<string, Violation> = {
  UQ_d3dc24e45636cba0e760ae77993: { table: 'notification', set: {} },
  UQ_811db96417b2860bb81e20ab9ef: { table: 'outgoing_message', set: {} },
  outgoing_message_status_check: { table: 'outgoing_message', set: { status: `'UNKNOWN'`, idempotency_key: `'other'` } },
  outgoing_message_calendar_check: {
    table: 'outgoing_message',
    set: { calendar_method: `'PUBLISH'`, calendar_text: `'x'`, idempotency_key: `'other'` },
  },
  notification_preference_mode_check: {
    table: 'notification_preference',
    set: { mode: `'SOMETIMES'`, kind: `'ACTION_OVERDUE'` },
    order: 's.user_id',
  },
  UQ_3fa909d0e37c531ebc237703391: { table: 'app_user', set: {} },
  UQ_c9a438776da641c3564a9022a9c: { table: 'municipality', set: {} },
  provider_municipality_name_key: { table: 'provider', set: {} },
  login_attempt_outcome_check: { table: 'login_attempt', set: { outcome: `'UNKNOWN'` } },
  login_attempt_purpose_check: { table: 'login_attempt', set: { purpose: `'UNKNOWN'` } },
  access_link_purpose_check: { table: 'access_link', set: { purpose: `'UNKNOWN'`, secret_hash: `sha256('other'::bytea)` }, order: 's.created_at' },
  arrangement_hours_check: { table: 'arrangement', set: { hours_per_week: '-1' } },
  arrangement_cost_check: { table: 'arrangement', set: { planned_cost_cents: '-1' } },
  arrangement_record_key_check: { table: 'arrangement', set: { record_key: '-1' } },
  arrangement_planned_cost_bound: { table: 'arrangement', set: { planned_cost_cents: '100000001' } },
  arrangement_end_check: { table: 'arrangement', set: { status: `'ENDED'`, ended_on: `s.requested_on - 1`, starts_on: 'NULL' } },
  arrangement_start_check: { table: 'arrangement', set: { starts_on: `s.requested_on - 1` } },
  arrangement_report_amounts_check: { table: 'arrangement_report', set: { cost_cents: '-1', period_start: `s.period_start - 1` } },
  arrangement_report_cost_bound: { table: 'arrangement_report', set: { cost_cents: '100000001', period_start: `s.period_start - 1` } },
  arrangement_report_hours_bound: {
    table: 'arrangement_report',
    set: { hours_delivered: '24 * (s.period_end - s.period_start + 2) + 1', period_start: `s.period_start - 1` },
  },
  arrangement_report_period_check: { table: 'arrangement_report', set: { period_end: 's.period_start - 1', hours_delivered: '0' } },
  arrangement_report_period_overlap: { table: 'arrangement_report', set: { period_start: 's.period_end', period_end: 's.period_end' } },
  arrangement_report_correction_check: { table: 'arrangement_report', set: { corrects_report_id: 's.id' } },
  arrangement_report_correction_key: {
    table: 'arrangement_report',
    set: {},
    before: `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents,
               entry, corrects_report_id, correction_reason, created_by_user_id)
             SELECT municipality_id, arrangement_id, provider_id, period_start, period_end, -hours_delivered, -cost_cents, 'REVERSAL', id, 'Fout',
               created_by_user_id FROM arrangement_report ORDER BY id LIMIT 1`,
    order: 's.corrects_report_id NULLS LAST',
  },
  convenant_budget_check: { table: 'convenant', set: { budget_cents: '-1' } },
  convenant_budget_bound: { table: 'convenant', set: { budget_cents: '1000000000001' } },
  convenant_period_check: { table: 'convenant', set: { ends_on: 's.starts_on - 1' } },
  convenant_party_signature_check: {
    table: 'convenant_party',
    set: { signed_at: 'now()', signed_by_user_id: 'NULL', kind: `'PROVIDER'`, provider_id: '(SELECT max(id) + 1000 FROM provider)' },
    before: `ALTER TABLE convenant_party DISABLE TRIGGER USER`,
  },
  convenant_party_kind_check: {
    table: 'convenant_party',
    set: { kind: `'MUNICIPALITY'`, provider_id: '(SELECT min(id) FROM provider)' },
    before: `ALTER TABLE convenant_party DISABLE TRIGGER USER`,
  },
  convenant_party_municipality_key: {
    table: 'convenant_party',
    set: { kind: `'MUNICIPALITY'`, provider_id: 'NULL' },
    before: `ALTER TABLE convenant_party DISABLE TRIGGER USER`,
  },
  convenant_party_provider_key: {
    table: 'convenant_party',
    set: { kind: `'PROVIDER'`, provider_id: `(SELECT min(provider_id) FROM convenant_party)` },
    before: `ALTER TABLE convenant_party DISABLE TRIGGER USER`,
  },
  convenant_in_force_overlap: { table: 'convenant', set: {} },
  convenant_amendment_budget_check: { table: 'convenant_amendment', set: { budget_cents: '-1' } },
  convenant_amendment_effective_check: { table: 'convenant_amendment', set: { status: `'IN_EFFECT'`, effective_on: 'NULL' } },
  convenant_amendment_reason_check: { table: 'convenant_amendment', set: { reason: `' '` } },
  convenant_amendment_open_key: { table: 'convenant_amendment', set: {} },
  convenant_amendment_party_signature_check: { table: 'convenant_amendment_party', set: { signed_at: 'now()', signed_by_user_id: 'NULL' } },
  convenant_amendment_party_provider_key: { table: 'convenant_amendment_party', set: {} },
  provider_deactivation_check: { table: 'provider', set: { active: 'false', name: `s.name || ' 2'` } },
  opgave_rung_check: { table: 'opgave', set: { ownership_rung: '6' } },
  opgave_rung_change_rung_check: { table: 'opgave_rung_change', set: { rung: '0' } },
  opgaveteam_opgave_key: { table: 'opgaveteam', set: {} },
  // Tables the demo data leaves empty get one valid row each first (BASE_ROWS).
  overleg_agenda_item_position_key: { table: 'overleg_agenda_item', set: {} },
  overleg_time_check: { table: 'overleg', set: { starts_at: `'14:00'`, ends_at: `'13:00'` } },
  decision_minority_check: { table: 'decision', set: { votes_against: '1', minority_position: 'NULL' } },
  decision_votes_check: { table: 'decision', set: { votes_for: '-1' } },
  decision_minority_confirmation_decision_key: { table: 'decision_minority_confirmation', set: {} },
  proposal_council_check: { table: 'proposal', set: { council_checked_on: `'2026-06-01'`, council_verdict: 'NULL' } },
  proposal_feedback_check: { table: 'proposal', set: { feedback_on: `'2026-06-01'`, feedback_summary: 'NULL' } },
  opgave_selection_votes_check: { table: 'opgave_selection', set: { votes: '-1', opgave_id: '(SELECT max(id) FROM opgave)' } },
  opgave_selection_decision_opgave_key: { table: 'opgave_selection', set: {} },
  atelier_hours_norm_check: { table: 'atelier', set: { hours_norm: '0' } },
  atelier_hours_hours_check: { table: 'atelier_hours', set: { hours: '25' } },
  atelier_meeting_design_key: { table: 'atelier_meeting', set: {} },
  opgave_submission_outcome_check: { table: 'opgave_submission', set: { status: `'DECLINED'`, decided_at: 'now()' } },
  consent_participant_active_key: { table: 'consent', set: {}, order: `s.subject_kind <> 'PARTICIPANT', s.withdrawn_at IS NOT NULL, s.id` },
  consent_member_active_key: { table: 'consent', set: {}, order: `s.subject_kind <> 'OPGAVETEAM_MEMBER', s.withdrawn_at IS NOT NULL, s.id` },
  consent_submission_active_key: { table: 'consent', set: {}, order: `s.subject_kind <> 'SUBMISSION', s.withdrawn_at IS NOT NULL, s.id` },
  consent_subject_check: {
    table: 'consent',
    set: { subject_kind: `'SUBMISSION'`, purpose: `'SURVEY_INVITATION'` },
    order: `s.subject_kind <> 'PARTICIPANT', s.withdrawn_at IS NOT NULL, s.id`,
  },
  consent_withdrawal_check: {
    table: 'consent',
    set: { withdrawn_at: 'now()', withdrawn_channel: 'NULL' },
    order: `s.subject_kind <> 'PARTICIPANT', s.withdrawn_at IS NOT NULL, s.id`,
  },
  privacy_request_answer_check: { table: 'privacy_request', set: { status: `'ANSWERED'` } },
  privacy_request_due_check: { table: 'privacy_request', set: { due_on: 's.received_on' } },
  privacy_request_ground_check: { table: 'privacy_request', set: { decision: `'REFUSED'`, legal_ground: 'NULL' } },
  privacy_request_verified_check: { table: 'privacy_request', set: { identity_verified_on: 's.received_on - 1' } },
  privacy_request_document_request_key: { table: 'privacy_request_document', set: {} },
  privacy_request_subject_request_key: { table: 'privacy_request_subject', set: {} },
  participant_membership_group_check: {
    table: 'participant_membership',
    set: { atelier_id: '(SELECT min(id) FROM atelier)' },
    order: 's.group_kind',
  },
  participant_membership_kerngroep_key: { table: 'participant_membership', set: {}, order: 's.group_kind' },
  participant_membership_opgaveteam_key: { table: 'participant_membership', set: {}, order: 's.opgaveteam_id NULLS LAST' },
  participant_membership_atelier_key: { table: 'participant_membership', set: {}, order: 's.atelier_id NULLS LAST' },
  opgave_selection_round_seats_check: { table: 'opgave_selection_round', set: { seats: '0', closed_at: 'now()' } },
  opgave_selection_round_decided_check: {
    table: 'opgave_selection_round',
    set: { decision_id: '(SELECT max(id) FROM decision)', closed_at: 'NULL' },
  },
  // A second open round beside the demo's (the first round is last year's, decided).
  opgave_selection_round_open_key: { table: 'opgave_selection_round', set: { closed_at: 'NULL', decision_id: 'NULL' } },
  opgave_selection_round_cancelled_check: { table: 'opgave_selection_round', set: { cancelled_at: 'now()', closed_at: 'now()' } },
  opgave_selection_option_votes_check: { table: 'opgave_selection_option', set: { votes: '-1' } },
  opgave_selection_option_round_opgave_key: { table: 'opgave_selection_option', set: {} },
  ballot_receipt_round_user_key: { table: 'ballot_receipt', set: {} },
  ballot_choice_round_key_opgave_key: { table: 'ballot_choice', set: {} },
  opgave_selection_wisdom_text_check: { table: 'opgave_selection_wisdom', set: { text: `' '` } },
  opgave_selection_wisdom_round_writer_key: { table: 'opgave_selection_wisdom', set: {} },
  action_item_done_check: { table: 'action_item', set: { status: `'DONE'`, closed_on: 'NULL' } },
  action_item_source_check: { table: 'action_item', set: { overleg_id: 'NULL' } },
  action_item_owner_check: { table: 'action_item', set: { owner_user_id: 'NULL', owner_name: `' '` } },
  improvement_track_step_check: { table: 'improvement_track', set: { step: '6' } },
  // Whatever the copied row (the demo has agreed ones): an AGREED agreement that nobody agreed; a DECLINED one without a reason.
  funding_agreement_agreed_check: { table: 'funding_agreement', set: { status: `'AGREED'`, agreed_at: 'NULL', agreed_by_user_id: 'NULL' } },
  funding_agreement_closing_check: {
    table: 'funding_agreement',
    set: { status: `'DECLINED'`, closing_reason: 'NULL', agreed_at: 'NULL', agreed_by_user_id: 'NULL' },
  },
  funding_agreement_amount_check: { table: 'funding_agreement', set: { amount_cents: '0' } },
  funding_agreement_amount_bound: { table: 'funding_agreement', set: { amount_cents: '1000000000001' } },
  funding_agreement_period_check: { table: 'funding_agreement', set: { period_end: 's.period_start - 1' } },
  funding_agreement_pair_check: { table: 'funding_agreement', set: { to_provider_id: 's.from_provider_id' } },
  funding_payment_amount_check: { table: 'funding_payment', set: { amount_cents: '0' } },
  funding_payment_amount_bound: { table: 'funding_payment', set: { amount_cents: '1000000000001' } },
  annual_plan_adopted_check: { table: 'annual_plan', set: { status: `'ADOPTED'`, year: '2030' } },
  annual_plan_year_check: { table: 'annual_plan', set: { year: '1999' } },
  annual_plan_provider_year_key: { table: 'annual_plan', set: {} },
  annual_plan_municipality_year_key: {
    table: 'annual_plan',
    set: { provider_id: 'NULL' },
    before: `INSERT INTO annual_plan (municipality_id, provider_id, year, created_by_user_id) SELECT municipality_id, NULL, year, created_by_user_id FROM annual_plan`,
  },
  quarter_report_review_check: { table: 'quarter_report', set: { reviewed_on: `'2026-07-15'`, quarter: '2' } },
  quarter_report_spent_check: { table: 'quarter_report', set: { spent_cents_at_submission: '-1', quarter: '2' } },
  quarter_report_spent_bound: { table: 'quarter_report', set: { spent_cents_at_submission: '1000000000001', quarter: '2' } },
  quarter_report_quarter_check: { table: 'quarter_report', set: { quarter: '5' } },
  quarter_report_plan_quarter_key: { table: 'quarter_report', set: {} },
  arrangement_network_plan_participants_check: {
    table: 'arrangement_network_plan',
    set: { participants_count: '0', arrangement_id: '(SELECT max(id) FROM arrangement)' },
  },
  arrangement_network_plan_arrangement_key: { table: 'arrangement_network_plan', set: {} },
  calendar_feed_secret_hash_key: {
    table: 'calendar_feed',
    set: { user_id: '(SELECT max(id) FROM app_user)' },
    order: 's.user_id',
  },
  calendar_feed_secret_hash_check: {
    table: 'calendar_feed',
    set: { user_id: '(SELECT max(id) FROM app_user)', secret_hash: `'\\x00'::bytea` },
    order: 's.user_id',
  },
  user_session_secret_hash_key: { table: 'user_session', set: {} },
  user_session_secret_hash_check: { table: 'user_session', set: { secret_hash: `'\\x00'::bytea` } },
  user_session_method_check: { table: 'user_session', set: { secret_hash: `sha256('y'::bytea)`, method: `'SMOKE'` } },
  user_session_ended_check: { table: 'user_session', set: { secret_hash: `sha256('y'::bytea)`, ended_at: 'now()' } },
  personal_access_token_token_hash_key: { table: 'personal_access_token', set: {} },
  personal_access_token_token_hash_check: { table: 'personal_access_token', set: { token_hash: `'\\x00'::bytea` } },
  personal_access_token_name_check: { table: 'personal_access_token', set: { token_hash: `sha256('y'::bytea)`, name: `' '` } },
  personal_access_token_expiry_check: {
    table: 'personal_access_token',
    set: { token_hash: `sha256('y'::bytea)`, expires_on: `(created_at AT TIME ZONE 'Europe/Amsterdam')::date + 367` },
  },
  budget_allocation_amount_check: { table: 'budget_allocation', set: { amount_cents: '-1', product_category: `'GROEPSGERICHTE_ONDERSTEUNING'` } },
  budget_allocation_key: { table: 'budget_allocation', set: {} },
  budget_reallocation_move_check: { table: 'budget_reallocation', set: { to_allocation_id: 's.from_allocation_id' } },
  waiting_list_entry_arrangement_key: { table: 'waiting_list_entry', set: {} },
  waiting_list_setting_norm_check: { table: 'waiting_list_setting', set: { norm_days: '0' } },
  waiting_list_setting_municipality_key: { table: 'waiting_list_setting', set: {} },
  import_reference_key: { table: 'import_reference', set: {} },
  maatwerk_month_values_check: { table: 'maatwerk_month', set: { month: `s.month + 1` } },
  maatwerk_month_record_key_check: { table: 'maatwerk_month', set: { record_key: '4294967296', month: `s.month - interval '1 month'` } },
  maatwerk_month_key: { table: 'maatwerk_month', set: {} },
  outcome_threshold_value_check: { table: 'outcome_threshold', set: { value: '5000' } },
  outcome_threshold_key: { table: 'outcome_threshold', set: {} },
  duration_norm_days_check: { table: 'duration_norm', set: { norm_days: '0' } },
  duration_norm_key: { table: 'duration_norm', set: {} },
  survey_code_expiry_check: { table: 'survey_code', set: { code_hash: `sha256('y'::bytea)`, expires_on: 's.issued_on' } },
  survey_code_hash_key: { table: 'survey_code', set: {} },
  survey_answer_scores_check: { table: 'survey_answer', set: { id: 'gen_random_uuid()', scores: `'{4,9,4,4,4,4,4,4}'::smallint[]` } },
  survey_answer_year_check: { table: 'survey_answer', set: { id: 'gen_random_uuid()', year: '1999' } },
  survey_answer_quote_check: { table: 'survey_answer', set: { id: 'gen_random_uuid()', quoted: 'true', masked_text: 'NULL' } },
};

/** One valid row in each table the demo data leaves empty; $1 municipality, $2 a user, $3 and $4 two providers. */
const BASE_ROWS = [
  `INSERT INTO overleg (municipality_id, kind, title, held_on) VALUES ($1, 'PROVIDER_OVERLEG', 'Overleg', '2026-05-01')`,
  `INSERT INTO overleg_agenda_item (municipality_id, overleg_id, position, title, added_by_user_id) SELECT $1, max(id), 1, 'Punt', $2 FROM overleg`,
  `INSERT INTO decision (municipality_id, kind, decided_on, outcome, text) VALUES ($1, 'OPGAVE_SELECTION', '2026-05-01', 'ADOPTED', 'Besluit')`,
  `INSERT INTO proposal (municipality_id, title, submitted_on, submitted_by_user_id) VALUES ($1, 'Voorstel', '2026-05-01', $2)`,
  `INSERT INTO decision_minority_confirmation (municipality_id, decision_id, text, confirmed_by_user_id) SELECT $1, max(id), 'Standpunt', $2 FROM decision`,
  `INSERT INTO opgave_selection (municipality_id, decision_id, opgave_id, votes, rank, selected) SELECT $1, (SELECT max(id) FROM decision), min(id), 3, 1, true FROM opgave`,
  `INSERT INTO atelier (municipality_id, opgave_id, title, hours_norm) SELECT $1, min(id), 'Atelier', 30 FROM opgave`,
  `INSERT INTO atelier_hours (municipality_id, atelier_id, worked_on, hours, logged_by_user_id) SELECT $1, max(id), '2026-05-01', 2, $2 FROM atelier`,
  `INSERT INTO atelier_meeting (municipality_id, atelier_id, kind, held_on) SELECT $1, max(id), 'DESIGN', '2026-05-01' FROM atelier`,
  `INSERT INTO participant_membership (municipality_id, user_id, group_kind, atelier_id) SELECT $1, $2, 'ATELIER', max(id) FROM atelier`,
  // Closed: the demo has an open round, and one is open at a time.
  `INSERT INTO opgave_selection_round (municipality_id, seats, closes_on, opened_by_user_id, closed_at) VALUES ($1, 1, '2026-06-30', $2, now())`,
  `INSERT INTO opgave_selection_option (municipality_id, round_id, opgave_id) SELECT $1, (SELECT max(id) FROM opgave_selection_round), min(id) FROM opgave`,
  `INSERT INTO ballot_receipt (municipality_id, round_id, user_id) SELECT $1, max(id), $2 FROM opgave_selection_round`,
  `INSERT INTO ballot_choice (municipality_id, round_id, opgave_id, ballot_key) SELECT $1, round_id, opgave_id, 'key' FROM opgave_selection_option`,
  `INSERT INTO opgave_selection_wisdom (municipality_id, round_id, writer_key, text) SELECT $1, max(id), 'paper', 'Wijsheid' FROM opgave_selection_round`,
  `INSERT INTO improvement_track (municipality_id, topic, started_on) VALUES ($1, 'Verbetertraject', '2026-05-01')`,
  `INSERT INTO action_item (municipality_id, title, owner_user_id, due_on, source_kind, overleg_id) SELECT $1, 'Actie', $2, '2026-07-01', 'OVERLEG', max(id) FROM overleg`,
  `INSERT INTO funding_agreement (municipality_id, convenant_id, from_provider_id, to_provider_id, period_start, period_end, amount_cents, purpose, proposed_by_user_id)
   SELECT $1, max(id), $3, $4, '2026-01-01', '2026-12-31', 1000, 'Doel', $2 FROM convenant`,
  `INSERT INTO funding_payment (municipality_id, agreement_id, from_provider_id, to_provider_id, paid_on, amount_cents, recorded_by_user_id)
   SELECT $1, max(id), $3, $4, '2026-05-01', 100, $2 FROM funding_agreement`,
  `INSERT INTO convenant_amendment (municipality_id, convenant_id, reason, budget_cents, previous_budget_cents, previous_ends_on, proposed_by_user_id)
   SELECT $1, max(id), 'Reden', 100, 100, '2028-12-31', $2 FROM convenant`,
  `INSERT INTO convenant_amendment_party (municipality_id, amendment_id, kind, provider_id)
   SELECT $1, max(id), 'PROVIDER', $3 FROM convenant_amendment WHERE $2::bigint IS NOT NULL`,
  `INSERT INTO annual_plan (municipality_id, provider_id, year, created_by_user_id) VALUES ($1, $3, 2026, $2)`,
  `INSERT INTO quarter_report (municipality_id, plan_id, provider_id, year, quarter, spent_cents_at_submission, submitted_on, submitted_by_user_id)
   SELECT $1, max(id), $3, 2026, 1, 100, '2026-04-15', $2 FROM annual_plan`,
  `INSERT INTO arrangement_network_plan (municipality_id, arrangement_id, provider_id, conference_held_on, participants_count, coordinator, plan_summary, professional_role, recorded_by_user_id)
   SELECT $1, a.id, a.provider_id, '2026-05-01', 4, 'Coördinator', 'Plan', 'Rol', $2 FROM arrangement a ORDER BY a.id LIMIT 1`,
  `INSERT INTO notification (municipality_id, user_id, kind, idempotency_key, title, body, link)
   VALUES ($1, $2, 'PERSPECTIVE_REQUESTED', 'base', 'Titel', 'Tekst', '/')`,
  `INSERT INTO outgoing_message (municipality_id, recipient_user_id, address, kind, idempotency_key, subject, body_text, body_html)
   VALUES ($1, $2, 'iemand@test.example', 'PERSPECTIVE_REQUESTED', 'base', 'Onderwerp', 'Tekst', '<p>Tekst</p>')`,
  `INSERT INTO calendar_feed (user_id, municipality_id, secret_hash, token_version) VALUES ($2, $1, sha256('x'::bytea), 1)`,
  `INSERT INTO notification_preference (user_id, municipality_id, kind, mode) VALUES ($2, $1, 'PERSPECTIVE_REQUESTED', 'DIGEST')`,
  `INSERT INTO access_link (secret_hash, purpose, municipality_id, email, user_id, expires_at)
   VALUES (sha256('x'::bytea), 'PASSWORD_RESET', $1, 'iemand@test.example', $2, now() + interval '1 hour')`,
  `INSERT INTO personal_access_token (user_id, municipality_id, name, token_hash, token_version, expires_on)
   VALUES ($2, $1, 'Script', sha256('x'::bytea), 1, CURRENT_DATE + 30)`,
  `INSERT INTO opgave_submission (municipality_id, title, description, area, address_hash) VALUES ($1, 'Opgave', 'Tekst', 'Centrum', 'x')`,
  `INSERT INTO user_session (user_id, municipality_id, secret_hash, token_version, method, expires_at)
   VALUES ($2, $1, sha256('x'::bytea), 1, 'PASSWORD', now() + interval '8 hours')`,
  `INSERT INTO budget_allocation (municipality_id, convenant_id, provider_id, product_category, amount_cents)
   SELECT $1, max(c.id), p.id, 'OVERIGE_ARRANGEMENTEN', 1000 FROM convenant c, provider p
    WHERE p.id IN ((SELECT min(id) FROM provider), (SELECT max(id) FROM provider)) GROUP BY p.id`,
  `INSERT INTO budget_reallocation (municipality_id, convenant_id, from_allocation_id, to_allocation_id, from_provider_id, to_provider_id,
     amount_cents, decision_id, created_by_user_id)
   SELECT $1, a.convenant_id, a.id, b.id, a.provider_id, b.provider_id, 100, (SELECT max(id) FROM decision), $2
     FROM budget_allocation a JOIN budget_allocation b ON b.id > a.id ORDER BY a.id, b.id LIMIT 1`,
  `INSERT INTO waiting_list_entry (municipality_id, arrangement_id, provider_id, priority, note, updated_by_user_id)
   SELECT $1, a.id, a.provider_id, 'HIGH', 'Notitie', $2 FROM arrangement a ORDER BY a.id LIMIT 1`,
  `INSERT INTO waiting_list_setting (municipality_id, norm_days, updated_by_user_id) VALUES ($1, 42, $2)`,
  `INSERT INTO duration_norm (municipality_id, product_category, norm_days, updated_by_user_id) VALUES ($1, 'BEGELEIDING', 365, $2)`,
  `INSERT INTO outcome_threshold (municipality_id, indicator, value, updated_by_user_id) VALUES ($1, 'MEDIAN_WAITING_OVER_NORM', 14, $2)
   ON CONFLICT DO NOTHING`,
  `INSERT INTO csv_import (municipality_id, provider_id, kind, file_name, created_count, skipped_count, imported_by_user_id)
   VALUES ($1, $3, 'ARRANGEMENTS', 'import.csv', 1, 0, $2)`,
  `INSERT INTO import_reference (municipality_id, provider_id, kind, external_ref, record_id, csv_import_id)
   SELECT $1, provider_id, kind, 'ARR-1', 1, id FROM csv_import`,
  `INSERT INTO maatwerk_import (municipality_id, file_name, months, row_count, imported_by_user_id) VALUES ($1, 'wmo.csv', '{2001-01-01}', 1, $2)`,
  `INSERT INTO maatwerk_month (municipality_id, month, provision, clients, cost_cents, import_id)
   SELECT $1, '2001-01-01', 'VERVOER', 3, 30000, max(id) FROM maatwerk_import`,
  `INSERT INTO survey_code (municipality_id, provider_id, arrangement_id, code_hash, issued_on, expires_on, issued_by_user_id)
   SELECT $1, a.provider_id, a.id, sha256('x'::bytea), '2026-05-01', '2026-06-30', $2 FROM arrangement a ORDER BY a.id LIMIT 1`,
  `INSERT INTO survey_answer (id, municipality_id, provider_id, product_category, year, scores)
   SELECT gen_random_uuid(), $1, $3, 'BEGELEIDING', 2026, '{4,4,4,4,4,4,4,4}' WHERE $2::bigint IS NOT NULL`,
  // One consent in force per kind of subject.
  `INSERT INTO consent (municipality_id, subject_kind, user_id, purpose, given_channel) VALUES ($1, 'PARTICIPANT', $2, 'PUBLIC_NAME', 'PAPER')
   ON CONFLICT DO NOTHING`,
  `INSERT INTO consent (municipality_id, subject_kind, opgaveteam_member_id, purpose, given_channel)
   SELECT $1, 'OPGAVETEAM_MEMBER', min(id), 'PUBLIC_NAME', 'PAPER' FROM opgaveteam_member ON CONFLICT DO NOTHING`,
  `INSERT INTO consent (municipality_id, subject_kind, opgave_submission_id, purpose, given_channel)
   SELECT $1, 'SUBMISSION', min(id), 'FOLLOW_UP_CONTACT', 'PUBLIC_FORM' FROM opgave_submission ON CONFLICT DO NOTHING`,
  `INSERT INTO privacy_request (municipality_id, provider_id, kind, received_on, identity_method, identity_verified_on, identity_verified_by_user_id, due_on)
   VALUES ($1, $3, 'ACCESS', '2026-06-01', 'DIGID', '2026-06-01', $2, '2026-07-01')`,
  `INSERT INTO privacy_request_subject (municipality_id, request_id, provider_id, client_key) SELECT $1, max(id), $3, 'K-1' FROM privacy_request
    WHERE $2::bigint IS NOT NULL`,
  `INSERT INTO privacy_request_document (municipality_id, request_id, html, compiled_by_user_id) SELECT $1, max(id), '<p>Overzicht</p>', $2 FROM privacy_request`,
];

const PASSWORD = 'constraint-test-password';
let database: TestDatabase;
let app: RunningApp;
/** The owner's connection, for what is stored and for the violations. */
let owner: Database;
let constraints: DbConstraint[];
let repToken: string;
let regisseurToken: string;

const tokenOf = async (email: string): Promise<string> => {
  const login = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(input: { email: "${email}", password: "${PASSWORD}" }) { token } }` }),
  });
  return ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
};

const gql = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLResponse<T>> => {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
};

beforeAll(async () => {
  // The demo data (small): rows in most tables, to violate their constraints with.
  database = await createTestDatabase();
  owner = Database.connect(database.url, { poolSize: 2 });
  await owner.transaction(SYSTEM_ACTOR, (tx) => seedDemo(tx, { scale: 0.1, demoPassword: PASSWORD, today: '2026-06-15', hashPassword }));
  const [m] = await owner.query<{ id: number; user: number; p1: number; p2: number }>(
    `SELECT m.id, (SELECT min(id) FROM app_user) AS "user", (SELECT min(id) FROM provider) AS p1, (SELECT max(id) FROM provider) AS p2 FROM municipality m`,
  );
  for (const sql of BASE_ROWS)
    await owner.query(
      sql,
      [m!.id, m!.user, m!.p1, m!.p2].slice(
        0,
        (sql.match(/\$\d/g) ?? []).reduce((n, p) => Math.max(n, Number(p.slice(1))), 0),
      ),
    );
  constraints = await owner.query<DbConstraint>(CONSTRAINTS_SQL);
  app = await startApp({
    config: testConfig(),
    databaseUrl: database.url,
    appPassword: testAppPassword(),
    jwtSecret: 'constraint-test-secret-that-is-long-enough',
    pseudonymSecret: 'constraint-test-pseudonym-secret-long-enough',
    clock: fixedClock('2026-06-15'),
    logger: silentLogger,
  });
  // A representative of a provider with arrangements.
  const [rep] = await owner.query<{ email: string }>(
    `SELECT u.email FROM app_user u WHERE u.role = 'PROVIDER_REP' AND EXISTS (SELECT 1 FROM arrangement a WHERE a.provider_id = u.provider_id) ORDER BY u.id LIMIT 1`,
  );
  repToken = await tokenOf(rep!.email);
  const [regisseur] = await owner.query<{ email: string }>(`SELECT u.email FROM app_user u WHERE u.role = 'REGISSEUR' ORDER BY u.id LIMIT 1`);
  regisseurToken = await tokenOf(regisseur!.email);
}, 120_000);
afterAll(async () => {
  await app.close();
  await owner.end();
  await database.drop();
});

describe('database constraint violations: a rule for every constraint', () => {
  it('has a rule for every CHECK, UNIQUE and exclusion constraint and unique index of the schema, and no rule for one that does not exist', () => {
    const names = constraints.map((c) => c.name);
    expect(names.length).toBeGreaterThanOrEqual(50);
    expect(names.filter((n) => !(n in CONSTRAINT_RULES))).toEqual([]);
    expect(Object.keys(CONSTRAINT_RULES).filter((n) => !names.includes(n))).toEqual([]);
  });
});

/** Runs the violation as the owner and returns the error PostgreSQL gives; nothing is kept. */
const violate = async (v: Violation): Promise<unknown> => {
  const columns = (
    await owner.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_identity = 'NO' AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      [v.table],
    )
  ).map((c) => c.column_name);
  const values = columns.map((c) => v.set[c] ?? `s.${c}`);
  const client = await owner.pool.connect();
  try {
    await client.query('BEGIN');
    if (v.before) await client.query(v.before);
    await client.query(
      `INSERT INTO ${v.table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM ${v.table} s ORDER BY ${v.order ?? 's.id'} LIMIT 1`,
    );
    return null;
  } catch (error) {
    return error;
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
};

describe('database constraint violations: real violations', () => {
  it('violates every constraint of the schema for real below', () => {
    expect(constraints.map((c) => c.name).filter((n) => !(n in VIOLATIONS))).toEqual([]);
  });

  it.each(Object.keys(VIOLATIONS))('%s: a real violation names the constraint and maps to its rule', async (name) => {
    const error = await violate(VIOLATIONS[name]!);
    expect(error).toMatchObject({ constraint: name });
    const rule = CONSTRAINT_RULES[name]!;
    expect(problemForViolation(error)).toEqual({ code: rule.code, field: rule.field, message: rule.message });
  });
});

describe('database constraint violations: over HTTP, when a service misses a case', () => {
  const ADD = `mutation ($arrangementId: ID!, $input: ArrangementReportInput!) {
      arrangementReportAdd(arrangementId: $arrangementId, input: $input) { report { id } userErrors { code field } } }`;
  const snapshot = async () => ({
    reports: await owner.query(`SELECT * FROM arrangement_report ORDER BY id`),
    arrangements: await owner.query(`SELECT id, realised_cost_cents, version FROM arrangement ORDER BY id`),
  });
  let arrangementId: string;

  beforeAll(async () => {
    const res = await gql<{ arrangementCreate: { arrangement: { id: string } } }>(
      `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id } } }`,
      {
        input: {
          clientKey: 'K-CONSTRAINT',
          productCategory: 'BEGELEIDING',
          form: 'INDIVIDUAL',
          requestedOn: '2026-01-01',
          startsOn: '2026-01-01',
          hoursPerWeek: 2,
          plannedCostCents: 100,
        },
      },
      repToken,
    );
    arrangementId = res.data!.arrangementCreate.arrangement.id;
  });

  it.each([
    // The database's bound tightened under the same name: the service's own check lets 2 hours through.
    [
      'a mapped CHECK',
      `ALTER TABLE arrangement_report DROP CONSTRAINT arrangement_report_hours_bound, ADD CONSTRAINT arrangement_report_hours_bound CHECK (hours_delivered <= 1) NOT VALID`,
      { code: 'HOURS_OUT_OF_RANGE', field: 'input.hoursDelivered' },
    ],
    [
      'a CHECK without a rule',
      `ALTER TABLE arrangement_report ADD CONSTRAINT test_unmapped_check CHECK (cost_cents <> 777) NOT VALID`,
      { code: 'INVALID_INPUT', field: null },
    ],
  ])('answers %s as a userError, not a 500, and stores nothing', async (_what, ddl, expected) => {
    const restore = await owner.query<{ def: string }>(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'arrangement_report_hours_bound'`,
    );
    await owner.query(ddl);
    try {
      const before = await snapshot();
      const res = await gql<{ arrangementReportAdd: { report: unknown; userErrors: unknown[] } }>(
        ADD,
        { arrangementId, input: { periodStart: '2026-05-01', periodEnd: '2026-05-31', hoursDelivered: 2, costCents: 777 } },
        repToken,
      );
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(res.data?.arrangementReportAdd).toEqual({ report: null, userErrors: [expected] });
      expect(await snapshot()).toEqual(before);
    } finally {
      await owner.query(`ALTER TABLE arrangement_report DROP CONSTRAINT IF EXISTS test_unmapped_check`);
      await owner.query(
        `ALTER TABLE arrangement_report DROP CONSTRAINT arrangement_report_hours_bound, ADD CONSTRAINT arrangement_report_hours_bound ${restore[0]!.def}`,
      );
    }
  });
});
/**
 * The minority rule lives in the service, in decision.rules.ts and in the CHECK decision_minority_check. Here the CHECK
 * is made stricter than the service (a minority position of at least 20 characters), so a short one passes the
 * service and the database refuses it: the answer is the service's own code on the same field, and nothing is stored.
 */
describe('database constraint violations: the minority rule, guarded by the database', () => {
  const SUBMIT = `mutation ($input: ProposalSubmitInput!) { proposalSubmit(input: $input) { proposal { id version } userErrors { code } } }`;
  const DECIDE = `mutation ($id: ID!, $version: Int!, $input: ProposalDecideInput!) {
      proposalDecide(id: $id, version: $version, input: $input) { proposal { id status } userErrors { code field message } } }`;
  interface Saved {
    proposal: { id: string; version: number } | null;
  }
  const snapshot = async () => ({
    decisions: await owner.query(`SELECT * FROM decision ORDER BY id`),
    proposals: await owner.query(`SELECT id, status, version, decision_id FROM proposal ORDER BY id`),
  });

  it('answers MINORITY_POSITION_REQUIRED on input.minorityPosition when the CHECK refuses, not a 500, and stores nothing', async () => {
    const submitted = await gql<{ proposalSubmit: Saved }>(
      SUBMIT,
      { input: { title: 'Minderheid bewaakt', submittedOn: '2026-06-01' } },
      regisseurToken,
    );
    const proposal = submitted.data!.proposalSubmit.proposal!;
    // Each side speaks for itself; here all three are written directly, as the sides' own accounts are not at hand.
    await owner.transaction(SYSTEM_ACTOR, (tx) =>
      tx.query(
        `INSERT INTO proposal_perspective (municipality_id, proposal_id, perspective, position, consulted_constituency, recorded_by_user_id)
         SELECT p.municipality_id, p.id, side::perspective, 'Standpunt', true, p.submitted_by_user_id
           FROM proposal p, unnest(ARRAY['RESIDENTS', 'STAFF', 'ORGANISATION']) AS side WHERE p.id = $1`,
        [localIdOf(proposal.id)],
      ),
    );
    // The beleidsoverleg where it is decided.
    const [meeting] = await owner.query<{ id: number }>(
      `INSERT INTO overleg (municipality_id, kind, title, held_on) SELECT municipality_id, 'BELEIDSOVERLEG', 'Beleidsoverleg', '2026-06-05'
         FROM proposal WHERE id = $1 RETURNING id`,
      [localIdOf(proposal.id)],
    );
    const restore = await owner.query<{ def: string }>(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'decision_minority_check'`,
    );
    await owner.query(
      `ALTER TABLE decision DROP CONSTRAINT decision_minority_check,
           ADD CONSTRAINT decision_minority_check CHECK (CASE WHEN outcome = 'REJECTED' THEN COALESCE(votes_for, 0) ELSE COALESCE(votes_against, 0) END = 0
             OR length(btrim(minority_position)) >= 20) NOT VALID`,
    );
    try {
      const before = await snapshot();
      const res = await gql<{ proposalDecide: { proposal: unknown; userErrors: unknown[] } }>(
        DECIDE,
        {
          id: proposal.id,
          version: proposal.version,
          input: {
            decidedOn: '2026-06-10',
            outcome: 'ADOPTED',
            text: 'Besloten.',
            paperTally: { agree: 5, disagree: 1, abstain: 0 },
            minorityPosition: 'Kort.',
            overlegId: gid('Overleg', meeting!.id),
          },
        },
        regisseurToken,
      );
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(res.data?.proposalDecide).toEqual({
        proposal: null,
        userErrors: [MINORITY_POSITION_REQUIRED],
      });
      expect(await snapshot()).toEqual(before);
    } finally {
      await owner.query(`ALTER TABLE decision DROP CONSTRAINT decision_minority_check, ADD CONSTRAINT decision_minority_check ${restore[0]!.def}`);
    }
  });

  it('answers the same code and message as the service gives when the minority position is missing', async () => {
    const violation = await violate(VIOLATIONS.decision_minority_check!);
    expect(problemForViolation(violation)).toEqual(MINORITY_POSITION_REQUIRED);
    expect(MINORITY_POSITION_REQUIRED).toMatchObject({ code: 'MINORITY_POSITION_REQUIRED', field: 'input.minorityPosition' });
  });
});
