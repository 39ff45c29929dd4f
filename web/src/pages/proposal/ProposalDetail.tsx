import { PROPOSAL_DETAIL_TEXTS as T } from '@regiekamer/texts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { DecisionView } from '../../components/DecisionView';
import type { ProposalFieldsFragment } from '../../gql/graphql';
import { useViewer } from '../../lib/session';
import { CycleSection } from './CycleSection';
import { DecideForm } from './DecideForm';
import { FeedbackSection } from './FeedbackSection';
import { PerspectivesSection } from './PerspectivesSection';
import { StancesSection } from './StancesSection';

/** One proposal: its cycle, the three perspectives, the decision and the feedback, each with the form its step needs. */
export function ProposalDetail({ p, refetch }: { p: ProposalFieldsFragment; refetch: () => Promise<unknown> }) {
  const viewer = useViewer();
  const isRegisseur = viewer.role === 'REGISSEUR';
  return (
    <>
      <CycleSection p={p} />
      <PerspectivesSection p={p} />
      <StancesSection p={p} refetch={refetch} />
      <section className="section" aria-labelledby="besluit">
        <Heading2 id="besluit">{T.decisionHeading}</Heading2>
        {p.decision ? <DecisionView d={p.decision} /> : <Paragraph>{T.noDecision}</Paragraph>}
        {p.status === 'SUBMITTED' && isRegisseur && <DecideForm p={p} refetch={refetch} />}
      </section>
      <FeedbackSection p={p} />
    </>
  );
}
