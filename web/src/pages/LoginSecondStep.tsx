import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { SECOND_FACTOR_TEXTS as T } from '@regiekamer/texts';
import { useId, useState, type SubmitEvent } from 'react';
import { markSignedIn } from '../auth';
import { ErrorSummary, TextField, type FieldError } from '../components/Form';
import { graphql } from '../gql';
import type { LoginMutation } from '../gql/graphql';
import { TECHNICAL_ERROR, toFieldErrors } from '../lib/errors';
import { SecondFactorEnrol } from './account/SecondFactorEnrol';

const LOGIN_SECOND_FACTOR = graphql(`
  mutation LoginSecondFactor($input: LoginSecondFactorInput!) {
    loginSecondFactor(input: $input) {
      user {
        ...ViewerFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export type SignedInUser = NonNullable<LoginMutation['login']['user']>;

/** The login's second step: a code from the authenticator app, or a recovery code, for the challenge the password gave. */
export function LoginSecondStep({
  challenge,
  onSignedIn,
  onRestart,
}: {
  challenge: string;
  onSignedIn: (user: SignedInUser) => Promise<void>;
  onRestart: () => void;
}) {
  const formId = useId().replace(/:/g, '');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [verify, { loading }] = useMutation(LOGIN_SECOND_FACTOR);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (code.trim() === '') {
      setErrors([{ field: 'code', message: T.codeMissing }]);
      return;
    }
    try {
      const { data } = await verify({ variables: { input: { challenge, code } } });
      const payload = data?.loginSecondFactor;
      // Signed in: the answer set the session cookie.
      if (payload?.user) {
        await onSignedIn(payload.user);
        return;
      }
      setErrors(toFieldErrors(payload?.userErrors ?? [], ['code']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.loginHeading}>
      <ErrorSummary formId={formId} errors={errors} />
      <Paragraph>{T.loginIntro}</Paragraph>
      <TextField
        formId={formId}
        name="code"
        label={T.loginCodeLabel}
        description={T.loginRecoveryHint}
        autoComplete="one-time-code"
        width="medium"
        value={code}
        onChange={setCode}
        errors={errors}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
          {T.loginSubmit}
        </Button>
        <Button appearance="secondary-action-button" type="button" onClick={onRestart}>
          {T.loginBack}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** A login that must enrol first (REQUIRE_MFA): the enrolment with the login's challenge, whose end signs in. */
export function LoginEnrolStep({ challenge, onSignedIn, onRestart }: { challenge: string; onSignedIn: () => void; onRestart: () => void }) {
  return (
    <>
      <Paragraph>{T.enrolRequiredIntro}</Paragraph>
      <SecondFactorEnrol challenge={challenge} onDone={(signedIn) => signedIn && onSignedIn()} onCancel={onRestart} />
    </>
  );
}

/** What a right first factor (a password, or a mailed link) may lead to instead of a token. */
export interface NextLoginStep {
  challenge: string;
  enrol: boolean;
}

/** The step after a right first factor: a code, or first the enrolment that REQUIRE_MFA asks for. */
export function LoginNextStep({
  next,
  onSignedIn,
  onRestart,
}: {
  next: NextLoginStep;
  onSignedIn: (user: SignedInUser) => Promise<void>;
  onRestart: () => void;
}) {
  const client = useApolloClient();
  if (next.enrol) {
    return (
      <LoginEnrolStep
        challenge={next.challenge}
        onSignedIn={() => {
          // Who signed in is read from the server with the new session (the enrolment answers no user).
          void client.clearStore().then(() => markSignedIn());
        }}
        onRestart={onRestart}
      />
    );
  }
  return <LoginSecondStep challenge={next.challenge} onSignedIn={onSignedIn} onRestart={onRestart} />;
}
