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
          <Heading2 className="conflict__title">Dit arrangement is intussen beëindigd</Heading2>
          <Paragraph>
            Uw wijzigingen zijn niet opgeslagen: het arrangement is beëindigd op {formatDate(a.endedOn)} en verandert niet meer. Hieronder staat wat u
            had ingevuld, zodat u het kunt bewaren.
          </Paragraph>
        </>
      ) : (
        <>
          <Heading2 className="conflict__title">Iemand anders heeft dit arrangement intussen gewijzigd</Heading2>
          <Paragraph>
            Uw wijzigingen zijn niet opgeslagen. Hieronder staat de nieuwste versie (versie {a.version}) naast uw invoer. Kies of u uw wijzigingen
            opnieuw wilt toepassen op de nieuwste versie, of de nieuwste versie wilt overnemen.
          </Paragraph>
        </>
      )}
      <ConflictTable values={values} base={valuesOf(base)} latest={valuesOf(a)} />
      <ButtonGroup>
        {!ended && (
          <Button appearance="primary-action-button" type="button" busy={loading} onClick={onReapply}>
            Mijn wijzigingen opnieuw toepassen
          </Button>
        )}
        <Button appearance="secondary-action-button" type="button" onClick={onTakeLatest}>
          {ended ? 'Sluiten' : 'Nieuwste versie overnemen'}
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
