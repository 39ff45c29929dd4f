import { useMutation, useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { errorText, formatText, SESSION_TEXTS as T } from '@regiekamer/texts';
import { useId, useState } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { graphql } from '../../gql';
import type { MySessionsQuery, SessionMethod } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useViewer } from '../../lib/session';
import { browserAndSystem } from './user-agent';

const SESSIONS = graphql(`
  query MySessions {
    mySessions {
      id
      method
      createdAt
      lastSeenAt
      expiresAt
      userAgent
      current
    }
  }
`);

const END = graphql(`
  mutation SessionEnd($id: ID!) {
    sessionEnd(input: { id: $id }) {
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

// Removes the cookie of the session that "Overal uitloggen" ended. (This page does not import the client's signOut:
// that split the first page's chunk, which grew.)
const LOGOUT = graphql(`
  mutation Logout {
    logout {
      redirectTo
    }
  }
`);

const END_ALL = graphql(`
  mutation UserSessionsEnd($userId: ID!) {
    userSessionsEnd(input: { userId: $userId }) {
      endedSessions
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type SessionNode = MySessionsQuery['mySessions'][number];

const METHOD: Record<SessionMethod, string> = { PASSWORD: T.methodPASSWORD, LINK: T.methodLINK, OIDC: T.methodOIDC };

/** The browser as people name it ("Firefox op Windows"); a tool that is no browser by the name it gave itself. */
function browserOf(s: SessionNode): string {
  if (!s.userAgent) return T.unknownBrowser;
  const { browser, system } = browserAndSystem(s.userAgent);
  if (browser && system) return formatText(T.browserOnSystem, { browser, system });
  return browser ?? system ?? s.userAgent.slice(0, 60);
}

const COLUMNS = [
  { key: 'browser', header: T.colBrowser, rowHeader: true },
  { key: 'method', header: T.colMethod },
  // Date and time are long: they may wrap, or on a phone's card they run past its edge.
  { key: 'created', header: T.colCreated },
  { key: 'lastSeen', header: T.colLastSeen },
  { key: 'expires', header: T.colExpires },
  { key: 'action', header: T.colAction },
];

/** The viewer's web sessions: see them, end another one, or end all (this one too, and every token). */
export function SessionsSection() {
  const id = useId().replace(/:/g, '');
  const viewer = useViewer();
  const sessions = useQuery(SESSIONS, { fetchPolicy: 'cache-and-network' });
  const [end, ending] = useMutation(END, { refetchQueries: ['MySessions'], awaitRefetchQueries: true });
  const [endAll, endingAll] = useMutation(END_ALL);
  const [logout] = useMutation(LOGOUT);
  const [notice, setNotice] = useState('');

  async function onEnd(session: SessionNode) {
    try {
      const problem = (await end({ variables: { id: session.id } })).data?.sessionEnd.userErrors[0];
      setNotice(problem ? errorText(problem) : T.ended);
    } catch {
      setNotice(T.failed);
    }
  }

  async function onEndAll() {
    try {
      const problem = (await endAll({ variables: { userId: viewer.id } })).data?.userSessionsEnd.userErrors[0];
      if (problem) setNotice(errorText(problem));
      else {
        await logout().catch(() => undefined);
        // Afresh, signed out: nothing of this session stays in memory.
        window.location.assign('/');
      }
    } catch {
      setNotice(T.failed);
    }
  }

  const rows = (sessions.data?.mySessions ?? []).map((s) => ({
    key: s.id,
    cells: {
      browser: browserOf(s),
      method: METHOD[s.method],
      created: formatDateTime(s.createdAt),
      lastSeen: formatDateTime(s.lastSeenAt),
      expires: formatDateTime(s.expiresAt),
      action: s.current ? (
        T.current
      ) : (
        <ConfirmStep
          label={T.end}
          name={formatText(T.endLabel, { browser: browserOf(s) })}
          question={formatText(T.endQuestion, { browser: browserOf(s) })}
          confirmLabel={T.endConfirm}
          busy={ending.loading}
          onConfirm={() => onEnd(s)}
        />
      ),
    },
  }));

  return (
    <section aria-labelledby={`${id}-title`} className="section">
      <Heading2 id={`${id}-title`}>{T.heading}</Heading2>
      <Paragraph>{T.intro}</Paragraph>
      <p role="status">{notice}</p>
      <ResponsiveTable label={T.heading} caption={T.caption} columns={COLUMNS} rows={rows} empty={T.empty} />
      <Paragraph>{T.endAllHelp}</Paragraph>
      <ConfirmStep
        label={T.endAll}
        name={T.endAll}
        question={T.endAllQuestion}
        confirmLabel={T.endAllConfirm}
        busy={endingAll.loading}
        onConfirm={onEndAll}
      />
    </section>
  );
}
