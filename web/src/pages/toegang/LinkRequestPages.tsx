import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { ACCESS_LINK_TEXTS, LINK_REQUEST_PAGES_TEXTS as W } from '@regiekamer/texts';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, TextField, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { graphql } from '../../gql';
import { checkEmail, present } from '../../lib/checks';
import { TECHNICAL_ERROR } from '../../lib/errors';
import { Link } from '../../lib/router';

const PASSWORD_RESET_REQUEST = graphql(`
  mutation PasswordResetRequest($input: LinkRequestInput!) {
    passwordResetRequest(input: $input) {
      accepted
    }
  }
`);

const LOGIN_LINK_REQUEST = graphql(`
  mutation LoginLinkRequest($input: LinkRequestInput!) {
    loginLinkRequest(input: $input) {
      accepted
    }
  }
`);

const T = ACCESS_LINK_TEXTS;

/** `/wachtwoord-vergeten`: asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const [request, { loading }] = useMutation(PASSWORD_RESET_REQUEST);
  const texts = { title: T.forgotTitle, intro: T.forgotIntro, submit: T.forgotSubmit, sent: T.forgotSent };
  return (
    <LinkRequestPage
      texts={texts}
      loading={loading}
      request={async (email) => {
        await request({ variables: { input: { email } } });
      }}
    />
  );
}

/**
 * `/inloggen/link`: asks for a login link, for the roles an administrator allows one (none of the staff roles by
 * default). The same answer for every address.
 */
export function LoginLinkRequestPage() {
  const [request, { loading }] = useMutation(LOGIN_LINK_REQUEST);
  const texts = { title: T.loginLinkTitle, intro: T.loginLinkRequestIntro, submit: T.forgotSubmit, sent: T.loginLinkRequestSent };
  return (
    <LinkRequestPage
      texts={texts}
      loading={loading}
      request={async (email) => {
        await request({ variables: { input: { email } } });
      }}
    />
  );
}

interface LinkRequestTexts {
  title: string;
  intro: string;
  submit: string;
  sent: string;
}

/** An address, and after sending the same answer whatever it was. */
function LinkRequestPage({ texts, loading, request }: { texts: LinkRequestTexts; loading: boolean; request: (email: string) => Promise<void> }) {
  const formId = useId().replace(/:/g, '');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = email.trim() === '' ? [{ field: 'email', message: W.fillEmail }] : present(checkEmail('email', email));
    setErrors(found);
    if (found.length > 0) return;
    try {
      await request(email.trim());
      setSent(true);
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  return (
    <>
      <PageHeading title={texts.title} />
      {sent ? (
        <Notice>{texts.sent}</Notice>
      ) : (
        <>
          <Paragraph>{texts.intro}</Paragraph>
          <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={texts.title}>
            <ErrorSummary formId={formId} errors={errors} />
            <TextField
              formId={formId}
              name="email"
              label={W.emailLabel}
              type="email"
              autoComplete="username"
              value={email}
              onChange={setEmail}
              errors={errors}
            />
            <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
              {texts.submit}
            </Button>
          </form>
        </>
      )}
      <Paragraph>
        <Link to="/">{T.toLogin}</Link>
      </Paragraph>
    </>
  );
}
