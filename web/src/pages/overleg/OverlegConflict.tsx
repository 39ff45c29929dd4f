import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { OVERLEG_TEXTS, formatText, OVERLEG_CONFLICT_TEXTS as T } from '@regiekamer/texts';
import { formatDate } from '../../lib/format';
import { OVERLEG_KIND_LABELS } from '../../lib/labels';
import type { OverlegValues } from './overleg-values';

const LABELS: Record<keyof OverlegValues, string> = {
  kind: T.kind,
  title: T.title,
  heldOn: T.heldOn,
  startsAt: OVERLEG_TEXTS.startsAt,
  endsAt: OVERLEG_TEXTS.endsAt,
  location: T.location,
  participants: T.participants,
};

function show(key: keyof OverlegValues, v: OverlegValues): string {
  if (key === 'kind') return v.kind ? OVERLEG_KIND_LABELS[v.kind] : '—';
  if (key === 'heldOn') return formatDate(v.heldOn);
  if (key === 'participants') return v.participants.map((p) => p.name).join(', ') || T.noParticipants;
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
      <Heading3>{T.heading}</Heading3>
      <Paragraph>{T.intro}</Paragraph>
      <ul className="conflict__list">
        {changed.map((key) => (
          <li key={key}>{formatText(T.difference, { field: LABELS[key], mine: show(key, mine), latest: show(key, latest) })}</li>
        ))}
      </ul>
      <ButtonGroup>
        <Button appearance="primary-action-button" type="button" busy={busy} onClick={onReapply}>
          {T.reapply}
        </Button>
        <Button appearance="secondary-action-button" type="button" onClick={onTakeLatest}>
          {T.takeLatest}
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
