import { formatText, PROPOSAL_FEEDBACK_SECTION_TEXTS as T } from '@regiekamer/texts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ProposalFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { CLIENT_COUNCIL_VERDICT_LABELS } from '../../lib/labels';
import { useViewer } from '../../lib/session';
import { CouncilForm } from './CouncilForm';
import { FeedbackForm } from './FeedbackForm';

/** Week 6: the feedback to the residents and the check by the client council, with the form of the step that is due. */
export function FeedbackSection({ p }: { p: ProposalFieldsFragment }) {
  const role = useViewer().role;
  const isRegisseur = role === 'REGISSEUR';
  const isCouncil = role === 'CLIENT_COUNCIL';
  return (
    <section className="section" aria-labelledby="terugkoppeling">
      <Heading2 id="terugkoppeling">{T.heading}</Heading2>
      {p.feedback ? (
        <Paragraph>{formatText(T.fedBack, { date: formatDate(p.feedback.residentsMeetingOn), summary: p.feedback.summary })}</Paragraph>
      ) : (
        <Paragraph>{T.notFedBack}</Paragraph>
      )}
      {p.clientCouncilCheck && (
        <Paragraph>
          {formatText(T.councilCheck, {
            date: formatDate(p.clientCouncilCheck.checkedOn),
            verdict: CLIENT_COUNCIL_VERDICT_LABELS[p.clientCouncilCheck.verdict],
          })}
          {p.clientCouncilCheck.remarks ? ` – ${p.clientCouncilCheck.remarks}` : ''}
        </Paragraph>
      )}
      {p.councilCheckDueOn && p.status === 'FED_BACK' && (
        <Paragraph>{formatText(p.councilCheckOverdue ? T.councilDueLate : T.councilDue, { date: formatDate(p.councilCheckDueOn) })}</Paragraph>
      )}
      {(p.status === 'DECIDED' || p.status === 'FOLLOW_UP') && isRegisseur && <FeedbackForm p={p} />}
      {p.status === 'FED_BACK' && isCouncil && <CouncilForm p={p} />}
    </section>
  );
}
