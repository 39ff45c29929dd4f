import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { ACCESS_LINK_TEXTS, formatText, INVITE_USER_PAGE_TEXTS as T } from '@regiekamer/texts';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, TextField, type FieldError } from '../../components/Form';
import { RoleAndProviderFields } from './role-fields';
import { PageHeading } from '../../components/PageHeading';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { checkEmail, present } from '../../lib/checks';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { ROLE_LABELS } from '../../lib/labels';
import { useViewer } from '../../lib/session';

const USER_INVITE = graphql(`
  mutation UserInvite($input: UserInviteInput!) {
    userInvite(input: $input) {
      email
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const INVITE_PROVIDERS = graphql(`
  query InviteProviders {
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

const EMPTY = { email: '', name: '', role: '' as Role | '', providerId: '' };

/** `/gebruikers/uitnodigen`: an ADMIN invites to any role, the regisseur to any role but beheerder. */
export function InviteUserPage() {
  const viewer = useViewer();
  const formId = useId().replace(/:/g, '');
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [invite, { loading }] = useMutation(USER_INVITE);
  const { data: providers } = useQuery(INVITE_PROVIDERS);
  const roles = (Object.keys(ROLE_LABELS) as Role[]).filter((r) => viewer.role === 'ADMIN' || r !== 'ADMIN');

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = present(
      values.email.trim() === '' ? { field: 'email', message: T.fillEmail } : checkEmail('email', values.email),
      values.name.trim() === '' ? { field: 'name', message: T.fillName } : null,
      values.role === '' ? { field: 'role', message: T.chooseRole } : null,
      values.role === 'PROVIDER_REP' && values.providerId === '' ? { field: 'providerId', message: T.chooseProvider } : null,
    );
    setErrors(found);
    if (found.length > 0 || values.role === '') return;
    const providerId = values.role === 'PROVIDER_REP' ? values.providerId : null;
    try {
      const { data } = await invite({
        variables: { input: { email: values.email.trim(), name: values.name.trim(), role: values.role, providerId } },
      });
      if (data?.userInvite.email) {
        setSentTo(data.userInvite.email);
        setValues(EMPTY);
        return;
      }
      setErrors(toFieldErrors(data?.userInvite.userErrors ?? [], ['email', 'name', 'role', 'providerId']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  const set = (key: keyof typeof EMPTY) => (value: string) => setValues({ ...values, [key]: value });
  return (
    <>
      <PageHeading title={ACCESS_LINK_TEXTS.inviteTitle} />
      <Paragraph>{ACCESS_LINK_TEXTS.inviteIntro}</Paragraph>
      {sentTo && <Notice>{formatText(ACCESS_LINK_TEXTS.inviteSent, { email: sentTo })}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={ACCESS_LINK_TEXTS.inviteTitle}>
        <ErrorSummary formId={formId} errors={errors} />
        <TextField
          formId={formId}
          name="email"
          label={ACCESS_LINK_TEXTS.inviteEmail}
          type="email"
          value={values.email}
          onChange={set('email')}
          errors={errors}
        />
        <TextField formId={formId} name="name" label={ACCESS_LINK_TEXTS.inviteName} value={values.name} onChange={set('name')} errors={errors} />
        <RoleAndProviderFields
          formId={formId}
          roles={roles}
          role={values.role}
          providerId={values.providerId}
          onRole={set('role')}
          onProvider={set('providerId')}
          providers={(providers?.providers.edges ?? []).map((e) => e.node)}
          labels={{ role: ACCESS_LINK_TEXTS.inviteRole, provider: ACCESS_LINK_TEXTS.inviteProvider, providerHint: ACCESS_LINK_TEXTS.inviteProviderHint }}
          errors={errors}
        />
        <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
          {ACCESS_LINK_TEXTS.inviteSubmit}
        </Button>
        {loading && <Paragraph role="status">{T.sending}</Paragraph>}
      </form>
    </>
  );
}
