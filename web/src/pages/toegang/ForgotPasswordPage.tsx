import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { ACCESS_LINK_TEXTS } from '@regiekamer/texts';
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

/** `/wachtwoord-vergeten`: asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const formId = useId().replace(/:/g, '');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState(false);
  const [request, { loading }] = useMutation(PASSWORD_RESET_REQUEST);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = email.trim() === '' ? [{ field: 'email', message: 'Vul uw e-mailadres in.' }] : present(checkEmail('email', email));
    setErrors(found);
    if (found.length > 0) return;
    try {
      await request({ variables: { input: { email: email.trim() } } });
      setSent(true);
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  return (
    <>
      <PageHeading title={ACCESS_LINK_TEXTS.forgotTitle} />
      {sent ? (
        <Notice>{ACCESS_LINK_TEXTS.forgotSent}</Notice>
      ) : (
        <>
          <Paragraph>{ACCESS_LINK_TEXTS.forgotIntro}</Paragraph>
          <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={ACCESS_LINK_TEXTS.forgotTitle}>
            <ErrorSummary formId={formId} errors={errors} />
            <TextField
              formId={formId}
              name="email"
              label="E-mailadres"
              type="email"
              autoComplete="username"
              value={email}
              onChange={setEmail}
              errors={errors}
            />
            <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
              {ACCESS_LINK_TEXTS.forgotSubmit}
            </Button>
          </form>
        </>
      )}
      <Paragraph>
        <Link to="/">{ACCESS_LINK_TEXTS.toLogin}</Link>
      </Paragraph>
    </>
  );
}
