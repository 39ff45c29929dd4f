import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { ACCESS_LINK_TEXTS as T } from '@regiekamer/texts';
import { useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/States';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { TECHNICAL_ERROR } from '../../lib/errors';
import { ROLE_LABELS } from '../../lib/labels';

const LOGIN_LINK_ROLES = graphql(`
  query LoginLinkRoles {
    loginLinkRoles
  }
`);

const LOGIN_LINK_ROLES_SET = graphql(`
  mutation LoginLinkRolesSet($input: LoginLinkRolesSetInput!) {
    loginLinkRolesSet(input: $input) {
      roles
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** `/gebruikers/inloglinks` (ADMIN): which roles of the municipality may sign in by a mailed login link. */
export function LoginLinkRolesPage() {
  const { data, loading, error } = useQuery(LOGIN_LINK_ROLES);
  return (
    <>
      <PageHeading title={T.rolesTitle} />
      <Paragraph>{T.rolesIntro}</Paragraph>
      {loading && <Loading what="De instelling" />}
      {error && <LoadError what="De instelling" />}
      {data && <RolesForm initial={data.loginLinkRoles} />}
    </>
  );
}

function RolesForm({ initial }: { initial: readonly Role[] }) {
  const [chosen, setChosen] = useState<Role[]>([...initial]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(LOGIN_LINK_ROLES_SET);
  const toggle = (role: Role) => setChosen(chosen.includes(role) ? chosen.filter((r) => r !== role) : [...chosen, role]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSaved(false);
    try {
      const { data } = await save({ variables: { input: { roles: chosen } } });
      setErrors(data?.loginLinkRolesSet.roles ? [] : [TECHNICAL_ERROR]);
      setSaved(Boolean(data?.loginLinkRolesSet.roles));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.rolesTitle}>
      <ErrorSummary formId="inloglinks" errors={errors} />
      {saved && <Notice>{T.rolesSaved}</Notice>}
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{T.rolesLegend}</legend>
        {(Object.keys(ROLE_LABELS) as Role[]).map((role) => (
          <label key={role} className="utrecht-form-label utrecht-form-label--checkbox radio-option">
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={chosen.includes(role)}
              onChange={() => toggle(role)}
            />{' '}
            {ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
        {T.rolesSubmit}
      </Button>
    </form>
  );
}
