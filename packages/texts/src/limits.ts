/**
 * What the API accepts, in one place: the API's validators check these numbers and the web client's forms show and
 * check the same ones before sending (character counters, signs and bounds). The database guards some of them too,
 * with CHECK constraints written in the migrations (constraint names in api/src/db/constraint-problems.ts).
 */

/** Longest text of each field, in characters (UTF-16 code units, as JavaScript's `length` and the API count). */
export const TEXT_MAX = {
  clientKey: 100,
  arrangementGoal: 500,
  reportRemarks: 2000,
  networkPlanCoordinator: 200,
  networkPlanSummary: 5000,
  networkPlanDecision: 1000,
  networkPlanProfessionalRole: 2000,
  atelierTitle: 300,
  atelierMeetingNotes: 10_000,
  atelierHoursNote: 2000,
  atelierOutcome: 10_000,
  atelierFollowUpDecision: 10_000,
  overlegTitle: 300,
  overlegLocation: 300,
  overlegParticipantName: 200,
  overlegParticipantOrganisation: 200,
  agendaItem: 300,
  minutes: 50_000,
  opgaveTitle: 300,
  opgaveDescription: 10_000,
  opgaveArea: 200,
  opgaveteamPerson: 200,
  opgaveteamMemberName: 200,
  opgaveteamMemberOrganisation: 200,
  proposalTitle: 300,
  proposalDescription: 10_000,
  perspectivePosition: 10_000,
  perspectiveAdvice: 10_000,
  decisionText: 10_000,
  minorityPosition: 10_000,
  decisionResponsible: 200,
  feedbackSummary: 10_000,
  councilRemarks: 10_000,
  actionTitle: 300,
  actionOwnerName: 200,
  fundingPurpose: 2000,
  trackTopic: 300,
  trackWish: 1000,
  trackGoal: 10_000,
  trackActionPlan: 20_000,
  trackFindings: 10_000,
  planGoalTitle: 300,
  planGoalIndicator: 300,
  planBudgetLineTitle: 300,
  quarterGoalRemarks: 2000,
  reviewRemarks: 5000,
  reviewAction: 500,
  reviewAttendeeName: 200,
  minorityWisdom: 10_000,
  convenantTitle: 300,
  /** The API's default for a text that names no limit of its own. */
  default: 500,
} as const;

/** How many items a list in an input may have. */
export const COUNT_MAX = {
  arrangementGoals: 20,
  networkPlanDecisions: 30,
  overlegParticipants: 600, // the seed speaks of meetings of up to 600 people
  agendaItems: 100,
  opgaveteamMembersAtOnce: 200,
  trackWishes: 200,
  planGoals: 30,
  planBudgetLines: 50,
  reviewAttendees: 50,
  reviewActions: 30,
  ballots: 200,
} as const;

/** Numeric bounds (inclusive unless said otherwise). */
export const NUMBER_BOUNDS = {
  /** Hours per week of an arrangement: 0 to all hours of a week. */
  hoursPerWeek: { min: 0, max: 168 },
  /** Hours delivered in a report: 0 to 24 per day of its period (see maxHoursInPeriod). */
  hoursPerDay: { min: 0, max: 24 },
  /** Hours logged on an atelier in one go: more than 0, at most 24, two decimals. */
  atelierHours: { min: 0, max: 24 },
  /** The hours norm of an atelier: more than 0, at most 1000 (30 by default). */
  atelierHoursNorm: { min: 0, max: 1000 },
  networkPlanParticipants: { min: 1, max: 500 },
  ownershipRung: { min: 1, max: 5 },
  planYear: { min: 2000, max: 2100 },
  quarter: { min: 1, max: 4 },
  goalTarget: { min: 0, max: 1_000_000_000 },
} as const;

/** One arrangement report, and the planned cost of one arrangement: at most EUR 1,000,000. */
export const MAX_REPORT_CENTS = 100_000_000;
/** A budget or an amount between parties (convenant, annual plan line, quarter spent, funding): at most EUR 10,000,000,000. */
export const MAX_BUDGET_CENTS = 1_000_000_000_000;
/** Nobody delivers more than a whole day per day. */
export const MAX_HOURS_PER_DAY = NUMBER_BOUNDS.hoursPerDay.max;

/** Dates the domain can mean; anything else is a typing error (and year 0 is not a date PostgreSQL stores). */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2200-12-31';

/** A new password: at least this many characters (code points) and at most this many (code units). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1000;
