import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { DecisionView } from '../../components/DecisionView';
import type { OpgaveDetail } from './OpgavePage';

/** The latest vote this opgave took part in, with the decision and the minority's wisdom. */
export function SelectionSection({ o }: { o: OpgaveDetail }) {
  return (
    <section className="section" aria-labelledby="keuze">
      <Heading2 id="keuze">Keuze door stemming</Heading2>
      {o.selection ? (
        <>
          <Paragraph>
            {o.selection.selected ? 'Gekozen' : 'Niet gekozen'} met {o.selection.votes} stemmen (plaats {o.selection.rank}).
            {o.selection.minorityWisdom && <> Wijsheid van de minderheid bij deze opgave: {o.selection.minorityWisdom}</>}
          </Paragraph>
          <div className="opg-stack">
            <DecisionView d={o.selection.decision} />
          </div>
        </>
      ) : (
        <Paragraph>Over deze opgave is nog niet gestemd.</Paragraph>
      )}
    </section>
  );
}
