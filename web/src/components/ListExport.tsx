import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { LIST_EXPORT_TEXTS as T } from '@regiekamer/texts';
import { useState } from 'react';
import { downloadFile } from '../lib/download';
import './print.css';

/**
 * A list's download (through the export route, with the session) and its printed form: the print stylesheet leaves
 * out the application around the list, and the browser makes the PDF.
 */
export function ListExport({ csvUrl, filename, csvLabel = T.csv, print = true }: { csvUrl: string; filename: string; csvLabel?: string; print?: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function csv() {
    setError(null);
    setBusy(true);
    try {
      await downloadFile(csvUrl, filename);
    } catch {
      setError(T.failed);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="no-print">
      <ButtonGroup>
        <Button appearance="secondary-action-button" type="button" busy={busy} onClick={() => void csv()}>
          {csvLabel}
        </Button>
        {print && (
          <Button appearance="secondary-action-button" type="button" onClick={() => window.print()}>
            {T.print}
          </Button>
        )}
      </ButtonGroup>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
