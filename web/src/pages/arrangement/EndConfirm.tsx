import { formatText, END_CONFIRM_TEXTS as T } from '@regiekamer/texts';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import type { EndReason, GoalAttainment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { END_REASON_LABELS, GOAL_ATTAINMENT_LABELS } from '../../lib/labels';

/** The second step before an arrangement ends for good: names what will happen, and takes focus. */
export function EndConfirm(props: { endedOn: string; endReason: EndReason; goalAttainment: GoalAttainment; loading: boolean; onBack: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert type="warning" role="alert" ref={ref} tabIndex={-1}>
      <Paragraph>
        <strong>{T.sure}</strong>{' '}
        {formatText(T.body, {
          date: formatDate(props.endedOn),
          reason: END_REASON_LABELS[props.endReason].toLowerCase(),
          goals: GOAL_ATTAINMENT_LABELS[props.goalAttainment].toLowerCase(),
        })}
      </Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" hint="danger" type="submit" busy={props.loading} aria-disabled={props.loading || undefined}>
          {T.confirm}
        </Button>
        <Button appearance="subtle-button" type="button" onClick={props.onBack}>
          {T.back}
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
