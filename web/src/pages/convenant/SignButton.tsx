import { useMutation } from '@apollo/client/react';
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
      if (errors.length > 0)
        setError(
          errors.some((e) => e.code === 'ALREADY_SIGNED')
            ? 'U heeft al ondertekend.'
            : 'Ondertekenen is niet gelukt: het convenant is niet (meer) open voor ondertekening. Er is niets opgeslagen.',
        );
    } catch {
      setError('Ondertekenen is niet gelukt door een technische storing. Probeer het opnieuw.');
    }
  }
  return (
    <div className="sign">
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <Paragraph>Door te ondertekenen verklaart u namens {party} in te stemmen met dit convenant. Dit kan niet ongedaan worden gemaakt.</Paragraph>
      <ConfirmStep
        appearance="primary-action-button"
        label={`Convenant ondertekenen namens ${party}`}
        name={`Convenant ondertekenen namens ${party}`}
        question={
          <>
            U ondertekent als {viewer.name} namens {party} het convenant „{c.title}”. Uw handtekening kan daarna niet meer worden gewijzigd of
            verwijderd.
          </>
        }
        confirmLabel={`Ja, ik onderteken namens ${party}`}
        busy={loading}
        onConfirm={onSign}
      />
    </div>
  );
}
