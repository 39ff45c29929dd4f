import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatText, SELECTION_SECTION_TEXTS as T } from '@regiekamer/texts';
import { DecisionView } from '../../components/DecisionView';
import type { OpgaveDetail } from './OpgavePage';

/** The latest vote this opgave took part in, with the decision and the minority's wisdom. */
export function SelectionSection({ o }: { o: OpgaveDetail }) {
  return (
    <section className="section" aria-labelledby="keuze">
      <Heading2 id="keuze">{T.heading}</Heading2>
      {o.selection ? (
        <>
          <Paragraph>
            {o.selection.selected ? T.selected : T.notSelected}{' '}
            {formatText(T.votes, { votes: String(o.selection.votes), rank: String(o.selection.rank) })}
            {o.selection.minorityWisdom && (
              <>
                {' '}
                {T.wisdom} {o.selection.minorityWisdom}
              </>
            )}
          </Paragraph>
          <div className="opg-stack">
            <DecisionView d={o.selection.decision} />
          </div>
        </>
      ) : (
        <Paragraph>{T.none}</Paragraph>
      )}
    </section>
  );
}
