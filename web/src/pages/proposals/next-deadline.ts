import type { ProposalFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';

/** The next deadline of the cycle for a proposal in its current status. */
export function nextDeadline(p: ProposalFieldsFragment): string | null {
  switch (p.status) {
    case 'SUBMITTED':
      return p.missingPerspectives.length > 0
        ? `Standpunten uiterlijk ${formatDate(p.schedule.perspectivesDueOn)}`
        : `Beleidsoverleg uiterlijk ${formatDate(p.schedule.policyMeetingBy)}`;
    case 'DECIDED':
      return `Terugkoppeling uiterlijk ${formatDate(p.schedule.decisionFeedbackBy)}`;
    case 'FED_BACK':
      return 'Toets door de cliëntenraad';
    default:
      return null;
  }
}
