import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { ACCESS_LINK_TEXTS, formatText, LINK_PASSWORD_PAGE_TEXTS as T, PASSWORD_MIN_LENGTH } from '@regiekamer/texts';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, TextField, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/States';
import { graphql } from '../../gql';
import type { AccessLinkPurpose } from '../../gql/graphql';
import { checkPasswordChange } from '../../lib/checks';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { navigate } from '../../lib/router';
import { LinkNotUsable } from './LinkState';
import { LoginNextStep, type NextLoginStep } from '../LoginSecondStep';
import { signedInByLink, signInWithLink } from './signed-in';

const ACCESS_LINK = graphql(`
  query AccessLink($purpose: AccessLinkPurpose!, $secret: String!) {
    accessLink(purpose: $purpose, secret: $secret) {
      state
      email
      name
    }
  }
`);

/** What a link that signs in answers: the fields of `login`. */
export const LINK_SIGNED_IN = graphql(`
  fragment LinkSignedIn on LoginPayload {
    user {
      ...ViewerFields
    }
    userErrors {
      ...UserErrorFields
    }
    secondFactorEnrolmentRequired
    challenge
  }
`);

const INVITATION_ACCEPT = graphql(`
  mutation InvitationAccept($input: LinkPasswordInput!) {
    invitationAccept(input: $input) {
      ...LinkSignedIn
    }
  }
`);

const PASSWORD_RESET_COMPLETE = graphql(`
  mutation PasswordResetComplete($input: LinkPasswordInput!) {
    passwordResetComplete(input: $input) {
      ...LinkSignedIn
    }
  }
`);

/** `/uitnodiging/<secret>`: the invited person chooses a password and is signed in. */
export function InvitationAcceptPage({ secret }: { secret: string }) {
  return <LinkPasswordPage purpose={'INVITATION'} secret={secret} />;
}

/** `/wachtwoord-herstellen/<secret>`: a new password by a mailed link; every earlier session ends. */
export function PasswordResetPage({ secret }: { secret: string }) {
  return <LinkPasswordPage purpose={'PASSWORD_RESET'} secret={secret} />;
}

const TEXTS: Record<AccessLinkPurpose, { title: string; submit: string }> = {
  INVITATION: { title: ACCESS_LINK_TEXTS.acceptTitle, submit: ACCESS_LINK_TEXTS.acceptSubmit },
  PASSWORD_RESET: { title: ACCESS_LINK_TEXTS.resetTitle, submit: ACCESS_LINK_TEXTS.resetSubmit },
  LOGIN_LINK: { title: ACCESS_LINK_TEXTS.loginLinkTitle, submit: ACCESS_LINK_TEXTS.loginLinkTitle },
};

function LinkPasswordPage({ purpose, secret }: { purpose: AccessLinkPurpose; secret: string }) {
  const { data, loading, error } = useQuery(ACCESS_LINK, { variables: { purpose, secret }, fetchPolicy: 'network-only' });
  const texts = TEXTS[purpose];
  const link = data?.accessLink;
  return (
    <>
      <PageHeading title={texts.title} />
      {loading && <Loading what={T.what} />}
      {error && <LoadError what={T.what} />}
      {link && link.state !== 'VALID' && (
        <LinkNotUsable
          state={link.state}
          again={purpose === 'PASSWORD_RESET' ? { to: '/wachtwoord-vergeten', label: ACCESS_LINK_TEXTS.forgotSubmit } : undefined}
        />
      )}
      {link?.state === 'VALID' && (
        <>
          <Paragraph>
            {purpose === 'INVITATION'
              ? formatText(ACCESS_LINK_TEXTS.acceptIntro, { name: link.name ?? '', email: link.email ?? '' })
              : ACCESS_LINK_TEXTS.resetIntro}
          </Paragraph>
          <NewPasswordForm purpose={purpose} secret={secret} submitLabel={texts.submit} />
        </>
      )}
    </>
  );
}

function NewPasswordForm({ purpose, secret, submitLabel }: { purpose: AccessLinkPurpose; secret: string; submitLabel: string }) {
  const client = useApolloClient();
  const formId = useId().replace(/:/g, '');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [next, setNext] = useState<NextLoginStep | null>(null);
  const [accept, accepting] = useMutation(INVITATION_ACCEPT);
  const [reset, resetting] = useMutation(PASSWORD_RESET_COMPLETE);
  const loading = accepting.loading || resetting.loading;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    // The password rules of a password change, without the current password.
    const found = checkPasswordChange('-', password, again)
      .filter((e) => e.field !== 'currentPassword')
      .map((e) => ({ ...e, field: e.field === 'newPassword' ? 'password' : 'passwordAgain' }));
    setErrors(found);
    if (found.length > 0) return;
    try {
      const variables = { input: { secret, password } };
      const answer =
        purpose === 'INVITATION' ? (await accept({ variables })).data?.invitationAccept : (await reset({ variables })).data?.passwordResetComplete;
      const signedIn = await signInWithLink(client, answer);
      if (signedIn !== null && signedIn !== 'SIGNED_IN') setNext(signedIn);
      if (signedIn !== null) return;
      setErrors(toFieldErrors(answer?.userErrors ?? [], ['password', 'secret']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  if (next) {
    // The password is set and the link used: a restart is a normal login with it.
    return (
      <LoginNextStep next={next} onSignedIn={(user) => signedInByLink(client, user)} onRestart={() => navigate('/')} />
    );
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={submitLabel}>
      <ErrorSummary formId={formId} errors={errors} />
      <TextField
        formId={formId}
        name="password"
        label={ACCESS_LINK_TEXTS.password}
        type="password"
        autoComplete="new-password"
        description={formatText(T.passwordHint, { min: String(PASSWORD_MIN_LENGTH) })}
        value={password}
        onChange={setPassword}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="passwordAgain"
        label={ACCESS_LINK_TEXTS.passwordRepeat}
        type="password"
        autoComplete="new-password"
        value={again}
        onChange={setAgain}
        errors={errors}
      />
      <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
        {submitLabel}
      </Button>
      {loading && <Paragraph role="status">{T.busy}</Paragraph>}
    </form>
  );
}
