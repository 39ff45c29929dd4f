import { useMutation } from '@apollo/client/react';
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
      if (isStale(errors))
        setError('Iemand anders heeft dit convenant intussen gewijzigd. De nieuwste gegevens staan hierboven; probeer het opnieuw.');
      else if (errors.length > 0) setError('Openstellen is niet gelukt: het convenant is geen concept meer. Er is niets gewijzigd.');
    } catch {
      setError('Het is niet gelukt door een technische storing. Probeer het opnieuw.');
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
        label="Openstellen voor ondertekening"
        name="Openstellen voor ondertekening"
        question={`Na het openstellen kunnen alle ${c.parties.length} partijen „${c.title}” ondertekenen. De titel, looptijd, het budget en de partijen liggen dan vast.`}
        confirmLabel="Ja, openstellen"
        busy={loading}
        onConfirm={onOpen}
      />
    </div>
  );
}
