import { Paragraph } from '@utrecht/component-library-react';
import { OPGAVE_STATUS_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import { opgavePath } from './OpgaveCard';
import type { PodiumEntry } from './PodiumTable';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The podium at phone width: one card per opgave with the same figures as the table. */
export function PodiumCards({ year, entries }: { year: number; entries: PodiumEntry[] }) {
  return (
    <ul className="opg-cards opg-phone" aria-label={`Resultaten per opgave in ${year}`}>
      {entries.map((e) => (
        <li key={e.opgave.id}>
          <Link to={opgavePath(e.opgave.id)}>{e.opgave.title}</Link>
          <Paragraph>
            {OPGAVE_STATUS_LABELS[e.status]}, trede {e.ownershipRung}. {count(e.ateliersHeld, 'atelier', 'ateliers')} bijeengekomen;{' '}
            {count(e.actionsDone, 'actie', 'acties')} klaar, {e.actionsOpen} open.
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
