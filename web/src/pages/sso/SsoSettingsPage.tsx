import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatText, SSO_SETTINGS_PAGE_TEXTS as W, SSO_TEXTS as T } from '@regiekamer/texts';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, SelectField, TextField, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/States';
import { graphql } from '../../gql';
import type { OidcSetupQuery, Role } from '../../gql/graphql';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { ROLE_LABELS } from '../../lib/labels';
import { RoleAndProviderFields, RolesChoiceForm } from '../gebruikers/role-fields';

const OIDC_SETUP = graphql(`
  query OidcSetup {
    oidcSetup {
      redirectUrl
      postLogoutRedirectUrl
      defaultIssuer
      issuers {
        id
        displayName
        issuerUrl
        clientId
        scopes
        roleClaim
      }
      mappings {
        id
        issuerId
        claimValue
        role
        providerId
      }
      passwordOffRoles
    }
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

const ISSUER_SAVE = graphql(`
  mutation OidcIssuerSave($input: OidcIssuerInput!) {
    oidcIssuerSave(input: $input) {
      issuer {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const ISSUER_DELETE = graphql(`
  mutation OidcIssuerDelete($id: ID!) {
    oidcIssuerDelete(id: $id) {
      deleted
    }
  }
`);

const MAPPING_ADD = graphql(`
  mutation OidcRoleMappingAdd($input: OidcRoleMappingInput!) {
    oidcRoleMappingAdd(input: $input) {
      mapping {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const MAPPING_DELETE = graphql(`
  mutation OidcRoleMappingDelete($id: ID!) {
    oidcRoleMappingDelete(id: $id) {
      deleted
    }
  }
`);

const PASSWORD_OFF_SET = graphql(`
  mutation PasswordOffRolesSet($input: PasswordOffRolesSetInput!) {
    passwordOffRolesSet(input: $input) {
      roles
    }
  }
`);

type Setup = OidcSetupQuery['oidcSetup'];
type Providers = OidcSetupQuery['providers']['edges'];
const REFETCH = { refetchQueries: [OIDC_SETUP], awaitRefetchQueries: true };

/** `/beheer/sso` (ADMIN): the municipality's identity providers, which group gives which role, and local passwords per role. */
export function SsoSettingsPage() {
  const { data, loading, error } = useQuery(OIDC_SETUP);
  return (
    <>
      <PageHeading title={T.title} />
      <Paragraph>{T.intro}</Paragraph>
      {loading && <Loading what={W.what} />}
      {error && <LoadError what={W.what} />}
      {data && (
        <>
          <Paragraph>{formatText(T.redirectUrl, { url: data.oidcSetup.redirectUrl })}</Paragraph>
          <Paragraph>{formatText(T.logoutUrl, { url: data.oidcSetup.postLogoutRedirectUrl })}</Paragraph>
          <Issuers setup={data.oidcSetup} />
          <Mappings setup={data.oidcSetup} providers={data.providers.edges} />
          <PasswordRoles initial={data.oidcSetup.passwordOffRoles} />
        </>
      )}
    </>
  );
}

function Issuers({ setup }: { setup: Setup }) {
  const [remove] = useMutation(ISSUER_DELETE, REFETCH);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby="sso-issuers">
      <Heading2 id="sso-issuers">{T.issuersTitle}</Heading2>
      {setup.defaultIssuer && <Paragraph>{T.defaultIssuer}</Paragraph>}
      {done && <Notice>{done}</Notice>}
      {setup.issuers.length === 0 ? (
        <Paragraph>{T.issuersEmpty}</Paragraph>
      ) : (
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">{T.issuersCaption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell">{T.displayName}</th>
              <th className="utrecht-table__header-cell">{T.issuerUrl}</th>
              <th className="utrecht-table__header-cell">{T.clientId}</th>
              <th className="utrecht-table__header-cell">
                <span className="visually-hidden">{T.issuerDelete}</span>
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {setup.issuers.map((i) => (
              <tr key={i.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{i.displayName}</td>
                <td className="utrecht-table__cell">{i.issuerUrl}</td>
                <td className="utrecht-table__cell">{i.clientId}</td>
                <td className="utrecht-table__cell">
                  <Button
                    appearance="secondary-action-button"
                    type="button"
                    onClick={() =>
                      void remove({ variables: { id: i.id } })
                        .then(() => setDone(formatText(T.issuerDeleted, { name: i.displayName })))
                        .catch(() => setDone(TECHNICAL_ERROR.message))
                    }
                  >
                    {T.issuerDelete} <span className="visually-hidden">{i.displayName}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <IssuerForm />
    </section>
  );
}

const NEW_ISSUER = { displayName: '', issuerUrl: '', clientId: '', clientSecret: '', scopes: 'openid email profile', roleClaim: 'groups' };

function IssuerForm() {
  const formId = useId().replace(/:/g, '');
  const [values, setValues] = useState(NEW_ISSUER);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const [save, { loading }] = useMutation(ISSUER_SAVE, REFETCH);
  const set = (key: keyof typeof NEW_ISSUER) => (value: string) => setValues({ ...values, [key]: value });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAdded(null);
    try {
      const { data } = await save({ variables: { input: values } });
      if (data?.oidcIssuerSave.issuer) {
        setAdded(formatText(T.issuerAdded, { name: values.displayName }));
        setValues(NEW_ISSUER);
        setErrors([]);
        return;
      }
      setErrors(toFieldErrors(data?.oidcIssuerSave.userErrors ?? [], Object.keys(NEW_ISSUER)));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.issuerAdd}>
      <ErrorSummary formId={formId} errors={errors} />
      {added && <Notice>{added}</Notice>}
      <TextField formId={formId} name="displayName" label={T.displayName} description={T.displayNameHint} value={values.displayName} onChange={set('displayName')} errors={errors} />
      <TextField formId={formId} name="issuerUrl" label={T.issuerUrl} type="url" value={values.issuerUrl} onChange={set('issuerUrl')} errors={errors} />
      <TextField formId={formId} name="clientId" label={T.clientId} value={values.clientId} onChange={set('clientId')} errors={errors} />
      <TextField formId={formId} name="clientSecret" label={T.clientSecret} type="password" autoComplete="off" value={values.clientSecret} onChange={set('clientSecret')} errors={errors} />
      <TextField formId={formId} name="scopes" label={T.scopes} value={values.scopes} onChange={set('scopes')} errors={errors} />
      <TextField formId={formId} name="roleClaim" label={T.roleClaim} value={values.roleClaim} onChange={set('roleClaim')} errors={errors} />
      <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
        {T.issuerAdd}
      </Button>
    </form>
  );
}

function Mappings({ setup, providers }: { setup: Setup; providers: Providers }) {
  const [remove] = useMutation(MAPPING_DELETE, REFETCH);
  const [done, setDone] = useState<string | null>(null);
  const issuerName = (id: string | null) => (id === null ? T.defaultIssuer : (setup.issuers.find((i) => i.id === id)?.displayName ?? id));
  const providerName = (id: string | null) => (id === null ? '' : (providers.find((p) => p.node.id === id)?.node.name ?? ''));
  return (
    <section aria-labelledby="sso-mappings">
      <Heading2 id="sso-mappings">{T.mappingsTitle}</Heading2>
      <Paragraph>{T.mappingsIntro}</Paragraph>
      {done && <Notice>{done}</Notice>}
      {setup.mappings.length === 0 ? (
        <Paragraph>{T.mappingsEmpty}</Paragraph>
      ) : (
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">{T.mappingsCaption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell">{T.claimValue}</th>
              <th className="utrecht-table__header-cell">{T.role}</th>
              <th className="utrecht-table__header-cell">{T.mappingIssuer}</th>
              <th className="utrecht-table__header-cell">
                <span className="visually-hidden">{T.mappingDelete}</span>
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {setup.mappings.map((m) => (
              <tr key={m.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{m.claimValue}</td>
                <td className="utrecht-table__cell">
                  {ROLE_LABELS[m.role]} {providerName(m.providerId)}
                </td>
                <td className="utrecht-table__cell">{issuerName(m.issuerId)}</td>
                <td className="utrecht-table__cell">
                  <Button
                    appearance="secondary-action-button"
                    type="button"
                    onClick={() =>
                      void remove({ variables: { id: m.id } })
                        .then(() => setDone(formatText(T.mappingDeleted, { claim: m.claimValue })))
                        .catch(() => setDone(TECHNICAL_ERROR.message))
                    }
                  >
                    {T.mappingDelete} <span className="visually-hidden">{m.claimValue}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MappingForm setup={setup} providers={providers} />
    </section>
  );
}

const NEW_MAPPING = { issuerId: '', claimValue: '', role: '' as Role | '', providerId: '' };

function MappingForm({ setup, providers }: { setup: Setup; providers: Providers }) {
  const formId = useId().replace(/:/g, '');
  const [values, setValues] = useState(NEW_MAPPING);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const [add, { loading }] = useMutation(MAPPING_ADD, REFETCH);
  const set = (key: keyof typeof NEW_MAPPING) => (value: string) => setValues({ ...values, [key]: value });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAdded(null);
    if (values.role === '') {
      setErrors([{ field: 'role', message: W.chooseRole }]);
      return;
    }
    const input = {
      issuerId: values.issuerId === '' ? null : values.issuerId,
      claimValue: values.claimValue,
      role: values.role,
      providerId: values.role === 'PROVIDER_REP' && values.providerId !== '' ? values.providerId : null,
    };
    try {
      const { data } = await add({ variables: { input } });
      if (data?.oidcRoleMappingAdd.mapping) {
        setAdded(formatText(T.mappingAdded, { claim: values.claimValue }));
        setValues(NEW_MAPPING);
        setErrors([]);
        return;
      }
      setErrors(toFieldErrors(data?.oidcRoleMappingAdd.userErrors ?? [], ['issuerId', 'claimValue', 'role', 'providerId']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  const issuers = [...(setup.defaultIssuer ? [{ value: '', label: T.defaultIssuer }] : []), ...setup.issuers.map((i) => ({ value: i.id, label: i.displayName }))];
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.mappingAdd}>
      <ErrorSummary formId={formId} errors={errors} />
      {added && <Notice>{added}</Notice>}
      <SelectField formId={formId} name="issuerId" label={T.mappingIssuer} value={values.issuerId} onChange={set('issuerId')} options={issuers} errors={errors} />
      <TextField formId={formId} name="claimValue" label={T.claimValue} value={values.claimValue} onChange={set('claimValue')} errors={errors} />
      <RoleAndProviderFields
        formId={formId}
        roles={Object.keys(ROLE_LABELS) as Role[]}
        role={values.role}
        providerId={values.providerId}
        onRole={set('role')}
        onProvider={set('providerId')}
        providers={providers.map((e) => e.node)}
        labels={{ role: T.role, provider: T.provider }}
        errors={errors}
      />
      <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
        {T.mappingAdd}
      </Button>
    </form>
  );
}

function PasswordRoles({ initial }: { initial: readonly Role[] }) {
  const [save] = useMutation(PASSWORD_OFF_SET);
  return (
    <section aria-labelledby="sso-passwords">
      <Heading2 id="sso-passwords">{T.passwordsTitle}</Heading2>
      <Paragraph>{T.passwordsIntro}</Paragraph>
      <RolesChoiceForm
        formId="wachtwoorden"
        initial={initial}
        save={async (roles) => (await save({ variables: { input: { roles } } })).data?.passwordOffRolesSet.roles ?? null}
        texts={{ title: T.passwordsTitle, legend: T.passwordsLegend, submit: T.passwordsSave, saved: T.passwordsSaved }}
      />
    </section>
  );
}
