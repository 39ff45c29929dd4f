import { useMutation } from '@apollo/client/react';
import { CONVENANT_OPEN_BUTTON_TEXTS as T, formatText } from '@regiekamer/texts';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import { isStale } from '../../lib/errors';
import { CONVENANTS, OPEN } from './convenant.documents';
import type { Convenant } from './party';

/** The regisseur opens a draft for signing; after that its text and parties are fixed. */
export function OpenButton({ c }: { c: Convenant }) {
  const [open, { loading }] = useMutation(OPEN, { refetchQueries: [CONVENANTS] });
  const [error, setError] = useState<string | null>(null);
  async function onOpen() {
    setError(null);
    try {
      const { data } = await open({ variables: { id: c.id, version: c.version } });
      const errors = data?.convenantOpenForSigning.userErrors ?? [];
      if (isStale(errors)) setError(T.stale);
      else if (errors.length > 0) setError(T.notDraft);
    } catch {
      setError(T.technicalError);
    }
  }
  return (
    <div>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ConfirmStep
        label={T.open}
        name={T.open}
        question={formatText(T.question, { count: String(c.parties.length), title: c.title })}
        confirmLabel={T.confirm}
        busy={loading}
        onConfirm={onOpen}
      />
    </div>
  );
}
