import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { CONFIRM_STEP_TEXTS as T } from '@regiekamer/texts';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The second step before something that cannot be undone: says what will happen, and asks again. Takes focus when it
 * appears, so keyboard and screen reader users hear the question.
 */
export function ConfirmStep(props: { children: ReactNode; confirmLabel: string; busy?: boolean; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div role="alertdialog" aria-label={T.label} ref={ref} tabIndex={-1} className="confirm-step">
      <Paragraph>{props.children}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" type="button" busy={props.busy} onClick={props.onConfirm}>
          {props.confirmLabel}
        </Button>
        <Button appearance="secondary-action-button" type="button" onClick={props.onCancel}>
          {T.cancel}
        </Button>
      </ButtonGroup>
    </div>
  );
}
