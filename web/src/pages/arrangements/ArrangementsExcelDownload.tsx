import { useApolloClient } from '@apollo/client/react';
import { ARRANGEMENTS_EXCEL_DOWNLOAD_TEXTS as T } from '@regiekamer/texts';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { ArrangementExportRowsQuery, ArrangementFilter } from '../../gql/graphql';

type Row = ArrangementExportRowsQuery['arrangements']['edges'][number]['node'];
import { save } from '../overview/save-file';
import { arrangementsExcelCsv } from './arrangements-excel';
import { EXPORT_ROWS } from './arrangements-excel.documents';

/** Every arrangement that matches the filters on screen (not only this page), as a CSV for Excel. */
export function ArrangementsExcelDownload({ filter, own }: { filter: ArrangementFilter; own: boolean }) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  async function download() {
    setBusy(true);
    setError(false);
    try {
      const rows: Row[] = [];
      let after: string | null | undefined = null;
      do {
        const result: { data?: ArrangementExportRowsQuery } = await client.query({
          query: EXPORT_ROWS,
          variables: { after, filter },
          fetchPolicy: 'network-only',
        });
        if (!result.data) throw new Error('no data');
        const { edges, pageInfo } = result.data.arrangements;
        rows.push(...edges.map((e) => e.node));
        after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
      } while (after);
      save(arrangementsExcelCsv(rows, own), 'arrangementen.csv');
    } catch {
      setError(true);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <ButtonGroup>
        <Button appearance="secondary-action-button" type="button" busy={busy} onClick={() => void download()}>
          {T.download}
        </Button>
      </ButtonGroup>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{T.failed}</Paragraph>
        </Alert>
      )}
    </>
  );
}
