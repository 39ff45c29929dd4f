import { useQuery } from '@apollo/client/react';
import { BELL_TEXTS as T, formatText } from '@regiekamer/texts';
import { useEffect, useRef } from 'react';
import { graphql } from '../gql';
import { formatNumber } from '../lib/format';
import { Link, useLocation } from '../lib/router';
import './NotificationBell.css';

const UNREAD = graphql(`
  query UnreadNotificationCount {
    notifications(first: 1, unreadOnly: true) {
      totalCount
    }
  }
`);

/**
 * The bell in the header: a link to Meldingen whose name says how many are unread ("Meldingen, 3 ongelezen"). The
 * count is asked again on every navigation, and by the Meldingen page after marking read (refetchQueries).
 */
export function NotificationBell() {
  const { pathname } = useLocation();
  const query = useQuery(UNREAD, { fetchPolicy: 'cache-and-network' });
  const first = useRef(true);
  const { refetch } = query;
  useEffect(() => {
    // The first render fetched already.
    if (first.current) {
      first.current = false;
      return;
    }
    // A failed count keeps the last one shown: the bell is a hint, not the list.
    refetch().catch(() => undefined);
  }, [pathname, refetch]);
  const count = query.data?.notifications.totalCount ?? 0;
  return (
    <Link
      to="/meldingen"
      className="bell"
      aria-label={count === 0 ? T.none : formatText(T.unread, { count: formatNumber(count) })}
      aria-current={pathname === '/meldingen' ? 'page' : undefined}
    >
      <svg className="bell__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count > 0 ? (
        <span className="bell__count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
