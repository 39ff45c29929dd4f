/** Dutch words for the API's codes, in the language of the domain. */
import {
  ACTION_STATUS_TEXTS,
  ANNUAL_PLAN_STATUS_TEXTS,
  ARRANGEMENT_FORM_LABEL_TEXTS,
  ARRANGEMENT_STATUS_TEXTS,
  CLIENT_COUNCIL_VERDICT_TEXTS,
  CONVENANT_STATUS_TEXTS,
  DECISION_OUTCOME_TEXTS,
  END_REASON_TEXTS,
  formatText,
  FUNDING_STATUS_TEXTS,
  GOAL_ATTAINMENT_TEXTS,
  MEMBER_KIND_TEXTS,
  OPGAVE_STATUS_TEXTS,
  OVERLEG_KIND_TEXTS,
  OVERLEG_STATUS_TEXTS,
  OWNERSHIP_LADDER_TEXTS,
  PERSPECTIVE_TEXTS,
  PRODUCT_CATEGORY_TEXTS,
  PROPOSAL_STATUS_TEXTS,
  PROPOSAL_STEP_TEXTS,
  PROVIDER_KIND_TEXTS,
  QUARTER_VERDICT_TEXTS,
  REVIEW_ATTENDEE_ROLE_TEXTS,
  RUNG_LABEL_TEXTS,
} from '@regiekamer/texts';
import type {
  ArrangementForm,
  ArrangementStatus,
  ConvenantStatus,
  EndReason,
  GoalAttainment,
  MemberKind,
  OpgaveStatus,
  ProductCategory,
  ProviderKind,
} from '../gql/graphql';

/** In its own file: the shell shows the role, and would otherwise carry every label of the client. */
export { ROLE_LABELS } from './role-labels';

export const PROVIDER_KIND_LABELS: Record<ProviderKind, string> = PROVIDER_KIND_TEXTS;

export const ARRANGEMENT_STATUS_LABELS: Record<ArrangementStatus, string> = ARRANGEMENT_STATUS_TEXTS;

export const ARRANGEMENT_FORM_LABELS: Record<ArrangementForm, string> = ARRANGEMENT_FORM_LABEL_TEXTS;

export const PRODUCT_CATEGORY_LABELS: Record<ProductCategory, string> = PRODUCT_CATEGORY_TEXTS;

export const END_REASON_LABELS: Record<EndReason, string> = END_REASON_TEXTS;

export const GOAL_ATTAINMENT_LABELS: Record<GoalAttainment, string> = GOAL_ATTAINMENT_TEXTS;

export const CONVENANT_STATUS_LABELS: Record<ConvenantStatus, string> = CONVENANT_STATUS_TEXTS;

export const OPGAVE_STATUS_LABELS: Record<OpgaveStatus, string> = OPGAVE_STATUS_TEXTS;

export const OPGAVE_STATUS_ORDER: OpgaveStatus[] = ['COLLECTED', 'SELECTED', 'IN_PROGRESS', 'COMPLETED', 'DROPPED'];

export const MEMBER_KIND_LABELS: Record<MemberKind, string> = MEMBER_KIND_TEXTS;

/** The ladder of ownership (trap van eigenaarschap), rung 1 to 5. */
export const OWNERSHIP_RUNGS: Record<number, string> = OWNERSHIP_LADDER_TEXTS;

export function rungLabel(rung: number): string {
  return formatText(RUNG_LABEL_TEXTS.rung, { rung: String(rung), name: rungName(rung) });
}

/** A rung's name on the ladder of ownership ("Samen beslissen"). */
export function rungName(rung: number): string {
  return OWNERSHIP_RUNGS[rung] ?? RUNG_LABEL_TEXTS.unknown;
}

// Partial: the API may send a value newer than this client's labels; it is shown as it came.
export function label<K extends string>(labels: Partial<Record<K, string>>, value: K | null | undefined, empty = '—'): string {
  if (value === null || value === undefined) return empty;
  return labels[value] ?? value;
}

/** From the shared catalogue: the calendar feed names the kinds the same way. */
export const OVERLEG_KIND_LABELS: Record<import('../gql/graphql').OverlegKind, string> = OVERLEG_KIND_TEXTS;

export const OVERLEG_STATUS_LABELS: Record<import('../gql/graphql').OverlegStatus, string> = OVERLEG_STATUS_TEXTS;

export const DECISION_OUTCOME_LABELS: Record<import('../gql/graphql').DecisionOutcome, string> = DECISION_OUTCOME_TEXTS;

export const ACTION_STATUS_LABELS: Record<import('../gql/graphql').ActionStatus, string> = ACTION_STATUS_TEXTS;

export const PERSPECTIVE_LABELS: Record<import('../gql/graphql').Perspective, string> = PERSPECTIVE_TEXTS;

export const PROPOSAL_STATUS_LABELS: Record<import('../gql/graphql').ProposalStatus, string> = PROPOSAL_STATUS_TEXTS;


export const PROPOSAL_STEP_LABELS: Record<import('../gql/graphql').ProposalStep, string> = PROPOSAL_STEP_TEXTS;

export const CLIENT_COUNCIL_VERDICT_LABELS: Record<import('../gql/graphql').ClientCouncilVerdict, string> = CLIENT_COUNCIL_VERDICT_TEXTS;

export const FUNDING_STATUS_LABELS: Record<import('../gql/graphql').FundingAgreementStatus, string> = FUNDING_STATUS_TEXTS;

export const ANNUAL_PLAN_STATUS_LABELS: Record<import('../gql/graphql').AnnualPlanStatus, string> = ANNUAL_PLAN_STATUS_TEXTS;

export const QUARTER_VERDICT_LABELS: Record<import('../gql/graphql').QuarterVerdict, string> = QUARTER_VERDICT_TEXTS;

export const REVIEW_ATTENDEE_ROLE_LABELS: Record<import('../gql/graphql').ReviewAttendeeRole, string> = REVIEW_ATTENDEE_ROLE_TEXTS;
