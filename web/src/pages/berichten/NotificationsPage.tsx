import { useMutation, useQuery } from '@apollo/client/react';
import { Button, FormField, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { errorText, formatText, INBOX_TEXTS as T, PREFERENCE_TEXTS } from '@regiekamer/texts';
import { useState } from 'react';
import { useCursorPager } from '../../components/Pager';
import type { Column, Row } from '../../components/ResponsiveTable';
import { graphql } from '../../gql';
import { PagedListPage } from './PagedTable';
import type { NotificationsQuery } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/format';
import { Link } from '../../lib/router';

const PAGE_SIZE = 25;

const NOTIFICATIONS = graphql(`
  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      edges {
        node {
          id
          title
          body
          link
          dueOn
          createdAt
          read
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const MARK_READ = graphql(`
  mutation NotificationsMarkRead($input: NotificationsMarkReadInput!) {
    notificationsMarkRead(input: $input) {
      notifications {
        id
        read
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

type NotificationNode = NotificationsQuery['notifications']['edges'][number]['node'];

const COLUMNS: readonly Column[] = [
  { key: 'title', header: T.subject, rowHeader: true },
  { key: 'body', header: T.message, prose: true },
  { key: 'dueOn', header: T.dueOn, nowrap: true },
  { key: 'received', header: T.received },
  { key: 'state', header: T.state, nowrap: true },
  { key: 'action', header: T.action },
];

function notificationRows(nodes: readonly NotificationNode[], busy: boolean, onMarkRead: (n: NotificationNode) => void): Row[] {
  return nodes.map((n) => ({
    key: n.id,
    cells: {
      title: <span className="wrap">{n.title}</span>,
      body: n.body,
      dueOn: formatDate(n.dueOn),
      received: formatDateTime(n.createdAt),
      state: n.read ? T.read : T.unread,
      action: (
        <span className="cell-actions">
          <Link to={n.link} aria-label={formatText(T.openLabel, { title: n.title })}>
            {T.open}
          </Link>
          {n.read ? null : (
            <Button
              appearance="secondary-action-button"
              disabled={busy}
              aria-label={formatText(T.markReadLabel, { title: n.title })}
              onClick={() => onMarkRead(n)}
            >
              {T.markRead}
            </Button>
          )}
        </span>
      ),
    },
  }));
}

/** The signed-in user's notifications: what is asked of them, with a link to it; each can be marked read. */
export function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const pager = useCursorPager();
  const query = useQuery(NOTIFICATIONS, { variables: { first: PAGE_SIZE, after: pager.after, unreadOnly } });
  const [markRead, { loading }] = useMutation(MARK_READ, { refetchQueries: ['Notifications', 'UnreadNotificationCount'], awaitRefetchQueries: true });
  const [notice, setNotice] = useState('');

  const onMarkRead = async (n: NotificationNode) => {
    const result = await markRead({ variables: { input: { ids: [n.id] } } });
    const problem = result.data?.notificationsMarkRead.userErrors[0];
    setNotice(problem ? errorText(problem) : T.marked);
  };

  return (
    <PagedListPage
      texts={T}
      filter={
        <>
          <Paragraph>
            <Link to="/meldingen/instellingen">{PREFERENCE_TEXTS.linkFromInbox}</Link>
          </Paragraph>
          <FormField>
            <FormLabel htmlFor="inbox-filter">{T.show}</FormLabel>
            <Select
              id="inbox-filter"
              value={unreadOnly ? 'unread' : 'all'}
              onChange={(e) => {
                setUnreadOnly(e.target.value === 'unread');
                pager.reset();
              }}
            >
              <SelectOption value="all">{T.all}</SelectOption>
              <SelectOption value="unread">{T.unreadOnly}</SelectOption>
            </Select>
          </FormField>
        </>
      }
      notice={notice}
      query={query}
      connectionOf={(data) => data.notifications}
      rowsOf={(nodes) => notificationRows(nodes, loading, (n) => void onMarkRead(n))}
      columns={COLUMNS}
      pageSize={PAGE_SIZE}
      pager={pager}
    />
  );
}
