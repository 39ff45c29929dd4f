import { Link } from '../../lib/router';

const ITEMS = [
  { to: '/opgaven', label: 'Opgaven' },
  { to: '/podium', label: 'Podium per jaar' },
  { to: '/verbetertrajecten', label: 'Verbetertrajecten' },
] as const;

/** The three pages about working with residents on opgaven, linked to each other. */
export function OpgavenNav({ current }: { current: (typeof ITEMS)[number]['to'] }) {
  return (
    <nav aria-label="Opgaven, podium en verbetertrajecten" className="subnav">
      <ul>
        {ITEMS.map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={item.to === current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
