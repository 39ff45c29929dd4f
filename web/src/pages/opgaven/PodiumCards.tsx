import { Paragraph } from '@utrecht/component-library-react';
import { formatText, PODIUM_CARDS_TEXTS as T } from '@regiekamer/texts';
import { OPGAVE_STATUS_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import { opgavePath } from './OpgaveCard';
import type { PodiumEntry } from './PodiumTable';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The podium at phone width: one card per opgave with the same figures as the table. */
export function PodiumCards({ year, entries }: { year: number; entries: PodiumEntry[] }) {
  return (
    <ul className="opg-cards opg-phone" aria-label={formatText(T.label, { year: String(year) })}>
      {entries.map((e) => (
        <li key={e.opgave.id}>
          <Link to={opgavePath(e.opgave.id)}>{e.opgave.title}</Link>
          <Paragraph>
            {formatText(T.line, {
              status: OPGAVE_STATUS_LABELS[e.status],
              rung: String(e.ownershipRung),
              ateliers: count(e.ateliersHeld, T.atelier, T.ateliers),
              actions: count(e.actionsDone, T.action, T.actions),
              open: String(e.actionsOpen),
            })}
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
