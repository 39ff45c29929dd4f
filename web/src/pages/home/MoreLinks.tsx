import { Heading2, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { Role } from '../../gql/graphql';
import { Link } from '../../lib/router';

const LINKS: { to: string; text: string; roles: Role[] }[] = [
  { to: '/overzicht', text: 'Overzicht: alle cijfers per periode en aanbieder, met downloads', roles: ['REGISSEUR', 'ANALYST', 'ADMIN'] },
  { to: '/voorstellen', text: 'Voorstellen in hun cyclus van zes weken', roles: ['REGISSEUR', 'PROVIDER_REP', 'ADMIN'] },
  { to: '/overleg', text: 'Overleg, besluiten en acties', roles: ['REGISSEUR', 'PROVIDER_REP', 'ADMIN'] },
  { to: '/convenant', text: 'Het convenant en wie er getekend heeft', roles: ['REGISSEUR', 'PROVIDER_REP', 'ADMIN'] },
  { to: '/opgaven', text: 'Het opgavenbord', roles: ['REGISSEUR', 'PROVIDER_REP', 'ANALYST', 'ADMIN'] },
  { to: '/aanbieders', text: 'Aanbieders en hun vertegenwoordigers', roles: ['REGISSEUR', 'ANALYST', 'ADMIN'] },
];

/** The rest of the work, one click away instead of on this page. */
export function MoreLinks({ role }: { role: Role }) {
  return (
    <section className="section" aria-labelledby="verder">
      <Heading2 id="verder">Verder</Heading2>
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
