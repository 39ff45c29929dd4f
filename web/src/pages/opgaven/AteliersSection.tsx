import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { ATELIERS_SECTION_TEXTS as T } from '@regiekamer/texts';
import { AtelierCard } from './AtelierCard';
import { AtelierPlanForm } from './AtelierPlanForm';
import { FormDisclosure } from './FormDisclosure';
import type { OpgaveDetail } from './OpgavePage';

/** The AanTafel! ateliers of a chosen opgave; the regisseur plans them and records what happens. */
export function AteliersSection({ o, canEdit }: { o: OpgaveDetail; canEdit: boolean }) {
  const chosen = o.status === 'SELECTED' || o.status === 'IN_PROGRESS';
  return (
    <section className="section" aria-labelledby="ateliers">
      <Heading2 id="ateliers">{T.heading}</Heading2>
      {o.ateliers.length === 0 && <Paragraph>{T.none}</Paragraph>}
      {o.ateliers.map((a) => (
        <AtelierCard key={a.id} a={a} canEdit={canEdit} />
      ))}
      {canEdit &&
        (chosen ? (
          <FormDisclosure summary={T.add}>
            <AtelierPlanForm opgaveId={o.id} />
          </FormDisclosure>
        ) : (
          <Paragraph>{T.notChosen}</Paragraph>
        ))}
    </section>
  );
}
