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
        <strong>Weet u het zeker?</strong> Het arrangement eindigt op {formatDate(props.endedOn)}, reden:{' '}
        {END_REASON_LABELS[props.endReason].toLowerCase()}, doelen: {GOAL_ATTAINMENT_LABELS[props.goalAttainment].toLowerCase()}. Daarna kunt u het
        niet meer wijzigen en geen rapportages meer toevoegen.
      </Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" hint="danger" type="submit" busy={props.loading} aria-disabled={props.loading || undefined}>
          Ja, arrangement beëindigen
        </Button>
        <Button appearance="subtle-button" type="button" onClick={props.onBack}>
          Nee, terug
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
