import { useMutation, useQuery } from '@apollo/client/react';
import { Button, FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { errorText, formatText, OUTBOX_TEXTS as T } from '@regiekamer/texts';
import { useState } from 'react';
import { useCursorPager } from '../../components/Pager';
import type { Column, Row } from '../../components/ResponsiveTable';
import { graphql } from '../../gql';
import { PagedListPage } from './PagedTable';
import type { OutgoingMessagesQuery, OutgoingMessageStatus } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';

const PAGE_SIZE = 25;

const OUTGOING_MESSAGES = graphql(`
  query OutgoingMessages($first: Int!, $after: String, $status: OutgoingMessageStatus) {
    outgoingMessages(first: $first, after: $after, status: $status) {
      totalCount
      edges {
        node {
          id
          address
          subject
          status
          attempts
          lastAnswer
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const RESEND = graphql(`
  mutation OutgoingMessageResend($input: OutgoingMessageResendInput!) {
    outgoingMessageResend(input: $input) {
      outgoingMessage {
        id
        status
        attempts
        lastAnswer
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const STATUS_LABELS: Record<OutgoingMessageStatus, string> = {
  PENDING: T.statusPending,
  SENT: T.statusSent,
  FAILED: T.statusFailed,
  NOT_SENT: T.statusNotSent,
  WITHHELD: T.statusWithheld,
};

const RESENDABLE: readonly OutgoingMessageStatus[] = ['FAILED', 'NOT_SENT'];

const COLUMNS: readonly Column[] = [
  { key: 'subject', header: T.subject, rowHeader: true },
  { key: 'status', header: T.status, nowrap: true },
  { key: 'recipient', header: T.recipient },
  { key: 'attempts', header: T.attempts, numeric: true, nowrap: true },
  { key: 'lastAnswer', header: T.lastAnswer, prose: true },
  { key: 'action', header: T.action },
];

type MessageNode = OutgoingMessagesQuery['outgoingMessages']['edges'][number]['node'];

function StatusFilter({ value, onChange }: { value: OutgoingMessageStatus | null; onChange: (status: OutgoingMessageStatus | null) => void }) {
  return (
    <FormField>
      <FormLabel htmlFor="outbox-status">{T.filterLabel}</FormLabel>
      <Select id="outbox-status" value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as OutgoingMessageStatus | null)}>
        <SelectOption value="">{T.filterAll}</SelectOption>
        {Object.entries(STATUS_LABELS).map(([status, label]) => (
          <SelectOption key={status} value={status}>
            {label}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}

function messageRows(messages: readonly MessageNode[], busy: boolean, onResend: (m: MessageNode) => void): Row[] {
  return messages.map((m) => ({
    key: m.id,
    cells: {
      // A long subject wraps instead of squeezing the other columns.
      subject: <span className="wrap">{m.subject}</span>,
      status: STATUS_LABELS[m.status],
      recipient: m.address,
      attempts: formatNumber(m.attempts),
      lastAnswer: m.lastAnswer ?? '—',
      action: RESENDABLE.includes(m.status) ? (
        <Button
          appearance="secondary-action-button"
          disabled={busy}
          aria-label={formatText(T.resendLabel, { subject: m.subject, recipient: m.address })}
          onClick={() => onResend(m)}
        >
          {T.resend}
        </Button>
      ) : null,
    },
  }));
}

/** ADMIN: the outbox, with each message's status and the SMTP server's last answer; a failed or unsent one can be sent again. */
export function OutgoingMessagesPage() {
  const [status, setStatus] = useState<OutgoingMessageStatus | null>(null);
  const pager = useCursorPager();
  const query = useQuery(OUTGOING_MESSAGES, { variables: { first: PAGE_SIZE, after: pager.after, status } });
  const [resend, { loading }] = useMutation(RESEND, { refetchQueries: ['OutgoingMessages'], awaitRefetchQueries: true });
  const [notice, setNotice] = useState('');

  const onResend = async (m: MessageNode) => {
    const result = await resend({ variables: { input: { id: m.id } } });
    const problem = result.data?.outgoingMessageResend.userErrors[0];
    setNotice(problem ? errorText(problem) : formatText(T.resent, { recipient: m.address }));
  };

  return (
    <PagedListPage
      texts={T}
      filter={
        <StatusFilter
          value={status}
          onChange={(s) => {
            setStatus(s);
            pager.reset();
          }}
        />
      }
      notice={notice}
      query={query}
      connectionOf={(data) => data.outgoingMessages}
      rowsOf={(nodes) => messageRows(nodes, loading, (m) => void onResend(m))}
      columns={COLUMNS}
      pageSize={PAGE_SIZE}
      pager={pager}
    />
  );
}
