import { COUNCIL_CHECK_TEXTS, formatText, REMINDER_TEXTS } from '@regiekamer/texts';
import { addDays } from '../../shared/local-date';
import { workingDaysBefore } from '../../shared/working-days';
import { lastEndedQuarter, quarterReportDueOn } from '../annual-plan/annual-plan.rules';
import { AttentionKind, type AttentionItem } from '../attention/attention.types';
import { proposalStepsFor } from '../calendar/calendar.rules';
import { ProposalStatus } from '../proposal/proposal.entity';
import { ProposalStep, proposalSchedule, stepDueOn, type ProposalDeadlineFacts } from '../proposal/proposal.rules';
import { councilCheckDueOn, councilCheckOverdue } from '../proposal/voice.rules';
import type { Role } from '../user/user.entity';
import { NotificationKind } from './notification.entity';
import { dutchDate } from './notification.rules';
import { outcomeDigestLine } from '../outcome/outcome.digest';

/**
 * The rules of the scheduled notices: when a deadline is reminded, which quarter report is asked for on a morning, and
 * how an attention item reads in the regisseur's digest. Pure; table-tested in __tests__/reminders.rules.test.ts.
 */

/** A deadline is reminded this many working days before it. */
export const DEADLINE_REMINDER_WORKING_DAYS = 2;

/**
 * From the reminder date up to and including the due date: a morning that did not run is made up by the next one (the
 * notification's key, with the due date, keeps it to one). After the due date the step is late, which the digest tells.
 */
export function inReminderWindow(dueOn: string, on: string): boolean {
  return on >= workingDaysBefore(dueOn, DEADLINE_REMINDER_WORKING_DAYS) && on <= dueOn;
}

export interface DueSteps {
  dueOn: string;
  steps: ProposalStep[];
}

/**
 * The deadlines of a proposal to remind someone in `role` of on the morning `on`: the steps the calendar feed lists
 * for that role, grouped by due date (an urgent proposal's perspectives and meeting fall on one day: one reminder).
 */
export function deadlineReminders(role: Role, p: ProposalDeadlineFacts, on: string): DueSteps[] {
  const schedule = proposalSchedule(p.submittedOn, p.urgent);
  const byDate = new Map<string, ProposalStep[]>();
  for (const step of proposalStepsFor(role, p)) {
    const dueOn = stepDueOn(step, schedule);
    if (!inReminderWindow(dueOn, on)) continue;
    byDate.set(dueOn, [...(byDate.get(dueOn) ?? []), step]);
  }
  return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([dueOn, steps]) => ({ dueOn, steps }));
}

const STEP_TEXT: Record<ProposalStep, string> = {
  [ProposalStep.PERSPECTIVES]: REMINDER_TEXTS.stepPerspectives,
  [ProposalStep.POLICY_MEETING]: REMINDER_TEXTS.stepPolicyMeeting,
  [ProposalStep.FEEDBACK]: REMINDER_TEXTS.stepFeedback,
};

/** "de standpunten geven en het beleidsoverleg houden en besluiten": the steps as one Dutch phrase. */
export function stepsPhrase(steps: readonly ProposalStep[]): string {
  return new Intl.ListFormat('nl', { type: 'conjunction' }).format(steps.map((s) => STEP_TEXT[s]));
}

/** A quarter report is reminded this many days before it is due. */
export const QUARTER_REMINDER_DAYS_BEFORE = 5;

export interface QuarterNotice {
  kind: NotificationKind.QUARTER_REPORT_DUE | NotificationKind.QUARTER_REPORT_REMINDER;
  year: number;
  quarter: number;
  dueOn: string;
}

/**
 * What the representatives of a provider whose report of the last ended quarter is not in are told on the morning
 * `on`: from the morning after the quarter ended that it is due; from five days before the due date, a reminder instead
 * (a missed morning is made up by a later one; after the due date neither). One notice a morning at most.
 */
export function quarterNotice(on: string): QuarterNotice | null {
  const { year, quarter } = lastEndedQuarter(on);
  const dueOn = quarterReportDueOn(year, quarter);
  if (on > dueOn) return null;
  const kind = on >= addDays(dueOn, -QUARTER_REMINDER_DAYS_BEFORE) ? NotificationKind.QUARTER_REPORT_REMINDER : NotificationKind.QUARTER_REPORT_DUE;
  return { kind, year, quarter, dueOn };
}

const PROPOSAL_STEP_LATE: Readonly<Record<string, string>> = {
  [ProposalStep.PERSPECTIVES]: REMINDER_TEXTS.digestProposalPerspectives,
  [ProposalStep.POLICY_MEETING]: REMINDER_TEXTS.digestProposalPolicyMeeting,
  [ProposalStep.FEEDBACK]: REMINDER_TEXTS.digestProposalFeedback,
};

const BUDGET: Readonly<Record<string, string>> = {
  BUDGET_EXCEEDED: REMINDER_TEXTS.digestBudgetExceeded,
  BUDGET_NEARLY_USED: REMINDER_TEXTS.digestBudgetNearlyUsed,
  BUDGET_AHEAD_OF_PACE: REMINDER_TEXTS.digestBudgetAheadOfPace,
};

const percent = (ratio: number | null): string => new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 }).format(ratio ?? 0);

const lateText = (days: number | null): string => (days === null ? '' : formatText(REMINDER_TEXTS.digestLate, { days }));
const dateText = (date: string | null): string => (date === null ? '' : dutchDate(date));

/**
 * One item of the attention list as one Dutch line of the digest (the same reading as the home page's list);
 * `providerNames` names the providers items refer to.
 */
export function attentionLine(i: AttentionItem, providerNames: ReadonlyMap<number, string>): string {
  switch (i.kind) {
    case AttentionKind.PROPOSAL_OVERDUE:
      return formatText(REMINDER_TEXTS.digestProposal, {
        title: i.title,
        step: PROPOSAL_STEP_LATE[i.reason] ?? i.reason,
        late: lateText(i.daysLate),
      });
    case AttentionKind.CONVENANT_UNSIGNED:
      return formatText(REMINDER_TEXTS.digestUnsigned, {
        title: i.title,
        party:
          i.providerLocalId === null
            ? REMINDER_TEXTS.digestUnsignedMunicipality
            : (providerNames.get(i.providerLocalId) ?? REMINDER_TEXTS.digestUnsignedProvider),
        startsOn: dateText(i.dueOn),
      });
    case AttentionKind.ACTION_OVERDUE:
      return formatText(REMINDER_TEXTS.digestAction, { title: i.title, dueOn: dateText(i.dueOn), late: lateText(i.daysLate) });
    case AttentionKind.BUDGET_USE:
      return formatText(BUDGET[i.reason] ?? REMINDER_TEXTS.digestBudgetNearlyUsed, { title: i.title, percent: percent(i.ratio) });
    case AttentionKind.REPORTS_MISSING:
      return formatText(REMINDER_TEXTS.digestReportsMissing, { title: i.title, count: i.count ?? 0, dueOn: dateText(i.dueOn) });
    case AttentionKind.COUNCIL_CHECK_OVERDUE:
      return formatText(COUNCIL_CHECK_TEXTS.digestLine, { title: i.title, dueOn: dateText(i.dueOn), late: lateText(i.daysLate) });
    case AttentionKind.WAITING_OVER_NORM:
      return formatText(REMINDER_TEXTS.digestWaitingOverNorm, { title: i.title, count: i.count ?? 0, dueOn: dateText(i.dueOn) });
    case AttentionKind.OUTCOME_THRESHOLD_CROSSED:
      return outcomeDigestLine(i);
  }
}

export interface CouncilCheckNotice {
  kind: NotificationKind.COUNCIL_CHECK_REMINDER | NotificationKind.COUNCIL_CHECK_OVERDUE;
  dueOn: string;
}

/**
 * What the client council is told on the morning `on` about a decision fed back on `feedbackOn` and not yet checked
 * (FED_BACK): a reminder from two working days before the due date up to it, as the six-week deadlines are reminded;
 * from the day after it, that it is late. Each once per due date (the notification's key), so a follow-up that is fed
 * back again starts afresh. Null for a proposal that does not wait on the council.
 */
export function councilCheckNotice(p: { status: ProposalStatus; feedbackOn: string | null }, on: string): CouncilCheckNotice | null {
  const dueOn = councilCheckDueOn(p.feedbackOn);
  if (p.status !== ProposalStatus.FED_BACK || dueOn === null) return null;
  if (councilCheckOverdue(p, on)) return { kind: NotificationKind.COUNCIL_CHECK_OVERDUE, dueOn };
  return inReminderWindow(dueOn, on) ? { kind: NotificationKind.COUNCIL_CHECK_REMINDER, dueOn } : null;
}
