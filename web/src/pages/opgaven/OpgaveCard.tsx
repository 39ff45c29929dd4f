import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { formatText, OPGAVE_CARD_TEXTS as T } from '@regiekamer/texts';
import type { OpgavenQuery } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';
import { rungLabel } from '../../lib/labels';
import { Link } from '../../lib/router';

export type BoardOpgave = OpgavenQuery['opgaven']['edges'][number]['node'];

export const opgavePath = (id: string) => `/opgaven/${encodeURIComponent(id)}`;

/** One opgave on the board: where it stands, its team and its ateliers in one line each; the title opens its page. */
export function OpgaveCard({ o }: { o: BoardOpgave }) {
  const residents = o.team?.members.filter((m) => m.kind === 'RESIDENT').length ?? 0;
  const professionals = (o.team?.members.length ?? 0) - residents;
  const hours = o.ateliers.reduce((sum, a) => sum + a.facilitatorHours, 0);
  const norm = o.ateliers.reduce((sum, a) => sum + a.hoursNorm, 0);
  return (
    <article className="opgave-card" aria-labelledby={`opgave-${o.id}`}>
      <Heading3 id={`opgave-${o.id}`} className="opgave-card__title">
        <Link to={opgavePath(o.id)}>{o.title}</Link>
      </Heading3>
      <Paragraph className="opgave-card__meta">
        {o.area} · <span className={`rung rung--${o.ownershipRung}`}>{rungLabel(o.ownershipRung)}</span>
      </Paragraph>
      <Paragraph className="opgave-card__team">
        {o.team
          ? formatText(T.team, {
              residents: formatText(residents === 1 ? T.residentOne : T.residentMany, { count: String(residents) }),
              professionals: formatText(professionals === 1 ? T.professionalOne : T.professionalMany, { count: String(professionals) }),
            })
          : T.noTeam}
      </Paragraph>
      {o.selection && (
        <Paragraph className="opgave-card__selection">
          {o.selection.selected ? T.selected : T.notSelected}{' '}
          {formatText(T.votes, { votes: String(o.selection.votes), rank: String(o.selection.rank) })}
        </Paragraph>
      )}
      {o.ateliers.length > 0 && (
        <Paragraph>
          {formatText(o.ateliers.length === 1 ? T.ateliersOne : T.ateliersMany, {
            count: String(o.ateliers.length),
            hours: formatNumber(hours),
            norm: formatNumber(norm),
          })}
          {hours > norm && <span className="overdue">{T.overNorm}</span>}
        </Paragraph>
      )}
    </article>
  );
}
