import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { OPGAVEN_BOARD_TEXTS as T } from '@regiekamer/texts';
import { OPGAVE_STATUS_LABELS, OPGAVE_STATUS_ORDER } from '../../lib/labels';
import { OpgaveCard, type BoardOpgave } from './OpgaveCard';

/** Every opgave in the column of its status, highest rung of ownership first. */
export function Board({ opgaven }: { opgaven: BoardOpgave[] }) {
  return (
    <div className="board">
      {OPGAVE_STATUS_ORDER.map((status) => {
        const column = opgaven.filter((o) => o.status === status).sort((a, b) => b.ownershipRung - a.ownershipRung);
        return (
          <section key={status} className="board__column" aria-labelledby={`kolom-${status}`}>
            <Heading2 id={`kolom-${status}`} className="board__title">
              {OPGAVE_STATUS_LABELS[status]} <span className="board__count">({column.length})</span>
            </Heading2>
            {column.length === 0 ? <Paragraph className="board__empty">{T.empty}</Paragraph> : column.map((o) => <OpgaveCard key={o.id} o={o} />)}
          </section>
        );
      })}
    </div>
  );
}
