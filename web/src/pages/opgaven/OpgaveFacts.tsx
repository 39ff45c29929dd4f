import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { OPGAVE_FACTS_TEXTS as T } from '@regiekamer/texts';
import { OPGAVE_STATUS_LABELS, rungLabel } from '../../lib/labels';
import type { OpgaveDetail } from './OpgavePage';

export function OpgaveFacts({ o }: { o: OpgaveDetail }) {
  return (
    <DataList className="summary-list opg-stack">
      <DataListItem>
        <DataListKey>{T.status}</DataListKey>
        <DataListValue>{OPGAVE_STATUS_LABELS[o.status]}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{T.area}</DataListKey>
        <DataListValue>{o.area}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{T.rung}</DataListKey>
        <DataListValue>{rungLabel(o.ownershipRung)}</DataListValue>
      </DataListItem>
      {o.description && (
        <DataListItem>
          <DataListKey>{T.description}</DataListKey>
          <DataListValue className="long-text">{o.description}</DataListValue>
        </DataListItem>
      )}
    </DataList>
  );
}
