import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense, useId, useState, type SubmitEvent } from 'react';
import { markSignedIn } from '../auth';
import { ErrorSummary, Notice, TextField, type FieldError } from '../components/Form';
import { PublicLayout } from '../components/Layout';
import { PageHelp } from '../components/PageHelp';
import { PageHeading } from '../components/PageHeading';
import { graphql } from '../gql';
import { checkEmail, present } from '../lib/checks';
import { toFieldErrors } from '../lib/errors';
import { ME } from '../lib/session';
import { Link } from '../lib/router';
import { ACCESS_LINK_TEXTS, LOGIN_PAGE_TEXTS as T } from '@regiekamer/texts';
import type { NextLoginStep, SignedInUser } from './LoginSecondStep';
import { SignInOptions } from './sso/SignInOptions';

// Only after a right password, and only for some users: loaded then, so the login page stays within its budget.
const LoginNextStep = lazy(() => import('./LoginSecondStep').then((m) => ({ default: m.LoginNextStep })));

const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        ...ViewerFields
      }
      userErrors {
        ...UserErrorFields
      }
      secondFactorRequired
      secondFactorEnrolmentRequired
      challenge
    }
  }
`);

export function LoginPage({ sessionExpired }: { sessionExpired: boolean }) {
  return (
    <PublicLayout narrow>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.help}</Paragraph>
      </PageHelp>
      {sessionExpired && <Notice type="warning">{T.sessionExpired}</Notice>}
      <SignInOptions />
      <LoginForm />
      <Paragraph>
        <Link to="/wachtwoord-vergeten">{ACCESS_LINK_TEXTS.forgotLink}</Link>
      </Paragraph>
    </PublicLayout>
  );
}

/** What is missing or wrong in the form before it is sent. */
function loginProblems(email: string, password: string): FieldError[] {
  const missing: FieldError[] = [];
  if (email.trim() === '') missing.push({ field: 'email', message: T.emailMissing });
  else missing.push(...present(checkEmail('email', email)));
  if (password === '') missing.push({ field: 'password', message: T.passwordMissing });
  return missing;
}

/** Email and password; on success the session cookie is set and `onSignedIn` hears who signed in. */
export function LoginForm({ initialEmail = '', onSignedIn }: { initialEmail?: string; onSignedIn?: (userId: string) => Promise<void> }) {
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LOGIN);
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [next, setNext] = useState<NextLoginStep | null>(null);
  const formId = useId().replace(/:/g, '');

  async function signedIn(user: SignedInUser) {
    if (onSignedIn) await onSignedIn(user.id);
    client.writeQuery({ query: ME, data: { me: user } });
    markSignedIn();
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const missing = loginProblems(email, password);
    setErrors(missing);
    if (missing.length > 0) return;
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      const payload = data?.login;
      // Signed in: the answer set the session cookie (the web client gets no token).
      if (payload?.user) {
        await signedIn(payload.user);
        return;
      }
      if (payload?.challenge) {
        setPassword('');
        setNext({ challenge: payload.challenge, enrol: payload.secondFactorEnrolmentRequired });
        return;
      }
      const userErrors = payload?.userErrors ?? [];
      setErrors(userErrors.length > 0 ? toFieldErrors(userErrors, ['email', 'password']) : [{ field: null, message: T.failed }]);
    } catch {
      setErrors([{ field: null, message: T.technicalError }]);
    }
  }

  if (next) {
    return (
      <Suspense fallback={<Paragraph role="status">{T.signingIn}</Paragraph>}>
        <LoginNextStep next={next} onSignedIn={signedIn} onRestart={() => setNext(null)} />
      </Suspense>
    );
  }
  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-label={T.formLabel}>
      <ErrorSummary formId={formId} errors={errors} />
      <TextField
        formId={formId}
        name="email"
        label={T.email}
        type="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="password"
        label={T.password}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        errors={errors}
      />
      <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
        {T.submit}
      </Button>
      {loading && <Paragraph role="status">{T.signingIn}</Paragraph>}
    </form>
  );
}
