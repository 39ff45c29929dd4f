import { addDays } from '../../shared/local-date';

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
