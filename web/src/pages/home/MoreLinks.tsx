import { HOME_MORE_LINKS_TEXTS as T } from '@regiekamer/texts';
import { Heading2, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { Role } from '../../gql/graphql';
import { Link } from '../../lib/router';

const LINKS: { to: string; text: string; roles: Role[] }[] = [
  { to: '/overzicht', text: T.overview, roles: ['REGISSEUR', 'ANALYST', 'ADMIN'] },
  { to: '/voorstellen', text: T.proposals, roles: ['REGISSEUR', 'PROVIDER_REP', 'ADMIN'] },
  { to: '/overleg', text: T.overleg, roles: ['REGISSEUR', 'PROVIDER_REP', 'ADMIN'] },
  { to: '/convenant', text: T.convenant, roles: ['REGISSEUR', 'PROVIDER_REP', 'ADMIN'] },
  { to: '/opgaven', text: T.opgaven, roles: ['REGISSEUR', 'PROVIDER_REP', 'ANALYST', 'ADMIN'] },
  { to: '/aanbieders', text: T.providers, roles: ['REGISSEUR', 'ANALYST', 'ADMIN'] },
];

/** The rest of the work, one click away instead of on this page. */
export function MoreLinks({ role }: { role: Role }) {
  return (
    <section className="section" aria-labelledby="verder">
      <Heading2 id="verder">{T.title}</Heading2>
      <UnorderedList className="more-links">
        {LINKS.filter((l) => l.roles.includes(role)).map((l) => (
          <UnorderedListItem key={l.to}>
            <Link to={l.to}>{l.text}</Link>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
