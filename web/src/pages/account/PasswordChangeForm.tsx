import { useMutation } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatText, PASSWORD_CHANGE_FORM_TEXTS as T, PASSWORD_MIN_LENGTH } from '@regiekamer/texts';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, TextField, type FieldError } from '../../components/Form';
import { graphql } from '../../gql';
import { checkPasswordChange } from '../../lib/checks';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';

const PASSWORD_CHANGE = graphql(`
  mutation PasswordChange($input: PasswordChangeInput!) {
    passwordChange(input: $input) {
      expiresAt
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const EMPTY = { currentPassword: '', newPassword: '', newPasswordAgain: '' };
type Values = typeof EMPTY;

/** Current password and the new one twice; the rules are on the form and checked before sending. */
export function PasswordChangeForm() {
  const formId = useId().replace(/:/g, '');
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const [change, { loading }] = useMutation(PASSWORD_CHANGE);
  const set = (key: keyof Values) => (value: string) => setValues({ ...values, [key]: value });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setDone(false);
    const found = checkPasswordChange(values.currentPassword, values.newPassword, values.newPasswordAgain);
    setErrors(found);
    if (found.length > 0) return;
    try {
      const { data } = await change({ variables: { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } } });
      if (data?.passwordChange.expiresAt) {
        // The change ended every earlier session, this one too: the answer set the cookie of a new one.
        setValues(EMPTY);
        setDone(true);
        return;
      }
      setErrors(toFieldErrors(data?.passwordChange.userErrors ?? [], ['currentPassword', 'newPassword']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  const field = (name: keyof Values, label: string, autoComplete: string, description?: string) => (
    <TextField
      formId={formId}
      name={name}
      label={label}
      type="password"
      autoComplete={autoComplete}
      description={description}
      value={values[name]}
      onChange={set(name)}
      errors={errors}
    />
  );
  return (
    <section aria-labelledby={`${formId}-title`} className="section">
      <Heading2 id={`${formId}-title`}>{T.title}</Heading2>
      {done && <Notice>{T.done}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={errors} />
        {field('currentPassword', T.current, 'current-password')}
        {field(
          'newPassword',
          T.new,
          'new-password',
          formatText(T.newHint, { min: String(PASSWORD_MIN_LENGTH) }),
        )}
        {field('newPasswordAgain', T.again, 'new-password')}
        <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
          {T.submit}
        </Button>
        {loading && <Paragraph role="status">{T.busy}</Paragraph>}
      </form>
    </section>
  );
}
