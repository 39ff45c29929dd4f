import { Heading2 } from '@utrecht/component-library-react';
import { STATUS_SECTION_TEXTS as T } from '@regiekamer/texts';
import { RungForm } from './RungForm';
import type { OpgaveDetail } from './OpgavePage';
import { StatusForm } from './StatusForm';

/** The regisseur moves an opgave on (only to the statuses the API allows now) and sets its rung of ownership. */
export function StatusSection({ o }: { o: OpgaveDetail }) {
  return (
    <section className="section" aria-labelledby="status-wijzigen">
      <Heading2 id="status-wijzigen">{T.heading}</Heading2>
      <StatusForm o={o} />
      <RungForm o={o} />
    </section>
  );
}
