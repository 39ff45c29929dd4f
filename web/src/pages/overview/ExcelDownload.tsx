import { useApolloClient } from '@apollo/client/react';
import { OVERVIEW_EXCEL_DOWNLOAD_TEXTS as T } from '@regiekamer/texts';
import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { OVERVIEW } from '../overview-documents';
import { overviewExcelCsv } from './excel-csv';
import { OVERVIEW_DETAILS } from './overview-details.documents';
import { save } from './save-file';

/** The overview for Excel, from the same queries (and filters) as the figures on screen. */
export function ExcelDownload({
  from,
  to,
  providerId,
  onError,
}: {
  from: string;
  to: string;
  providerId: string | null;
  onError: (e: string | null) => void;
}) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  async function download() {
    onError(null);
    setBusy(true);
    try {
      const period = { from, to };
      // One after the other: the API runs one expensive operation per person at a time (usually both come from the cache).
      const main = await client.query({ query: OVERVIEW, variables: { period, providerId, interval: 'MONTH' } });
      const details = await client.query({ query: OVERVIEW_DETAILS, variables: { period, providerId } });
      if (!main.data || !details.data) throw new Error('no data');
      save(overviewExcelCsv(main.data.overview, details.data.overview), `overzicht-${from}-${to}${providerId ? '-aanbieder' : ''}.csv`);
    } catch {
      onError(T.failed);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button appearance="primary-action-button" type="button" busy={busy} onClick={() => void download()}>
      {T.download}
    </Button>
  );
}
