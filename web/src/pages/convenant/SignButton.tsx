import { useMutation } from '@apollo/client/react';
import { CONVENANT_SIGN_BUTTON_TEXTS as T, formatText } from '@regiekamer/texts';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import { newIdempotencyKey } from '../../components/Form';
import { useViewer } from '../../lib/session';
import { SIGN } from './convenant.documents';
import type { Convenant } from './party';

/** Signing, after a second step that names who signs for which party; a signature is never changed or removed. */
export function SignButton({ c, party }: { c: Convenant; party: string }) {
  const viewer = useViewer();
  const [sign, { loading }] = useMutation(SIGN);
  const [error, setError] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  async function onSign() {
    setError(null);
    try {
      const { data } = await sign({ variables: { id: c.id, idempotencyKey: key.current } });
      const errors = data?.convenantSign.userErrors ?? [];
      // Signed: the card now says who signed for which party, and when.
      if (errors.length > 0) setError(errors.some((e) => e.code === 'ALREADY_SIGNED') ? T.alreadySigned : T.notOpen);
    } catch {
      setError(T.technicalError);
    }
  }
  return (
    <div className="sign">
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <Paragraph>{formatText(T.declaration, { party })}</Paragraph>
      <ConfirmStep
        appearance="primary-action-button"
        label={formatText(T.sign, { party })}
        name={formatText(T.sign, { party })}
        question={formatText(T.question, { name: viewer.name, party, title: c.title })}
        confirmLabel={formatText(T.confirm, { party })}
        busy={loading}
        onConfirm={onSign}
      />
    </div>
  );
}
