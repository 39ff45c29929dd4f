import { OVERVIEW_DOWNLOADS_TEXTS as T } from '@regiekamer/texts';
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
      setError(T.failed);
    } finally {
      setBusy(null);
    }
  }
  return (
    <section aria-labelledby="downloads" className="section">
      <Heading2 id="downloads">{T.heading}</Heading2>
      <Paragraph>{T.excelHelp}</Paragraph>
      <Paragraph>{T.scriptsHelp}</Paragraph>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        <ExcelDownload from={from} to={to} providerId={providerId} onError={setError} />
        <Button appearance="secondary-action-button" type="button" busy={busy === 'overview'} onClick={() => void machine('overview')}>
          {T.overviewForScripts}
        </Button>
        <Button appearance="secondary-action-button" type="button" busy={busy === 'arrangements'} onClick={() => void machine('arrangements')}>
          {T.arrangementsForScripts}
        </Button>
      </ButtonGroup>
    </section>
  );
}
