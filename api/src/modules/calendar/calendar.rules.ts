import { CALENDAR_TEXTS, DEADLINE_CALENDAR_TEXTS, formatText, OVERLEG_KIND_TEXTS } from '@regiekamer/texts';
import { addDays } from '../../shared/local-date';
import { quarterReportDueOn } from '../annual-plan/annual-plan.rules';
import { pendingSteps, ProposalStep, proposalSchedule, stepDueOn, type ProposalDeadlineFacts } from '../proposal/proposal.rules';
import { Role } from '../user/user.entity';
import type { CalendarEvent } from './calendar.ics';

/** How far back a feed reaches: a calendar keeps what it once showed, so older events need not be sent again. */
export const FEED_PAST_DAYS = 92;

/** The first day a feed made today shows. */
export const feedStartsOn = (today: string): string => addDays(today, -FEED_PAST_DAYS);

export interface OverlegFacts {
  id: number;
  kind: keyof typeof OVERLEG_KIND_TEXTS;
  title: string;
  heldOn: string;
  startsAt: string | null;
  endsAt: string | null;
  location: string | null;
  status: 'PLANNED' | 'CANCELLED';
  sequence: number;
}

/** What the deadline rules need to know of a proposal (read for a whole list in one statement). */
export type ProposalFacts = ProposalDeadlineFacts;

export interface ActionFacts {
  id: number;
  title: string;
  dueOn: string;
}

const STEP_TEXT: Record<ProposalStep, string> = {
  [ProposalStep.PERSPECTIVES]: CALENDAR_TEXTS.perspectivesDue,
  [ProposalStep.POLICY_MEETING]: CALENDAR_TEXTS.policyMeetingDue,
  [ProposalStep.FEEDBACK]: CALENDAR_TEXTS.feedbackDue,
};

/**
 * The steps of a proposal a viewer is asked for: the municipality's staff run the whole cycle; a provider's
 * representative speaks for the professionals, so only the staff perspective, until it is given; analysts none.
 */
export function proposalStepsFor(role: Role, p: ProposalFacts): ProposalStep[] {
  const pending = pendingSteps(p, p.sidesSpoken);
  if (role === Role.REGISSEUR || role === Role.ADMIN) return pending;
  if (role === Role.PROVIDER_REP && !p.staffSpoken) return pending.filter((s) => s === ProposalStep.PERSPECTIVES);
  return [];
}

/** The UID of an overleg: the same in every feed and in every invitation mailed for it. */
export const overlegUid = (id: number): string => `overleg-${id}@regiekamer`;

/** A meeting: timed when it has hours, else all day; a cancelled one stays, marked so (STATUS:CANCELLED). */
export function overlegEvent(o: OverlegFacts): CalendarEvent {
  const summary = formatText(CALENDAR_TEXTS.overleg, { kind: OVERLEG_KIND_TEXTS[o.kind], title: o.title });
  const cancelled = o.status === 'CANCELLED';
  return {
    uid: overlegUid(o.id),
    date: o.heldOn,
    startsAt: o.startsAt,
    endsAt: o.endsAt,
    summary: cancelled ? formatText(DEADLINE_CALENDAR_TEXTS.cancelledOverleg, { summary }) : summary,
    location: o.location,
    sequence: o.sequence,
    cancelled,
  };
}

/** An adopted annual plan the viewer accounts for, with the quarters already accounted for. */
export interface PlanFacts {
  planId: number;
  year: number;
  reported: number[];
}

/** Every quarter of the plan not yet accounted for, on the day its report is due (past ones until they are in). */
export function quarterReportEvents(p: PlanFacts): CalendarEvent[] {
  return [1, 2, 3, 4]
    .filter((q) => !p.reported.includes(q))
    .map((q) => ({
      uid: `quarter-report-${p.planId}-q${q}@regiekamer`,
      date: quarterReportDueOn(p.year, q),
      summary: formatText(DEADLINE_CALENDAR_TEXTS.quarterReportDue, { quarter: q, year: String(p.year) }),
      description: DEADLINE_CALENDAR_TEXTS.quarterReportDescription,
    }));
}

/** A convenant open for signing that waits on the viewer's party (their provider, or the municipality). */
export interface ConvenantFacts {
  id: number;
  title: string;
  startsOn: string;
}

/**
 * A convenant has no signing deadline of its own: it should be signed before it starts. Once that day has passed it
 * is shown today, each day until it is signed, so that it is not lost in the past of a calendar.
 */
export function convenantSignEvent(c: ConvenantFacts, today: string): CalendarEvent {
  return {
    uid: `convenant-${c.id}-sign@regiekamer`,
    date: c.startsOn >= today ? c.startsOn : today,
    summary: formatText(DEADLINE_CALENDAR_TEXTS.convenantSignDue, { title: c.title }),
    description: DEADLINE_CALENDAR_TEXTS.convenantSignDescription,
  };
}

export function proposalEvents(role: Role, p: ProposalFacts): CalendarEvent[] {
  const schedule = proposalSchedule(p.submittedOn, p.urgent);
  return proposalStepsFor(role, p).map((step) => ({
    uid: `proposal-${p.id}-${step.toLowerCase()}@regiekamer`,
    date: stepDueOn(step, schedule),
    summary: formatText(STEP_TEXT[step], { title: p.title }),
    description: CALENDAR_TEXTS.proposalDescription,
  }));
}

export function actionEvent(a: ActionFacts): CalendarEvent {
  return {
    uid: `action-${a.id}@regiekamer`,
    date: a.dueOn,
    summary: formatText(CALENDAR_TEXTS.actionDue, { title: a.title }),
    description: CALENDAR_TEXTS.actionDescription,
  };
}
