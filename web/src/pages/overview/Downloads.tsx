import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { downloadFile } from '../../lib/download';
import { ExcelDownload } from './ExcelDownload';

/** The overview for Excel (what is on screen, Dutch conventions) and the machine exports that scripts read (unchanged). */
export function Downloads({ from, to, providerId }: { from: string; to: string; providerId: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  async function machine(kind: 'overview' | 'arrangements') {
    setError(null);
    setBusy(kind);
    const qs = new URLSearchParams({ from, to }).toString();
    try {
      await downloadFile(`/export/${kind}.csv?${qs}`, `${kind === 'overview' ? 'overzicht' : 'arrangementen'}-machine-${from}-${to}.csv`);
    } catch {
      setError('Het downloaden is niet gelukt. Probeer het opnieuw.');
    } finally {
      setBusy(null);
    }
  }
  return (
    <section aria-labelledby="downloads" className="section">
      <Heading2 id="downloads">Downloaden</Heading2>
      <Paragraph>
        Het overzicht als CSV opent goed in Excel: met puntkomma&apos;s, Nederlandse kolomnamen en bedragen in euro met een komma. Het bevat de
        cijfers die u op deze pagina ziet, voor de gekozen periode en aanbieder.
      </Paragraph>
      <Paragraph>
        De bestanden voor scripts zijn bedoeld voor eigen analyse met software: Engelse kolomnamen, bedragen in centen, altijd alle aanbieders. Voor
        analisten zijn de cijfers beschermd tegen herleiding tot personen.
      </Paragraph>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        <ExcelDownload from={from} to={to} providerId={providerId} onError={setError} />
        <Button appearance="secondary-action-button" type="button" busy={busy === 'overview'} onClick={() => void machine('overview')}>
          Overzicht voor scripts
        </Button>
        <Button appearance="secondary-action-button" type="button" busy={busy === 'arrangements'} onClick={() => void machine('arrangements')}>
          Arrangementen voor scripts
        </Button>
      </ButtonGroup>
    </section>
  );
}
