import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { OPGAVE_STATUS_LABELS, rungLabel } from '../../lib/labels';
import type { OpgaveDetail } from './OpgavePage';

export function OpgaveFacts({ o }: { o: OpgaveDetail }) {
  return (
    <DataList className="summary-list opg-stack">
      <DataListItem>
        <DataListKey>Status</DataListKey>
        <DataListValue>{OPGAVE_STATUS_LABELS[o.status]}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Dorp, wijk of kern</DataListKey>
        <DataListValue>{o.area}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Trede van eigenaarschap</DataListKey>
        <DataListValue>{rungLabel(o.ownershipRung)}</DataListValue>
      </DataListItem>
      {o.description && (
        <DataListItem>
          <DataListKey>Omschrijving</DataListKey>
          <DataListValue className="long-text">{o.description}</DataListValue>
        </DataListItem>
      )}
    </DataList>
  );
}
