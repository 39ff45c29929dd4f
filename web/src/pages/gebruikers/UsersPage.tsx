import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, FormField, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { ACCESS_LINK_TEXTS, errorText, formatText, PARTICIPANT_TEXTS, SESSION_TEXTS as S, SSO_TEXTS, USERS_TEXTS as T } from '@regiekamer/texts';
import { useState } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import { useCursorPager } from '../../components/Pager';
import type { Column, Row } from '../../components/ResponsiveTable';
import { graphql } from '../../gql';
import type { Role, UsersQuery } from '../../gql/graphql';
import { ROLE_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { PagedListPage } from '../berichten/PagedTable';
import { RoleChangeForm } from './RoleChangeForm';

const PAGE_SIZE = 25;

const USERS = graphql(`
  query Users($first: Int!, $after: String, $filter: UsersFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
          email
          role
          active
          version
          provider {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What deactivate and reactivate answer: the user's new state, or why not. */
export const USER_ACTIVE_FIELDS = graphql(`
  fragment UserActiveFields on UserPayload {
    user {
      id
      active
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
`);

const DEACTIVATE = graphql(`
  mutation UserDeactivate($id: ID!, $version: Int!) {
    userDeactivate(id: $id, version: $version) {
      ...UserActiveFields
    }
  }
`);

const SESSIONS_END = graphql(`
  mutation UserSessionsEndByManager($userId: ID!) {
    userSessionsEnd(input: { userId: $userId }) {
      endedSessions
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const REACTIVATE = graphql(`
  mutation UserReactivate($id: ID!, $version: Int!) {
    userReactivate(id: $id, version: $version) {
      ...UserActiveFields
    }
  }
`);

export type UserNode = UsersQuery['users']['edges'][number]['node'];

const COLUMNS: readonly Column[] = [
  { key: 'name', header: T.name, rowHeader: true },
  { key: 'email', header: T.email },
  { key: 'role', header: T.role, nowrap: true },
  { key: 'organisation', header: T.organisation },
  { key: 'active', header: T.active, nowrap: true },
  { key: 'actions', header: T.actions },
];

type ActiveFilter = 'all' | 'active' | 'inactive';
const ACTIVE_OF: Record<ActiveFilter, boolean | null> = { all: null, active: true, inactive: false };

function Filter({ value, onChange }: { value: ActiveFilter; onChange: (value: ActiveFilter) => void }) {
  return (
    <FormField>
      <FormLabel htmlFor="gebruikers-filter">{T.filterLabel}</FormLabel>
      <Select id="gebruikers-filter" value={value} onChange={(e) => onChange(e.target.value as ActiveFilter)}>
        <SelectOption value="all">{T.filterAll}</SelectOption>
        <SelectOption value="active">{T.filterActive}</SelectOption>
        <SelectOption value="inactive">{T.filterInactive}</SelectOption>
      </Select>
    </FormField>
  );
}

const DEACTIVATE_STEP = { label: T.deactivate, name: T.deactivateName, question: T.deactivateQuestion, confirm: T.deactivateConfirm };
const REACTIVATE_STEP = { label: T.reactivate, name: T.reactivateName, question: T.reactivateQuestion, confirm: T.reactivateConfirm };

interface RowActions {
  busy: boolean;
  self: string;
  editing: string | null;
  onToggle: (user: UserNode) => Promise<void>;
  onEndSessions: (user: UserNode) => Promise<void>;
  onEdit: (id: string | null) => void;
  onRoleChanged: (user: UserNode, role: Role) => void;
}

/** Per user: deactivate or reactivate (after a confirming step), and change role (a small form in place). */
function Actions({ user, actions }: { user: UserNode; actions: RowActions }) {
  const values = { name: user.name };
  const step = user.active ? DEACTIVATE_STEP : REACTIVATE_STEP;
  if (actions.editing === user.id)
    return <RoleChangeForm user={user} onDone={(role) => actions.onRoleChanged(user, role)} onCancel={() => actions.onEdit(null)} />;
  return (
    <ButtonGroup>
      <ConfirmStep
        label={step.label}
        name={formatText(step.name, values)}
        question={formatText(step.question, values)}
        confirmLabel={step.confirm}
        busy={actions.busy}
        onConfirm={() => actions.onToggle(user)}
      />
      {user.active && (
        <ConfirmStep
          label={S.userEndAll}
          name={formatText(S.userEndAllName, values)}
          question={formatText(S.userEndAllQuestion, values)}
          confirmLabel={S.userEndAllConfirm}
          busy={actions.busy}
          onConfirm={() => actions.onEndSessions(user)}
        />
      )}
      <Button
        appearance="secondary-action-button"
        type="button"
        aria-label={formatText(T.changeRoleName, values)}
        onClick={() => actions.onEdit(user.id)}
      >
        {T.changeRole}
      </Button>
    </ButtonGroup>
  );
}

function userRows(users: readonly UserNode[], actions: RowActions): Row[] {
  return users.map((u) => ({
    key: u.id,
    cells: {
      name: u.name,
      email: <span className="wrap">{u.email}</span>,
      role: ROLE_LABELS[u.role],
      organisation: u.provider?.name ?? T.municipality,
      active: u.active ? T.yes : T.no,
      // Nobody manages their own account here: that is the account page's.
      actions: u.id === actions.self ? null : <Actions user={u} actions={actions} />,
    },
  }));
}

/** The row actions: each runs its mutation and says in the notice how it went; one user's role form is open at a time. */
function useRowActions(self: string, setNotice: (notice: string) => void): RowActions {
  const [editing, setEditing] = useState<string | null>(null);
  const [deactivate, deactivating] = useMutation(DEACTIVATE, { refetchQueries: ['Users'], awaitRefetchQueries: true });
  const [reactivate, reactivating] = useMutation(REACTIVATE, { refetchQueries: ['Users'], awaitRefetchQueries: true });
  const [endSessions, endingSessions] = useMutation(SESSIONS_END);

  const onToggle = async (user: UserNode) => {
    const variables = { id: user.id, version: user.version };
    try {
      const result = user.active ? (await deactivate({ variables })).data?.userDeactivate : (await reactivate({ variables })).data?.userReactivate;
      const problem = result?.userErrors[0];
      setNotice(problem ? errorText(problem) : formatText(user.active ? T.deactivated : T.reactivated, { name: user.name }));
    } catch {
      setNotice(T.failed);
    }
  };
  const onEndSessions = async (user: UserNode) => {
    try {
      const problem = (await endSessions({ variables: { userId: user.id } })).data?.userSessionsEnd.userErrors[0];
      setNotice(problem ? errorText(problem) : formatText(S.userEndedAll, { name: user.name }));
    } catch {
      setNotice(T.failed);
    }
  };
  return {
    busy: deactivating.loading || reactivating.loading || endingSessions.loading,
    self,
    editing,
    onToggle,
    onEndSessions,
    onEdit: setEditing,
    onRoleChanged: (user, role) => {
      setEditing(null);
      setNotice(formatText(T.roleChanged, { name: user.name, role: ROLE_LABELS[role] }));
    },
  };
}

/** The invitations and settings this role may go to from the list. */
function UserLinks({ role }: { role: Role }) {
  return (
    <Paragraph>
      <Link to="/gebruikers/uitnodigen">{T.invite}</Link>
      {role === 'REGISSEUR' && (
        <>
          {' · '}
          <Link to="/deelnemers/uitnodigen">{PARTICIPANT_TEXTS.inviteTitle}</Link>
        </>
      )}
      {role === 'ADMIN' && (
        <>
          {' · '}
          <Link to="/gebruikers/inloglinks">{ACCESS_LINK_TEXTS.rolesTitle}</Link>
          {' · '}
          <Link to="/beheer/sso">{SSO_TEXTS.title}</Link>
        </>
      )}
    </Paragraph>
  );
}

/** ADMIN and REGISSEUR: the municipality's users, with deactivate, reactivate, change role and sign out everywhere. */
export function UsersPage() {
  const viewer = useViewer();
  const [filter, setFilter] = useState<ActiveFilter>('all');
  const [notice, setNotice] = useState('');
  const pager = useCursorPager();
  const query = useQuery(USERS, { variables: { first: PAGE_SIZE, after: pager.after, filter: { active: ACTIVE_OF[filter] } } });
  const actions = useRowActions(viewer.id, setNotice);

  return (
    <PagedListPage
      texts={T}
      filter={
        <>
          <UserLinks role={viewer.role} />
          <Filter
            value={filter}
            onChange={(f) => {
              setFilter(f);
              pager.reset();
            }}
          />
        </>
      }
      notice={notice}
      query={query}
      connectionOf={(data) => data.users}
      rowsOf={(nodes) => userRows(nodes, actions)}
      columns={COLUMNS}
      pageSize={PAGE_SIZE}
      pager={pager}
    />
  );
}
