import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ARCHIVE_EXPORT_TEXTS as T } from '@regiekamer/texts';
import { useState } from 'react';
import { downloadFile } from '../../lib/download';
import { useViewer } from '../../lib/session';

/**
 * The archival records of the chosen period (decisions, besluitenlijst, convenants) as a ZIP for the e-depot, through
 * GET /export/archief with the session. Only the regisseur and the ADMIN may export them, so only they see it.
 */
export function ArchiveDownload({ from, to }: { from: string; to: string }) {
  const viewer = useViewer();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (viewer.role !== 'REGISSEUR' && viewer.role !== 'ADMIN') return null;
  async function download() {
    setError(null);
    setBusy(true);
    try {
      await downloadFile(`/export/archief?${new URLSearchParams({ van: from, tot: to }).toString()}`, `archief-${from}-${to}.zip`);
    } catch {
      setError(T.failed);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="no-print section" aria-labelledby="archief">
      <Heading2 id="archief">{T.heading}</Heading2>
      <Paragraph>{T.intro}</Paragraph>
      <Button appearance="secondary-action-button" type="button" busy={busy} onClick={() => void download()}>
        {T.button}
      </Button>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
    </section>
  );
}
