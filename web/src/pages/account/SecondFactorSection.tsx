import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatText, SECOND_FACTOR_TEXTS as T } from '@regiekamer/texts';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, TextField, type FieldError } from '../../components/Form';
import { graphql } from '../../gql';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { SecondFactorEnrol } from './SecondFactorEnrol';

const STATUS = graphql(`
  query SecondFactorStatus {
    secondFactorStatus {
      enabled
      recoveryCodesLeft
    }
  }
`);

const DISABLE = graphql(`
  mutation SecondFactorDisable($input: SecondFactorDisableInput!) {
    secondFactorDisable(input: $input) {
      disabled
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Switching the second factor off, with the password. */
function DisableForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const formId = useId().replace(/:/g, '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [disable, { loading }] = useMutation(DISABLE, { refetchQueries: [STATUS], awaitRefetchQueries: true });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (password === '') {
      setErrors([{ field: 'password', message: T.disablePasswordMissing }]);
      return;
    }
    try {
      const { data } = await disable({ variables: { input: { password } } });
      if (data?.secondFactorDisable.disabled) {
        onDone();
        return;
      }
      setErrors(toFieldErrors(data?.secondFactorDisable.userErrors ?? [], ['password']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.disable}>
      <ErrorSummary formId={formId} errors={errors} />
      <TextField
        formId={formId}
        name="password"
        label={T.disablePassword}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        errors={errors}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
          {T.disableConfirm}
        </Button>
        <Button appearance="secondary-action-button" type="button" onClick={onCancel}>
          {T.cancel}
        </Button>
      </ButtonGroup>
    </form>
  );
}

type Step = 'idle' | 'enrolling' | 'disabling';

/** The account page's section: whether the second factor is on, setting it up, and switching it off. */
export function SecondFactorSection() {
  const id = useId().replace(/:/g, '');
  const status = useQuery(STATUS, { fetchPolicy: 'cache-and-network' });
  const [step, setStep] = useState<Step>('idle');
  const [notice, setNotice] = useState<string | null>(null);
  const current = status.data?.secondFactorStatus;

  const finish = (message: string) => {
    setStep('idle');
    setNotice(message);
    void status.refetch().catch(() => undefined);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="section">
      <Heading2 id={`${id}-title`}>{T.heading}</Heading2>
      <Paragraph>{T.intro}</Paragraph>
      {notice && <Notice>{notice}</Notice>}
      {status.error && !current && <Notice type="warning">{T.failed}</Notice>}
      {current && (
        <Paragraph>
          {current.enabled ? T.statusOn : T.statusOff}
          {current.enabled && ` ${formatText(T.recoveryLeft, { count: current.recoveryCodesLeft })}`}
        </Paragraph>
      )}
      {step === 'enrolling' && <SecondFactorEnrol onDone={() => finish(T.enabled)} onCancel={() => setStep('idle')} />}
      {step === 'disabling' && <DisableForm onDone={() => finish(T.disabled)} onCancel={() => setStep('idle')} />}
      {step === 'idle' && current && (
        <ButtonGroup>
          <Button
            appearance={current.enabled ? 'secondary-action-button' : 'primary-action-button'}
            type="button"
            onClick={() => {
              setNotice(null);
              setStep(current.enabled ? 'disabling' : 'enrolling');
            }}
          >
            {current.enabled ? T.disable : T.start}
          </Button>
        </ButtonGroup>
      )}
    </section>
  );
}
