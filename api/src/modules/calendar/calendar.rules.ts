import { CALENDAR_TEXTS, formatText, OVERLEG_KIND_TEXTS } from '@regiekamer/texts';
import { addDays } from '../../shared/local-date';
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
  location: string | null;
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

export function overlegEvent(o: OverlegFacts): CalendarEvent {
  return {
    uid: `overleg-${o.id}@regiekamer`,
    date: o.heldOn,
    summary: formatText(CALENDAR_TEXTS.overleg, { kind: OVERLEG_KIND_TEXTS[o.kind], title: o.title }),
    location: o.location,
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
