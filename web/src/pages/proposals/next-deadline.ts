import { formatText, PROPOSAL_NEXT_DEADLINE_TEXTS as T } from '@regiekamer/texts';
import type { ProposalFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';

/** The next deadline of the cycle for a proposal in its current status. */
export function nextDeadline(p: ProposalFieldsFragment): string | null {
  switch (p.status) {
    case 'SUBMITTED':
      return p.missingPerspectives.length > 0
        ? formatText(T.perspectives, { date: formatDate(p.schedule.perspectivesDueOn) })
        : formatText(T.policyMeeting, { date: formatDate(p.schedule.policyMeetingBy) });
    case 'DECIDED':
      return formatText(T.feedback, { date: formatDate(p.schedule.decisionFeedbackBy) });
    case 'FED_BACK':
      return T.councilCheck;
    default:
      return null;
  }
}
