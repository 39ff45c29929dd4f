import { RUNG_CARDS_TEXTS as T } from '@regiekamer/texts';
import type { OpgaveStatus } from '../../gql/graphql';
import { OPGAVE_STATUS_LABELS, OPGAVE_STATUS_ORDER, rungLabel } from '../../lib/labels';

/** The rung table at phone width: per rung, how many opgaven stand in which status. */
export function RungCards({ opgaven }: { opgaven: { status: OpgaveStatus; ownershipRung: number }[] }) {
  return (
    <ul className="opg-cards opg-phone" aria-label={T.label}>
      {[1, 2, 3, 4, 5].map((r) => {
        const parts = OPGAVE_STATUS_ORDER.map((s) => [s, opgaven.filter((o) => o.status === s && o.ownershipRung === r).length] as const)
          .filter(([, n]) => n > 0)
          .map(([s, n]) => `${n} ${OPGAVE_STATUS_LABELS[s].toLowerCase()}`);
        return (
          <li key={r}>
            {rungLabel(r)}: {parts.length === 0 ? T.none : parts.join(', ')}
          </li>
        );
      })}
    </ul>
  );
}
