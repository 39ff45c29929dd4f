import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Heading3 } from '@utrecht/component-library-react';
import { errorText, formatText, USERS_TEXTS as T } from '@regiekamer/texts';
import { useId, useState } from 'react';
import { Notice, options, SelectField, type FieldError } from '../../components/Form';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { ROLE_LABELS } from '../../lib/labels';
import { useViewer } from '../../lib/session';
import type { UserNode } from './UsersPage';

const PROVIDER_CHOICES = graphql(`
  query ProviderChoices {
    providers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const ROLE_CHANGE = graphql(`
  mutation UserRoleChange($id: ID!, $version: Int!, $input: UserRoleChangeInput!) {
    userRoleChange(id: $id, version: $version, input: $input) {
      user {
        id
        role
        version
        provider {
          id
          name
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The roles the viewer may give: an ADMIN every role, a REGISSEUR those below ADMIN (the API checks the same). */
function roleChoices(viewerRole: Role): { value: Role; label: string }[] {
  return options(ROLE_LABELS).filter((o) => viewerRole === 'ADMIN' || o.value !== 'ADMIN');
}

/** A new role for one user; a representative also gets the provider they act for. */
export function RoleChangeForm({ user, onDone, onCancel }: { user: UserNode; onDone: (role: Role) => void; onCancel: () => void }) {
  const formId = `rol-${useId().replace(/:/g, '')}`;
  const viewer = useViewer();
  const [role, setRole] = useState<Role | ''>(user.role);
  const [providerId, setProviderId] = useState<string>(user.provider?.id ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const providers = useQuery(PROVIDER_CHOICES, role === 'PROVIDER_REP' ? {} : skipToken);
  const [change, changing] = useMutation(ROLE_CHANGE, { refetchQueries: ['Users'], awaitRefetchQueries: true });

  async function submit() {
    if (role === '') return;
    setFailed(false);
    try {
      const input = { role, providerId: role === 'PROVIDER_REP' && providerId !== '' ? providerId : null };
      const result = (await change({ variables: { id: user.id, version: user.version, input } })).data?.userRoleChange;
      const problems = result?.userErrors ?? [];
      if (problems.length === 0) onDone(role);
      else setErrors(problems.map((p) => ({ field: (p.field ?? 'role').replace(/^input\./, ''), message: errorText(p) })));
    } catch {
      setFailed(true);
    }
  }

  const providerOptions = (providers.data?.providers.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
  return (
    <form
      id={formId}
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading3>{formatText(T.changeRoleTitle, { name: user.name })}</Heading3>
      {failed && <Notice type="warning">{T.failed}</Notice>}
      <SelectField formId={formId} name="role" label={T.newRole} errors={errors} value={role} onChange={setRole} options={roleChoices(viewer.role)} />
      {role === 'PROVIDER_REP' && (
        <SelectField
          formId={formId}
          name="providerId"
          label={T.provider}
          errors={errors}
          value={providerId}
          onChange={setProviderId}
          options={providerOptions}
          emptyLabel={T.providerChoose}
        />
      )}
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={changing.loading}>
          {T.save}
        </Button>
        <Button appearance="secondary-action-button" type="button" onClick={onCancel}>
          {T.cancel}
        </Button>
      </ButtonGroup>
    </form>
  );
}
