/**
 * The rhythm of decision-making in the demo, planned relative to today: which meetings are held when, which proposals
 * stand where in the six-week cycle, and which actions came out of the meetings. Pure (no database): the same today and
 * cast give the same plan, and a unit test walks it over every day of several years.
 *
 * The calendar, after the Volksbond model (docs/domain.md): a beleidsoverleg every six weeks on a Tuesday, the residents'
 * kerngroep two weeks before it (it forms the residents' perspective), the bewonersbijeenkomst a week after it (week 6:
 * the decision fed back), the provider overleg on the first Thursday of each month, the quarterly overleg in the third
 * week after a quarter ends, one podium, and one ad hoc meeting for an urgent proposal.
 */
import type { MemberKind } from '../api/src/modules/opgave/opgave.entity';
import type { OverlegKind } from '../api/src/modules/overleg/overleg.entity';
import type { ClientCouncilVerdict, Perspective } from '../api/src/modules/proposal/proposal.entity';
import type { DecisionOutcome } from '../api/src/modules/decision/decision.entity';
import type { ActionStatus } from '../api/src/modules/action/action.entity';
import { isWorkingDay } from '../api/src/shared/working-days';
import { addDays, toDayNumber } from './random';

export type Kind = `${OverlegKind}`;
export type Member = `${MemberKind}`;
export type Side = `${Perspective}`;
export type Outcome = `${DecisionOutcome}`;
export type Verdict = `${ClientCouncilVerdict}`;
export type ActionState = `${ActionStatus}`;

export interface CastUser {
  id: number;
  name: string;
}
export interface Cast {
  municipality: string;
  regisseur: CastUser;
  analyst: CastUser;
  /** One representative per provider, in the providers' order. */
  reps: (CastUser & { provider: string })[];
  /** The procesbegeleiders of the opgaveteams: they present on the podium. */
  coaches: string[];
  /** The member of the client council: speaks for the residents (absent in a municipality without one: the regisseur did). */
  council: CastUser | null;
}

export interface Participant {
  name: string;
  kind: Member;
  organisation: string | null;
}

export interface MeetingPlan {
  key: string;
  kind: Kind;
  title: string;
  heldOn: string;
  /** When it was put in the calendar (its created_at): the overleg list shows the meeting planned last first. */
  plannedOn: string;
  location: string;
  participants: Participant[];
  agenda: { title: string; addedBy: number }[];
  /** Only for a meeting held before today. */
  minutes: string | null;
}

export interface PerspectivePlan {
  side: Side;
  position: string;
  advice: string | null;
  consulted: boolean;
  recordedBy: number;
  recordedOn: string;
}

/** An attendee's own stance on a proposal, with its reason. */
export interface StancePlan {
  userId: number;
  position: 'AGREE' | 'DISAGREE' | 'ABSTAIN';
  reason: string;
  recordedOn: string;
}

export interface ProposalPlan {
  key: string;
  title: string;
  description: string;
  submittedOn: string;
  urgent: boolean;
  submittedBy: number;
  perspectives: PerspectivePlan[];
  /** Stances recorded so far (proposals awaiting their decision); absent: none. */
  stances?: StancePlan[];
  decision: {
    meeting: string;
    decidedOn: string;
    outcome: Outcome;
    text: string;
    votes: [number, number, number];
    minorityPosition: string | null;
    responsible: string;
  } | null;
  feedback: { on: string; summary: string } | null;
  council: { on: string; verdict: Verdict; remarks: string | null } | null;
  /** What the demo means to show: whether a step of the cycle is late today (checked against the rule when seeding). */
  overdue: boolean;
}

export interface ActionPlan {
  title: string;
  /** The meeting it came from, or the proposal whose decision it carries out. */
  source: { meeting: string } | { decisionOf: string };
  ownerUserId: number | null;
  ownerName: string | null;
  createdOn: string;
  dueOn: string;
  status: ActionState;
  closedOn: string | null;
}

export interface RhythmPlan {
  meetings: MeetingPlan[];
  proposals: ProposalPlan[];
  actions: ActionPlan[];
}

/** How far the demo's calendar reaches: three months back (as far as the calendar feed looks), two and a half ahead. */
export const PAST_DAYS = 92;
export const FUTURE_DAYS = 72;
export const CYCLE_DAYS = 42;

/** Members of the residents' kerngroep: invented names. */
export const KERNGROEP: readonly string[] = [
  'Joke Hendriksen-Bos',
  'Ahmed El Amrani',
  'Gerda Smeenk',
  'Bert Lammers',
  'Sevda Kaya',
  'Wim Oortwijn',
  'Marijke Teunissen',
];

// ---------------------------------------------------------------------------------------------------------------
// Dates

/** 0 = Monday ... 6 = Sunday. Day 0 (1970-01-01) was a Thursday. */
export function weekday(date: string): number {
  return (toDayNumber(date) + 3) % 7;
}

/** A meeting is never planned in a weekend or on a Dutch public holiday: the API's own working-day rule. */
export const isWorkday = isWorkingDay;

/** The first day on or after `date` that falls on `day` (0 = Monday). */
export function onOrAfter(date: string, day: number): string {
  return addDays(date, (day - weekday(date) + 7) % 7);
}

/** `date` itself when it is a workday, else the next workday. */
export function workdayFrom(date: string): string {
  let d = date;
  while (!isWorkday(d)) d = addDays(d, 1);
  return d;
}

export type Cycle = -2 | -1 | 0 | 1;
export const CYCLES: readonly Cycle[] = [-2, -1, 0, 1];

/** The fixed points of the demo's calendar; cycle 0 is the one whose beleidsoverleg comes next. */
export interface Anchors {
  today: string;
  /** Week 3-4 of each cycle: the kerngroep forms the residents' perspective. */
  kerngroep: Record<Cycle, string>;
  /** Week 5: the beleidsoverleg decides. */
  beleid: Record<Cycle, string>;
  /** Week 6: the decision is fed back in the bewonersbijeenkomst. */
  residents: Record<Cycle, string>;
  /** The urgent proposal, submitted three days ago, and its ad hoc meeting: within the week the model allows. */
  urgentSubmittedOn: string;
  adHoc: string;
}

const perCycle = (f: (k: Cycle) => string): Record<Cycle, string> => ({ [-2]: f(-2), [-1]: f(-1), 0: f(0), 1: f(1) });

export function anchors(today: string): Anchors {
  // The next beleidsoverleg is about four weeks ahead, so that a proposal submitted this past week has it in its week 5.
  const next = onOrAfter(addDays(today, 22), 1);
  const beleid = perCycle((k) => workdayFrom(addDays(next, k * CYCLE_DAYS)));
  return {
    today,
    kerngroep: perCycle((k) => workdayFrom(addDays(beleid[k], -13))),
    beleid,
    residents: perCycle((k) => workdayFrom(addDays(beleid[k], 7))),
    urgentSubmittedOn: addDays(today, -3),
    adHoc: workdayFrom(addDays(today, 1)),
  };
}

/** A timestamp on a calendar day: 08:00 UTC is morning in Amsterdam; every date given is before today, so it is past. */
export const at = (date: string, hourUtc = 8): string => `${date}T${String(hourUtc).padStart(2, '0')}:00:00Z`;

export const inWindow = (date: string, today: string): boolean => date >= addDays(today, -PAST_DAYS) && date <= addDays(today, FUTURE_DAYS);
