import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Heading3, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { SECOND_FACTOR_TEXTS as T } from '@regiekamer/texts';
import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, TextField, type FieldError } from '../../components/Form';
import { graphql } from '../../gql';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';

const ENROL_START = graphql(`
  mutation SecondFactorEnrolStart($input: SecondFactorEnrolStartInput) {
    secondFactorEnrolStart(input: $input) {
      secret
      qrCodeSvg
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const ENROL_CONFIRM = graphql(`
  mutation SecondFactorEnrolConfirm($input: SecondFactorEnrolConfirmInput!) {
    secondFactorEnrolConfirm(input: $input) {
      recoveryCodes
      expiresAt
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface QrPath {
  d: string;
  fill: string | null;
  stroke: string | null;
}

/**
 * The server's QR code (an SVG document) drawn as React elements: the page's Content-Security-Policy allows no data:
 * images, and nothing from the document but its view box and path outlines is taken over.
 */
function QrCode({ svg }: { svg: string }) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  const viewBox = root.getAttribute('viewBox') ?? '0 0 0 0';
  const paths: QrPath[] = Array.from(root.getElementsByTagName('path')).map((p) => ({
    d: p.getAttribute('d') ?? '',
    fill: p.getAttribute('fill'),
    stroke: p.getAttribute('stroke'),
  }));
  return (
    <svg className="qr-code" role="img" aria-label={T.qrAlt} viewBox={viewBox} shapeRendering="crispEdges" width="200" height="200">
      {paths.map((p, i) => (
        <path key={i} d={p.d} fill={p.fill ?? 'none'} stroke={p.stroke ?? undefined} />
      ))}
    </svg>
  );
}

/** The ten recovery codes, shown once, with the warning to keep them. */
function RecoveryCodes({ codes, onSaved }: { codes: string[]; onSaved: () => void }) {
  const id = useId().replace(/:/g, '');
  return (
    <div className="form">
      <Notice type="warning">{T.recoveryWarning}</Notice>
      <Heading3 id={`${id}-codes`}>{T.recoveryHeading}</Heading3>
      <OrderedList aria-labelledby={`${id}-codes`} className="recovery-codes">
        {codes.map((code) => (
          <OrderedListItem key={code}>
            <code>{code}</code>
          </OrderedListItem>
        ))}
      </OrderedList>
      <ButtonGroup>
        <Button appearance="primary-action-button" type="button" onClick={onSaved}>
          {T.recoverySaved}
        </Button>
      </ButtonGroup>
    </div>
  );
}

/**
 * The enrolment's steps: start it once mounted (the secret and QR code), confirm it with a code from the app, and
 * keep the recovery codes the confirmation answers with.
 */
function useEnrolment(challenge: string | null) {
  const [start, starting] = useMutation(ENROL_START);
  const [confirm, confirming] = useMutation(ENROL_CONFIRM);
  const [enrolment, setEnrolment] = useState<{ secret: string; qrCodeSvg: string } | null>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [result, setResult] = useState<{ codes: string[]; signedIn: boolean } | null>(null);

  useEffect(() => {
    let current = true;
    start({ variables: { input: { challenge } } })
      .then(({ data }) => {
        const payload = data?.secondFactorEnrolStart;
        if (!current) return;
        if (payload?.secret && payload.qrCodeSvg) setEnrolment({ secret: payload.secret, qrCodeSvg: payload.qrCodeSvg });
        else setErrors(toFieldErrors(payload?.userErrors ?? [], []));
      })
      .catch(() => current && setErrors([TECHNICAL_ERROR]));
    return () => {
      current = false;
    };
  }, [start, challenge]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirming.loading) return;
    if (code.trim() === '') {
      setErrors([{ field: 'code', message: T.codeMissing }]);
      return;
    }
    try {
      const { data } = await confirm({ variables: { input: { code, challenge } } });
      const payload = data?.secondFactorEnrolConfirm;
      if (payload?.recoveryCodes) {
        setErrors([]);
        setResult({ codes: payload.recoveryCodes, signedIn: payload.expiresAt != null });
        return;
      }
      setErrors(toFieldErrors(payload?.userErrors ?? [], ['code']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return { starting: starting.loading, confirming: confirming.loading, enrolment, code, setCode, errors, result, submit };
}

/**
 * Setting up the second factor: a QR code (and the key to type by hand), a code from the app to confirm, then the
 * recovery codes once. Signed in, or with the challenge of a login that asks for enrolment (then `onDone` hears that the
 * login is done: the answer set the session cookie).
 */
export function SecondFactorEnrol({ challenge = null, onDone, onCancel }: { challenge?: string | null; onDone: (signedIn: boolean) => void; onCancel?: () => void }) {
  const formId = useId().replace(/:/g, '');
  const { starting, confirming, enrolment, code, setCode, errors, result, submit } = useEnrolment(challenge);

  if (result) return <RecoveryCodes codes={result.codes} onSaved={() => onDone(result.signedIn)} />;
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.start}>
      <ErrorSummary formId={formId} errors={errors} />
      {starting && <Paragraph role="status">{T.start}…</Paragraph>}
      {enrolment && (
        <>
          <Paragraph>{T.scanStep}</Paragraph>
          <QrCode svg={enrolment.qrCodeSvg} />
          <Paragraph>{T.manualStep}</Paragraph>
          <Paragraph>
            <span className="visually-hidden">{T.manualKey}: </span>
            <code className="secret-key" data-testid="second-factor-secret">
              {enrolment.secret}
            </code>
          </Paragraph>
          <TextField
            formId={formId}
            name="code"
            label={T.codeLabel}
            description={T.codeDescription}
            inputMode="numeric"
            autoComplete="one-time-code"
            width="small"
            value={code}
            onChange={setCode}
            errors={errors}
          />
          <ButtonGroup>
            <Button appearance="primary-action-button" type="submit" busy={confirming} aria-disabled={confirming || undefined}>
              {T.confirm}
            </Button>
            {onCancel && (
              <Button appearance="secondary-action-button" type="button" onClick={onCancel}>
                {T.cancel}
              </Button>
            )}
          </ButtonGroup>
        </>
      )}
    </form>
  );
}
