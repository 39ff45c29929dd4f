import { OPGAVEN_NAV_TEXTS as T } from '@regiekamer/texts';
import { Link } from '../../lib/router';

const ITEMS = [
  { to: '/opgaven', label: T.opgaven },
  { to: '/podium', label: T.podium },
  { to: '/verbetertrajecten', label: T.tracks },
] as const;

/** The three pages about working with residents on opgaven, linked to each other. */
export function OpgavenNav({ current }: { current: (typeof ITEMS)[number]['to'] }) {
  return (
    <nav aria-label={T.label} className="subnav">
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
