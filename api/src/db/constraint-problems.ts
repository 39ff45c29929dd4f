import { BoundCode } from '../shared/bounds';
import { MINORITY_POSITION_REQUIRED } from '../modules/decision/decision.rules';
import { ErrorCode, problem, type Problem, type UserErrorCode } from '../shared/errors/problems';
import { OVERLAP_MESSAGE } from '../modules/convenant/convenant.rules';

/**
 * Every CHECK and UNIQUE constraint of the schema, mapped to the userError its rule in TypeScript gives: when a
 * service misses a case (or two requests race past its check), the database refuses the row and the client gets the
 * same code, never a masked 500. A test lists the constraints in the database and fails when one is missing here.
 * Foreign keys all mean "what you refer to does not exist (any more)": NOT_FOUND.
 */
interface Rule {
  code: UserErrorCode;
  field: string | null;
  message: string;
}
const rule = (code: UserErrorCode, field: string | null, message: string): Rule => ({ code, field, message });
const { INVALID_INPUT, INVALID_STATE, INVALID_TRANSITION, DUPLICATE, PERIOD_OVERLAP } = ErrorCode;
const { AMOUNT_OUT_OF_RANGE, HOURS_OUT_OF_RANGE } = BoundCode;

export const CONSTRAINT_RULES: Readonly<Record<string, Rule>> = {
  // municipality, app_user, provider
  UQ_c9a438776da641c3564a9022a9c: rule(DUPLICATE, 'input.cbsCode', 'A municipality with this CBS code already exists.'),
  UQ_3fa909d0e37c531ebc237703391: rule(DUPLICATE, 'input.email', 'A user with this e-mail address already exists.'),
  provider_municipality_name_key: rule(DUPLICATE, 'input.name', 'A provider with this name already exists.'),
  // the login limit's own bookkeeping (no user input reaches these columns)
  login_attempt_outcome_check: rule(INVALID_STATE, null, 'A login attempt is PENDING, FAILED or SUCCEEDED.'),
  login_attempt_purpose_check: rule(INVALID_STATE, null, 'A login attempt is for LOGIN, PASSWORD_CHECK or PASSWORD_SET.'),
  access_link_purpose_check: rule(INVALID_STATE, null, 'A link is for INVITATION, LOGIN_LINK or PASSWORD_RESET.'),
  // notifications and the outbox (written by the worker, never input)
  UQ_d3dc24e45636cba0e760ae77993: rule(DUPLICATE, null, 'This notification exists already.'),
  UQ_811db96417b2860bb81e20ab9ef: rule(DUPLICATE, null, 'This message exists already.'),
  outgoing_message_status_check: rule(INVALID_STATE, null, 'A message is PENDING, SENT, FAILED, NOT_SENT or WITHHELD.'),
  notification_preference_mode_check: rule(INVALID_INPUT, 'input.preferences', 'A notification preference is IMMEDIATE, DIGEST or OFF.'),
  outgoing_message_calendar_check: rule(INVALID_STATE, null, 'An invitation is kept with its method, REQUEST or CANCEL.'),
  // the disclosure control's record key (drawn by the database, never input)
  arrangement_record_key_check: rule(INVALID_STATE, null, 'A record key is a whole number from 0 to 2^32 - 1.'),
  // convenant
  convenant_budget_check: rule(INVALID_INPUT, 'input.budgetCents', 'Must be a whole number of zero or more.'),
  convenant_budget_bound: rule(AMOUNT_OUT_OF_RANGE, 'input.budgetCents', 'Must be at most 1000000000000 cents (EUR 10,000,000,000).'),
  convenant_period_check: rule(INVALID_INPUT, 'input.endsOn', 'The end date must not be before the start date.'),
  convenant_party_signature_check: rule(INVALID_STATE, 'id', 'A signature records when and by whom, together.'),
  convenant_party_kind_check: rule(INVALID_INPUT, 'input.partyIds', 'Every party must be a provider id.'),
  convenant_party_municipality_key: rule(DUPLICATE, 'input.partyIds', 'The municipality is a party only once.'),
  convenant_party_provider_key: rule(DUPLICATE, 'input.partyIds', 'A provider can be a party only once.'),
  convenant_in_force_overlap: rule(ErrorCode.CONVENANT_OVERLAP, 'id', OVERLAP_MESSAGE),
  convenant_amendment_budget_check: rule(INVALID_INPUT, 'input.budgetCents', 'Must be a whole number of zero or more.'),
  convenant_amendment_effective_check: rule(INVALID_STATE, 'id', 'An amendment is in effect from a date, and waits without one.'),
  convenant_amendment_reason_check: rule(INVALID_INPUT, 'input.reason', 'Must not be empty.'),
  convenant_amendment_open_key: rule(
    INVALID_STATE,
    'input.convenantId',
    'An amendment of this convenant is waiting for signatures: it is signed or withdrawn first.',
  ),
  convenant_amendment_party_signature_check: rule(INVALID_STATE, 'id', 'A signature records when and by whom, together.'),
  convenant_amendment_party_provider_key: rule(DUPLICATE, 'input.partiesJoining', 'A provider can be a party only once.'),
  provider_deactivation_check: rule(INVALID_STATE, 'id', 'A deactivated provider has the date and reason; an active one has neither.'),
  // arrangement and its reports
  arrangement_hours_check: rule(INVALID_INPUT, 'input.hoursPerWeek', 'Must be zero or more.'),
  arrangement_cost_check: rule(INVALID_INPUT, 'input.plannedCostCents', 'Must be a whole number of zero or more.'),
  arrangement_planned_cost_bound: rule(AMOUNT_OUT_OF_RANGE, 'input.plannedCostCents', 'Must be at most 100000000 cents (EUR 1,000,000).'),
  arrangement_end_check: rule(INVALID_INPUT, 'input.endedOn', 'The end date must not be before the start date.'),
  arrangement_start_check: rule(INVALID_INPUT, 'input.startsOn', 'The start date must not be before the request date.'),
  arrangement_report_amounts_check: rule(INVALID_INPUT, 'input', 'Hours and cost must be zero or more.'),
  arrangement_report_period_check: rule(INVALID_INPUT, 'input.periodEnd', 'The period must not end before it starts.'),
  arrangement_report_cost_bound: rule(AMOUNT_OUT_OF_RANGE, 'input.costCents', 'Must be at most 100000000 cents (EUR 1,000,000).'),
  arrangement_report_hours_bound: rule(HOURS_OUT_OF_RANGE, 'input.hoursDelivered', 'Must be at most 24 hours per day of the period.'),
  arrangement_report_period_overlap: rule(PERIOD_OVERLAP, 'input.periodStart', 'The reports of an arrangement may not overlap in period.'),
  arrangement_report_correction_key: rule(INVALID_STATE, 'reportId', 'This report has been corrected already.'),
  arrangement_report_correction_check: rule(INVALID_STATE, null, 'Only a reversal or correction refers to a report, and a reversal says why.'),
  arrangement_network_plan_participants_check: rule(INVALID_INPUT, 'input.participantsCount', 'Must be a whole number from 1 to 500.'),
  arrangement_network_plan_arrangement_key: rule(DUPLICATE, 'arrangementId', 'This arrangement already has a network plan.'),
  // opgaven and participation
  opgave_rung_check: rule(INVALID_INPUT, 'input.ownershipRung', 'Must be a whole number from 1 to 5.'),
  opgave_rung_change_rung_check: rule(INVALID_INPUT, 'input.ownershipRung', 'Must be a whole number from 1 to 5.'),
  opgaveteam_opgave_key: rule(DUPLICATE, 'input.opgaveId', 'This opgave already has a team.'),
  opgave_selection_votes_check: rule(INVALID_INPUT, 'input.ballots', 'Votes must be zero or more.'),
  opgave_selection_decision_opgave_key: rule(INVALID_INPUT, 'input.ballots', 'This opgave is on the ballot twice.'),
  // overleg, decisions, proposals
  overleg_agenda_item_position_key: rule(DUPLICATE, 'input.agenda', 'Two agenda items in the same position.'),
  overleg_time_check: rule(INVALID_INPUT, 'input.endsAt', 'Give a start and an end time together, the end after the start.'),
  decision_minority_check: MINORITY_POSITION_REQUIRED,
  decision_votes_check: rule(INVALID_INPUT, 'input.votesFor', 'Must be a whole number of zero or more.'),
  decision_minority_confirmation_decision_key: rule(INVALID_STATE, 'id', 'The minority position has been confirmed.'),
  proposal_council_check: rule(INVALID_INPUT, 'input.verdict', "The client council's check records its date and verdict together."),
  proposal_feedback_check: rule(INVALID_INPUT, 'input.summary', 'The feedback records its date and summary together.'),
  // ateliers, actions, improvement tracks
  atelier_hours_norm_check: rule(INVALID_INPUT, 'input.hoursNorm', 'Must be more than 0 and at most 1000.'),
  atelier_hours_hours_check: rule(INVALID_INPUT, 'input.hours', 'Must be more than 0 and at most 24.'),
  // participants' memberships
  opgave_submission_outcome_check: rule(
    INVALID_STATE,
    null,
    'A submission is PENDING until it is decided; PUBLISHED and MERGED name an opgave; DECLINED has a reason.',
  ),
  participant_membership_group_check: rule(
    INVALID_INPUT,
    'input.memberships',
    'A kerngroep membership names no team or atelier; a team or atelier membership names exactly one.',
  ),
  participant_membership_kerngroep_key: rule(DUPLICATE, 'input.memberships', 'This person is in the kerngroep already.'),
  participant_membership_opgaveteam_key: rule(DUPLICATE, 'input.memberships', 'This person is in this opgaveteam already.'),
  participant_membership_atelier_key: rule(DUPLICATE, 'input.memberships', 'This person is in this atelier already.'),
  // opgave selection rounds
  opgave_selection_round_seats_check: rule(INVALID_INPUT, 'input.seats', 'Choose at least one opgave.'),
  opgave_selection_round_decided_check: rule(INVALID_STATE, 'input.roundId', 'Close the round first.'),
  opgave_selection_round_open_key: rule(DUPLICATE, 'input', 'A selection round is open already: close it first.'),
  opgave_selection_round_cancelled_check: rule(
    INVALID_STATE,
    'input.roundId',
    'Only an open round is cancelled: this one is counted or decided already.',
  ),
  opgave_selection_option_votes_check: rule(INVALID_INPUT, 'input.tallies', 'Votes must be zero or more.'),
  opgave_selection_option_round_opgave_key: rule(INVALID_INPUT, 'input.opgaveIds', 'An opgave is on the ballot twice.'),
  ballot_receipt_round_user_key: rule(DUPLICATE, 'input.roundId', 'You have a ballot in this round already.'),
  ballot_choice_round_key_opgave_key: rule(INVALID_INPUT, 'input.opgaveIds', 'An opgave is chosen twice.'),
  opgave_selection_wisdom_text_check: rule(INVALID_INPUT, 'input.text', 'Must not be empty.'),
  opgave_selection_wisdom_round_writer_key: rule(DUPLICATE, 'input.roundId', 'You have written your wisdom for this round already.'),
  atelier_meeting_design_key: rule(DUPLICATE, 'input.kind', 'This atelier already has its design meeting.'),
  action_item_done_check: rule(INVALID_STATE, 'id', 'An action is closed with a date, and open without one.'),
  action_item_source_check: rule(
    INVALID_INPUT,
    'input.sourceId',
    'The source is the id of an overleg, atelier, decision, improvement track or quarter report.',
  ),
  action_item_owner_check: rule(INVALID_INPUT, 'input.ownerId', 'Every action has an owner: a user, or a name.'),
  improvement_track_step_check: rule(INVALID_TRANSITION, 'input.toStep', 'Step 5 is the last: test the results with evaluations.'),
  // money
  funding_agreement_closing_check: rule(INVALID_INPUT, 'input.reason', 'Say why the proposal is declined or withdrawn.'),
  funding_agreement_agreed_check: rule(INVALID_STATE, 'id', 'An agreement is agreed with a date and by whom, together.'),
  funding_agreement_amount_check: rule(INVALID_INPUT, 'input.amountCents', 'Must be a whole number of cents above zero.'),
  funding_agreement_amount_bound: rule(AMOUNT_OUT_OF_RANGE, 'input.amountCents', 'Must be at most 1000000000000 cents (EUR 10,000,000,000).'),
  funding_agreement_period_check: rule(INVALID_INPUT, 'input.periodEnd', 'The period must not end before it starts.'),
  funding_agreement_pair_check: rule(INVALID_INPUT, 'input.toProviderId', 'A provider cannot fund itself.'),
  funding_payment_amount_check: rule(INVALID_INPUT, 'input.amountCents', 'Must be a whole number of cents above zero.'),
  funding_payment_amount_bound: rule(AMOUNT_OUT_OF_RANGE, 'input.amountCents', 'Must be at most 1000000000000 cents (EUR 10,000,000,000).'),
  annual_plan_adopted_check: rule(INVALID_STATE, 'id', 'A plan is adopted with a date and by whom, together.'),
  annual_plan_year_check: rule(INVALID_INPUT, 'input.year', 'Must be a whole number from 2000 to 2100.'),
  annual_plan_municipality_year_key: rule(DUPLICATE, 'input.year', 'There is already an annual plan for this year.'),
  annual_plan_provider_year_key: rule(DUPLICATE, 'input.year', 'There is already an annual plan for this year.'),
  quarter_report_review_check: rule(INVALID_INPUT, 'input.reviewedOn', 'The review cannot be before the report was submitted.'),
  quarter_report_spent_check: rule(INVALID_INPUT, 'input.spentCents', 'Must be a whole number of zero or more.'),
  quarter_report_spent_bound: rule(AMOUNT_OUT_OF_RANGE, 'input.spentCents', 'Must be at most 1000000000000 cents (EUR 10,000,000,000).'),
  quarter_report_quarter_check: rule(INVALID_INPUT, 'input.quarter', 'Must be a whole number from 1 to 4.'),
  quarter_report_plan_quarter_key: rule(DUPLICATE, 'input.quarter', 'This quarter has already been accounted for.'),
  // calendar feeds: the address is 256 random bits, so these guard against a fault, not against input
  calendar_feed_secret_hash_key: rule(DUPLICATE, null, 'This calendar address is taken; make a new one.'),
  calendar_feed_secret_hash_check: rule(INVALID_INPUT, null, 'A calendar address is kept as a SHA-256 hash of 32 bytes.'),
  // personal access tokens: the service checks name and expiry first; the token is 256 random bits
  personal_access_token_token_hash_key: rule(DUPLICATE, null, 'This token is taken; make a new one.'),
  personal_access_token_token_hash_check: rule(INVALID_INPUT, null, 'A token is kept as a SHA-256 hash of 32 bytes.'),
  personal_access_token_name_check: rule(INVALID_INPUT, 'input.name', "A token's name is not empty."),
  personal_access_token_expiry_check: rule(INVALID_INPUT, 'input.expiresOn', 'A token expires within a year of being made.'),
  // web sessions (started and ended by the server, never input)
  user_session_secret_hash_key: rule(DUPLICATE, null, 'This session is taken; sign in again.'),
  user_session_secret_hash_check: rule(INVALID_INPUT, null, 'A session is kept as a SHA-256 hash of 32 bytes.'),
  user_session_method_check: rule(INVALID_STATE, null, 'A session is signed in by PASSWORD, LINK or OIDC.'),
  user_session_ended_check: rule(INVALID_STATE, null, 'An ended session has its reason: LOGOUT, ENDED, ENDED_ALL or REVOKED.'),
  // budget per provider and the waiting list (the services check first; set and update write with ON CONFLICT)
  budget_allocation_amount_check: rule(INVALID_INPUT, 'input.amountCents', 'Must be a whole number of zero or more.'),
  budget_allocation_key: rule(DUPLICATE, 'input.productCategory', 'This provider already has an allocation for this category.'),
  budget_reallocation_move_check: rule(INVALID_INPUT, 'input.to', 'Money moves between two different allocations.'),
  waiting_list_entry_arrangement_key: rule(DUPLICATE, 'arrangementId', 'This request has a priority and note already.'),
  waiting_list_setting_norm_check: rule(INVALID_INPUT, 'normDays', 'Must be a whole number from 1 to 365.'),
  waiting_list_setting_municipality_key: rule(DUPLICATE, 'normDays', 'The waiting norm is set already.'),
  // CSV import: two imports of the same kenmerk at once (the import skips the ones it finds)
  import_reference_key: rule(DUPLICATE, 'kenmerk', 'This kenmerk was imported already.'),
  // maatwerk figures (the import checks each line first and replaces a month under a lock)
  maatwerk_month_values_check: rule(INVALID_INPUT, null, 'Clients, cost and new clients are zero or more, for a whole month.'),
  maatwerk_month_key: rule(DUPLICATE, 'voorziening', 'This month and provision are stored already.'),
  maatwerk_month_record_key_check: rule(INVALID_STATE, null, 'A record key is a whole number from 0 to 2^32 - 1.'),
  // outcome thresholds and duration norms (the services check first; set writes with ON CONFLICT)
  outcome_threshold_value_check: rule(INVALID_INPUT, 'input.value', 'A rate threshold must be a share from 0 to 1.'),
  outcome_threshold_key: rule(DUPLICATE, 'input.indicator', 'This indicator has a threshold already.'),
  duration_norm_days_check: rule(INVALID_INPUT, 'normDays', 'Must be a whole number from 1 to 3650.'),
  duration_norm_key: rule(DUPLICATE, 'productCategory', 'This category has a duration norm already.'),
  // the client experience survey (codes and answers are written by the API and its definer functions, never as typed)
  survey_code_expiry_check: rule(INVALID_STATE, null, 'A survey code expires after the day it was issued.'),
  survey_code_hash_key: rule(DUPLICATE, null, 'This survey code exists already.'),
  survey_answer_scores_check: rule(INVALID_INPUT, 'input.answers', 'An answer holds one score from 0 to 5 per question, and at least one answer.'),
  survey_answer_year_check: rule(INVALID_STATE, null, 'An answer belongs to a year from 2000 to 2100.'),
  survey_answer_quote_check: rule(INVALID_STATE, 'input.quote', 'Only a masked answer can be a quote.'),
  // consent (one in force per subject and purpose; a withdrawal is one fact)
  consent_participant_active_key: rule(DUPLICATE, 'input.purpose', 'This consent has been given already.'),
  consent_member_active_key: rule(DUPLICATE, 'input.purpose', 'This consent has been given already.'),
  consent_submission_active_key: rule(DUPLICATE, 'input.purpose', 'This consent has been given already.'),
  consent_subject_check: rule(INVALID_INPUT, 'input.subject', 'Say whose consent this is.'),
  consent_withdrawal_check: rule(INVALID_STATE, 'input.id', 'A withdrawal records when and how, together.'),
  // residents' requests under the AVG
  privacy_request_answer_check: rule(INVALID_STATE, 'id', 'An answered request has its decision and the day of its answer, together.'),
  privacy_request_due_check: rule(INVALID_INPUT, 'input.receivedOn', 'A request is due after the day it was received.'),
  privacy_request_ground_check: rule(INVALID_INPUT, 'input.legalGround', 'A refusal names its legal ground.'),
  privacy_request_verified_check: rule(
    INVALID_INPUT,
    'input.identityVerifiedOn',
    'Identity is verified on or after the day the request is received.',
  ),
  privacy_request_document_request_key: rule(DUPLICATE, 'id', 'The inzage document of this request exists already.'),
  privacy_request_subject_request_key: rule(INVALID_STATE, 'id', 'The client is linked already or the request is answered.'),
};

/**
 * Guards written as triggers (RAISE … USING ERRCODE = 'check_violation') carry no constraint name; they refuse a change
 * of something that no longer changes: INVALID_STATE, as the services' own state checks.
 */
const TRIGGER_RULES: readonly [RegExp, Rule][] = [
  [/is append-only/, rule(INVALID_STATE, null, 'This record is append-only: it cannot be changed or removed.')],
  [
    /signed convenant party cannot be removed|convenant signature is immutable/,
    rule(INVALID_STATE, 'id', 'A signature cannot be changed or removed.'),
  ],
  [/the parties of a convenant that is/, rule(INVALID_STATE, 'id', 'The parties of a convenant that is no longer a draft cannot change.')],
];

interface PgError {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
  column?: unknown;
}

const camel = (column: string): string => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The userError for a PostgreSQL integrity violation (SQLSTATE class 23), or null for any other error. A constraint
 * added without an entry here still answers a userError (INVALID_INPUT, or DUPLICATE / NOT_FOUND by its kind).
 */
export function problemForViolation(error: unknown): Problem | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as PgError;
  if (typeof e.code !== 'string' || !e.code.startsWith('23')) return null;
  const name = typeof e.constraint === 'string' ? e.constraint : null;
  const known = name ? CONSTRAINT_RULES[name] : undefined;
  if (known) return problem(known.code, known.message, known.field);
  const message = typeof e.message === 'string' ? e.message : '';
  for (const [pattern, r] of TRIGGER_RULES) if (pattern.test(message)) return problem(r.code, r.message, r.field);
  switch (e.code) {
    case '23503':
      return problem(ErrorCode.NOT_FOUND, 'Something this refers to does not exist (any more).', null);
    case '23505':
      return problem(DUPLICATE, 'This exists already.', null);
    case '23502':
      return problem(INVALID_INPUT, 'A required value is missing.', typeof e.column === 'string' ? `input.${camel(e.column)}` : null);
    default:
      return problem(INVALID_INPUT, 'The input breaks a rule of the data.', null);
  }
}
