import { useMutation, useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { ACCESS_LINK_TEXTS as T, LOGIN_LINK_ROLES_PAGE_TEXTS as W } from '@regiekamer/texts';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/States';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { RolesChoiceForm } from './role-fields';

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
      {loading && <Loading what={W.what} />}
      {error && <LoadError what={W.what} />}
      {data && <RolesForm initial={data.loginLinkRoles} />}
    </>
  );
}

function RolesForm({ initial }: { initial: readonly Role[] }) {
  const [save] = useMutation(LOGIN_LINK_ROLES_SET);
  return (
    <RolesChoiceForm
      formId="inloglinks"
      initial={initial}
      save={async (roles) => (await save({ variables: { input: { roles } } })).data?.loginLinkRolesSet.roles ?? null}
      texts={{ title: T.rolesTitle, legend: T.rolesLegend, submit: T.rolesSubmit, saved: T.rolesSaved }}
    />
  );
}
