import { addDays, daysBetween } from '../../shared/local-date';
import { Perspective, ProposalStatus } from './proposal.entity';

/** The rules of the six-week cycle: its schedule, its sides and which steps are late. Pure; table-tested. */

/** The three sides whose perspective a decision needs, in the order they are shown. */
export const SIDES: readonly Perspective[] = [Perspective.RESIDENTS, Perspective.STAFF, Perspective.ORGANISATION];

/** The newest recorded perspective of each side (a side may speak again), in the order of SIDES. */
export function currentPerspectives<T extends { perspective: Perspective }>(all: readonly T[]): T[] {
  const newest = new Map<Perspective, T>();
  for (const p of all) newest.set(p.perspective, p);
  return SIDES.flatMap((side) => newest.get(side) ?? []);
}

export enum ProposalStep {
  PERSPECTIVES = 'PERSPECTIVES',
  POLICY_MEETING = 'POLICY_MEETING',
  FEEDBACK = 'FEEDBACK',
}

/**
 * The six-week cycle (Volksbond), in calendar days from the submission date D:
 * perspectives by D+28, beleidsoverleg in week 5 (D+28 .. D+35), decision fed back to residents by D+42.
 *
 * Urgent (our reading of "ad hoc meeting within a week, then the same steps on that compressed date"): the ad hoc meeting
 * by D+7 takes the place of the beleidsoverleg, so the perspectives are due by D+7 as well and the meeting may be held
 * from D; the feedback follows a week after the meeting, as in the normal cycle (week 5 → week 6): by D+14.
 */
export interface ScheduleOffsets {
  perspectivesDue: number;
  policyMeetingFrom: number;
  policyMeetingBy: number;
  decisionFeedbackBy: number;
  adHocMeetingBy: number | null;
}

export const NORMAL_CYCLE: ScheduleOffsets = {
  perspectivesDue: 28,
  policyMeetingFrom: 28,
  policyMeetingBy: 35,
  decisionFeedbackBy: 42,
  adHocMeetingBy: null,
};
export const URGENT_CYCLE: ScheduleOffsets = {
  perspectivesDue: 7,
  policyMeetingFrom: 0,
  policyMeetingBy: 7,
  decisionFeedbackBy: 14,
  adHocMeetingBy: 7,
};

export interface ProposalScheduleDates {
  perspectivesDueOn: string;
  policyMeetingFrom: string;
  policyMeetingBy: string;
  decisionFeedbackBy: string;
  adHocMeetingBy: string | null;
}

export function offsetsFor(urgent: boolean): ScheduleOffsets {
  return urgent ? URGENT_CYCLE : NORMAL_CYCLE;
}

/** Derived from the submission date each time it is asked for: never stored. */
export function proposalSchedule(submittedOn: string, urgent: boolean): ProposalScheduleDates {
  const o = offsetsFor(urgent);
  return {
    perspectivesDueOn: addDays(submittedOn, o.perspectivesDue),
    policyMeetingFrom: addDays(submittedOn, o.policyMeetingFrom),
    policyMeetingBy: addDays(submittedOn, o.policyMeetingBy),
    decisionFeedbackBy: addDays(submittedOn, o.decisionFeedbackBy),
    adHocMeetingBy: o.adHocMeetingBy === null ? null : addDays(submittedOn, o.adHocMeetingBy),
  };
}

/** Only a proposal in these statuses has a step that can be late: once fed back, the cycle has no deadline left. */
export const OPEN_STATUSES: readonly ProposalStatus[] = [ProposalStatus.SUBMITTED, ProposalStatus.DECIDED];

/** The earliest deadline of either cycle, in days after submission: a younger proposal cannot be late. */
export const EARLIEST_DEADLINE_DAYS = Math.min(
  ...[NORMAL_CYCLE, URGENT_CYCLE].flatMap((o) => [o.perspectivesDue, o.policyMeetingBy, o.decisionFeedbackBy]),
);

/**
 * Which steps of the cycle are late today. Perspectives are late when a side has not spoken by their due date; the
 * decision when the beleidsoverleg (or ad hoc meeting) window has passed undecided; the feedback when the residents
 * have not heard the decision by week 6. The client council has no deadline in the model, so it is never late.
 */
/** What the overdue rule needs to know of a proposal, read in one statement for a whole list. */
export interface ProposalDeadlineFacts {
  id: number;
  title: string;
  status: ProposalStatus;
  submittedOn: string;
  urgent: boolean;
  sidesSpoken: number;
  staffSpoken: boolean;
}

/** The steps of the cycle still to be done, whatever the date: what a calendar shows ahead and what can become late. */
export function pendingSteps(p: { status: ProposalStatus }, sidesSpoken: number): ProposalStep[] {
  const steps: ProposalStep[] = [];
  if (p.status === ProposalStatus.SUBMITTED && sidesSpoken < SIDES.length) steps.push(ProposalStep.PERSPECTIVES);
  if (p.status === ProposalStatus.SUBMITTED) steps.push(ProposalStep.POLICY_MEETING);
  if (OPEN_STATUSES.includes(p.status)) steps.push(ProposalStep.FEEDBACK);
  return steps;
}

/** The pending steps whose deadline has passed today. */
export function overdueSteps(
  p: { status: ProposalStatus; submittedOn: string; urgent: boolean },
  sidesSpoken: number,
  today: string,
): ProposalStep[] {
  const schedule = proposalSchedule(p.submittedOn, p.urgent);
  return pendingSteps(p, sidesSpoken).filter((step) => today > stepDueOn(step, schedule));
}

/** The date by which a step had to be done. */
export function stepDueOn(step: ProposalStep, schedule: ProposalScheduleDates): string {
  return { PERSPECTIVES: schedule.perspectivesDueOn, POLICY_MEETING: schedule.policyMeetingBy, FEEDBACK: schedule.decisionFeedbackBy }[step];
}

/** How late a step of the cycle was done, or is today while it waits: kept once done, as it was. */
export interface StepLateness {
  step: ProposalStep;
  dueOn: string;
  /** The day it was done; null while it waits. */
  doneOn: string | null;
  /** Days after its due date it was done (or, while it waits, today is); 0 when on time. */
  daysLate: number;
}

/**
 * The lateness of each step (a late decision no longer clears it, as `overdue` does): measured to the day the step was
 * done, or to today while it waits. A done day after today (a clock behind the records) counts as today.
 */
export function stepLateness(schedule: ProposalScheduleDates, done: Readonly<Record<ProposalStep, string | null>>, today: string): StepLateness[] {
  return [ProposalStep.PERSPECTIVES, ProposalStep.POLICY_MEETING, ProposalStep.FEEDBACK].map((step) => {
    const dueOn = stepDueOn(step, schedule);
    const recorded = done[step];
    const doneOn = recorded !== null && recorded > today ? today : recorded;
    return { step, dueOn, doneOn, daysLate: Math.max(0, daysBetween(dueOn, doneOn ?? today)) };
  });
}

/** The day every side had spoken: the latest of each side's first perspective; null while a side is missing. */
export function perspectivesDoneOn(recorded: readonly { perspective: Perspective; recordedOn: string }[]): string | null {
  const first = new Map<Perspective, string>();
  for (const r of recorded) if (!first.has(r.perspective) || r.recordedOn < (first.get(r.perspective) ?? '')) first.set(r.perspective, r.recordedOn);
  if (!SIDES.every((side) => first.has(side))) return null;
  return [...first.values()].sort().at(-1) ?? null;
}
