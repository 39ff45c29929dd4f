import { formatText, ARRANGEMENT_CONFLICT_PANEL_TEXTS as T } from '@regiekamer/texts';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Ref } from 'react';
import type { ArrangementFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { valuesOf, type ArrangementValues } from '../ArrangementForm';
import { ConflictTable } from './ConflictTable';

/** After a lost version race: what happened, the person's input beside the newest version, and what they can do. */
export function ConflictPanel(props: {
  a: ArrangementFieldsFragment;
  base: ArrangementFieldsFragment;
  values: ArrangementValues;
  loading: boolean;
  ref: Ref<HTMLDivElement>;
  onReapply: () => void;
  onTakeLatest: () => void;
}) {
  const { a, base, values, loading, ref: conflictRef, onReapply, onTakeLatest } = props;
  const ended = a.status === 'ENDED';
  return (
    <Alert type="warning" role="alert" ref={conflictRef} tabIndex={-1} className="conflict">
      {ended ? (
        <>
          <Heading2 className="conflict__title">{T.endedTitle}</Heading2>
          <Paragraph>{formatText(T.endedBody, { date: formatDate(a.endedOn) })}</Paragraph>
        </>
      ) : (
        <>
          <Heading2 className="conflict__title">{T.changedTitle}</Heading2>
          <Paragraph>{formatText(T.changedBody, { version: String(a.version) })}</Paragraph>
        </>
      )}
      <ConflictTable values={values} base={valuesOf(base)} latest={valuesOf(a)} />
      <ButtonGroup>
        {!ended && (
          <Button appearance="primary-action-button" type="button" busy={loading} onClick={onReapply}>
            {T.reapply}
          </Button>
        )}
        <Button appearance="secondary-action-button" type="button" onClick={onTakeLatest}>
          {ended ? T.close : T.takeLatest}
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
