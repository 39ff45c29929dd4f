import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { OVERLEG_TEXTS } from '@regiekamer/texts';
import { formatDate } from '../../lib/format';
import { OVERLEG_KIND_LABELS } from '../../lib/labels';
import type { OverlegValues } from './overleg-values';

const LABELS: Record<keyof OverlegValues, string> = {
  kind: 'Soort',
  title: 'Titel',
  heldOn: 'Datum',
  startsAt: OVERLEG_TEXTS.startsAt,
  endsAt: OVERLEG_TEXTS.endsAt,
  location: 'Plaats',
  participants: 'Deelnemers',
};

function show(key: keyof OverlegValues, v: OverlegValues): string {
  if (key === 'kind') return v.kind ? OVERLEG_KIND_LABELS[v.kind] : '—';
  if (key === 'heldOn') return formatDate(v.heldOn);
  if (key === 'participants') return v.participants.map((p) => p.name).join(', ') || 'geen';
  return v[key] || '—';
}

/** Someone else saved first: say so, show what is saved now beside what was typed here, and let them choose. */
export function OverlegConflict({
  mine,
  latest,
  changed,
  busy,
  onReapply,
  onTakeLatest,
}: {
  mine: OverlegValues;
  latest: OverlegValues;
  changed: (keyof OverlegValues)[];
  busy: boolean;
  onReapply: () => void;
  onTakeLatest: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert type="warning" role="alert" ref={ref} tabIndex={-1} className="conflict">
      <Heading3>Iemand anders heeft dit overleg intussen gewijzigd</Heading3>
      <Paragraph>Uw wijzigingen zijn niet opgeslagen. Ze staan nog in het formulier. Dit is het verschil met wat nu is opgeslagen:</Paragraph>
      <ul className="conflict__list">
        {changed.map((key) => (
          <li key={key}>
            {LABELS[key]}: u vulde in „{show(key, mine)}”; opgeslagen is nu „{show(key, latest)}”.
          </li>
        ))}
      </ul>
      <ButtonGroup>
        <Button appearance="primary-action-button" type="button" busy={busy} onClick={onReapply}>
          Mijn wijzigingen opnieuw toepassen
        </Button>
        <Button appearance="secondary-action-button" type="button" onClick={onTakeLatest}>
          Nieuwste versie overnemen
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
