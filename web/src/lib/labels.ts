/** Dutch words for the API's codes, in the language of the domain. */
import { OVERLEG_KIND_TEXTS } from '@regiekamer/texts';
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

export const PROVIDER_KIND_LABELS: Record<ProviderKind, string> = {
  CARE: 'Zorg',
  VOLUNTEER: 'Vrijwilligerswerk',
  WELFARE: 'Welzijn',
};

export const ARRANGEMENT_STATUS_LABELS: Record<ArrangementStatus, string> = {
  REQUESTED: 'Aangevraagd',
  ACTIVE: 'Actief',
  PAUSED: 'Gepauzeerd',
  ENDED: 'Beëindigd',
};

export const ARRANGEMENT_FORM_LABELS: Record<ArrangementForm, string> = {
  INDIVIDUAL: 'Individueel',
  GROUP: 'Groep',
  MIXED: 'Gemengd',
};

export const PRODUCT_CATEGORY_LABELS: Record<ProductCategory, string> = {
  BEGELEIDING: 'Begeleiding (02)',
  DAGBESTEDING: 'Dagbesteding (07)',
  GROEPSGERICHTE_ONDERSTEUNING: 'Groepsgerichte ondersteuning (09)',
  OVERIGE_ARRANGEMENTEN: 'Overige arrangementen (10)',
};

export const END_REASON_LABELS: Record<EndReason, string> = {
  GOALS_ACHIEVED: 'Doelen bereikt',
  NO_LONGER_NEEDED: 'Niet meer nodig',
  CLIENT_WITHDREW: 'Inwoner ziet af van ondersteuning',
  MOVED_AWAY: 'Verhuisd',
  REFERRED_ELSEWHERE: 'Doorverwezen',
  DECEASED: 'Overleden',
  OTHER: 'Anders',
};

export const GOAL_ATTAINMENT_LABELS: Record<GoalAttainment, string> = {
  ACHIEVED: 'Bereikt',
  PARTLY: 'Gedeeltelijk bereikt',
  NOT_ACHIEVED: 'Niet bereikt',
};

export const CONVENANT_STATUS_LABELS: Record<ConvenantStatus, string> = {
  DRAFT: 'Concept',
  OPEN_FOR_SIGNING: 'Open voor ondertekening',
  IN_FORCE: 'In werking',
  ENDED: 'Beëindigd',
};

export const OPGAVE_STATUS_LABELS: Record<OpgaveStatus, string> = {
  COLLECTED: 'Opgehaald',
  SELECTED: 'Gekozen',
  IN_PROGRESS: 'In uitvoering',
  COMPLETED: 'Afgerond',
  DROPPED: 'Vervallen',
};

export const OPGAVE_STATUS_ORDER: OpgaveStatus[] = ['COLLECTED', 'SELECTED', 'IN_PROGRESS', 'COMPLETED', 'DROPPED'];

export const MEMBER_KIND_LABELS: Record<MemberKind, string> = {
  RESIDENT: 'Inwoner',
  PROFESSIONAL: 'Professional',
};

/** The ladder of ownership (trap van eigenaarschap), rung 1 to 5. */
export const OWNERSHIP_RUNGS: Record<number, string> = {
  1: 'Praten over inwoners',
  2: 'Praten met inwoners',
  3: 'Inwoners denken mee',
  4: 'Samen beslissen',
  5: 'Samen beslissen en doen',
};

export function rungLabel(rung: number): string {
  return `Trede ${rung}: ${OWNERSHIP_RUNGS[rung] ?? 'onbekend'}`;
}

// Partial: the API may send a value newer than this client's labels; it is shown as it came.
export function label<K extends string>(labels: Partial<Record<K, string>>, value: K | null | undefined, empty = '—'): string {
  if (value === null || value === undefined) return empty;
  return labels[value] ?? value;
}

/** From the shared catalogue: the calendar feed names the kinds the same way. */
export const OVERLEG_KIND_LABELS: Record<import('../gql/graphql').OverlegKind, string> = OVERLEG_KIND_TEXTS;

export const OVERLEG_STATUS_LABELS: Record<import('../gql/graphql').OverlegStatus, string> = {
  PLANNED: 'Gepland',
  CANCELLED: 'Afgelast',
};

export const DECISION_OUTCOME_LABELS: Record<import('../gql/graphql').DecisionOutcome, string> = {
  ADOPTED: 'Aangenomen',
  AMENDED: 'Aangenomen met wijzigingen',
  REJECTED: 'Verworpen',
};

export const ACTION_STATUS_LABELS: Record<import('../gql/graphql').ActionStatus, string> = {
  OPEN: 'Open',
  DONE: 'Gedaan',
  DROPPED: 'Vervallen',
};

export const PERSPECTIVE_LABELS: Record<import('../gql/graphql').Perspective, string> = {
  RESIDENTS: 'Bewoners (kerngroep)',
  STAFF: 'Medewerkers',
  ORGANISATION: 'Organisatie (locatiemanager)',
};

export const PROPOSAL_STATUS_LABELS: Record<import('../gql/graphql').ProposalStatus, string> = {
  SUBMITTED: 'Ingediend',
  DECIDED: 'Besloten',
  FED_BACK: 'Teruggekoppeld',
  FOLLOW_UP: 'Vervolg op zorgen',
  CLOSED: 'Afgesloten',
};


export const PROPOSAL_STEP_LABELS: Record<import('../gql/graphql').ProposalStep, string> = {
  PERSPECTIVES: 'Standpunten van de drie partijen',
  POLICY_MEETING: 'Beleidsoverleg (week 5)',
  FEEDBACK: 'Terugkoppeling aan bewoners (week 6)',
};

export const CLIENT_COUNCIL_VERDICT_LABELS: Record<import('../gql/graphql').ClientCouncilVerdict, string> = {
  INTERESTS_SERVED: 'Belangen van cliënten gediend',
  CONCERNS: 'Zorgen',
};

export const FUNDING_STATUS_LABELS: Record<import('../gql/graphql').FundingAgreementStatus, string> = {
  PROPOSED: 'Voorgesteld',
  AGREED: 'Afgesproken',
  ENDED: 'Beëindigd',
  DECLINED: 'Afgewezen',
  WITHDRAWN: 'Ingetrokken',
};

export const ANNUAL_PLAN_STATUS_LABELS: Record<import('../gql/graphql').AnnualPlanStatus, string> = {
  DRAFT: 'Concept',
  ADOPTED: 'Vastgesteld',
};

export const QUARTER_VERDICT_LABELS: Record<import('../gql/graphql').QuarterVerdict, string> = {
  ON_TRACK: 'Op koers',
  ATTENTION: 'Aandacht nodig',
  OFF_TRACK: 'Niet op koers',
};

export const REVIEW_ATTENDEE_ROLE_LABELS: Record<import('../gql/graphql').ReviewAttendeeRole, string> = {
  BOARD: 'Bestuur',
  HEAD_OF_FINANCE: 'Hoofd financiën',
  KERNGROEP: 'Kerngroep',
  MUNICIPALITY: 'Gemeente',
  PROVIDER: 'Aanbieder',
  OTHER: 'Anders',
};
