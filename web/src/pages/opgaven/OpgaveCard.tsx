import { Heading3, Paragraph } from '@utrecht/component-library-react';
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
          ? `Opgaveteam: ${residents} ${residents === 1 ? 'inwoner' : 'inwoners'}, ${professionals} ${professionals === 1 ? 'professional' : 'professionals'}`
          : 'Nog geen opgaveteam.'}
      </Paragraph>
      {o.selection && (
        <Paragraph className="opgave-card__selection">
          {o.selection.selected ? 'Gekozen' : 'Niet gekozen'} met {o.selection.votes} stemmen (plaats {o.selection.rank}).
        </Paragraph>
      )}
      {o.ateliers.length > 0 && (
        <Paragraph>
          {o.ateliers.length} {o.ateliers.length === 1 ? 'atelier' : 'ateliers'}: {formatNumber(hours)} van {formatNumber(norm)} uur begeleiding
          {hours > norm && <span className="overdue"> (boven de norm)</span>}
        </Paragraph>
      )}
    </article>
  );
}
