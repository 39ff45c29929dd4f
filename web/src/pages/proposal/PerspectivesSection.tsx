import { PERSPECTIVES_SECTION_TEXTS as T } from '@regiekamer/texts';
import { Heading2 } from '@utrecht/component-library-react';
import type { Perspective, ProposalFieldsFragment } from '../../gql/graphql';
import { useViewer } from '../../lib/session';
import { PerspectiveForm } from './PerspectiveForm';
import { PerspectivesTable } from './PerspectivesTable';

/** The three sides of the quality triangle, in the order the page shows them. */
export const SIDES: Perspective[] = ['RESIDENTS', 'STAFF', 'ORGANISATION'];

/** The perspective of each side and, while the proposal is open, the form to record one. */
export function PerspectivesSection({ p }: { p: ProposalFieldsFragment }) {
  const viewer = useViewer();
  const isRegisseur = viewer.role === 'REGISSEUR';
  return (
    <section className="section" aria-labelledby="standpunten">
      <Heading2 id="standpunten">{T.heading}</Heading2>
      <PerspectivesTable p={p} sides={SIDES} />
      {/* Each side records its own: the regisseur the organisation's, a representative the staff's; the residents theirs. */}
      {p.status === 'SUBMITTED' && (isRegisseur || viewer.role === 'PROVIDER_REP') && (
        <PerspectiveForm p={p} sides={isRegisseur ? ['ORGANISATION'] : ['STAFF']} />
      )}
    </section>
  );
}
