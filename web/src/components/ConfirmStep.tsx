import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { COMPONENTS_CONFIRM_STEP_TEXTS as T } from '@regiekamer/texts';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A button for a step that cannot be undone, with a second step: the first click shows what will happen and asks
 * "Ja, …" or "Annuleren". Focus moves to the question, and back to the button on cancel.
 */
export function ConfirmStep({
  label,
  name,
  question,
  confirmLabel,
  onConfirm,
  busy = false,
  appearance = 'secondary-action-button',
}: {
  label: ReactNode;
  /** The button's full name for screen readers, starting with its visible label (e.g. naming the action). */
  name: string;
  question: ReactNode;
  confirmLabel: string;
  onConfirm: (() => void) | (() => Promise<unknown>);
  busy?: boolean;
  appearance?: 'primary-action-button' | 'secondary-action-button';
}) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <Button ref={buttonRef} appearance={appearance} type="button" busy={busy} aria-label={name} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  return (
    <div ref={questionRef} tabIndex={-1} className="confirm-step" role="group" aria-label={name}>
      <Alert type="warning">
        <Paragraph>{question}</Paragraph>
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            type="button"
            busy={busy}
            onClick={() => {
              setAsking(false);
              void onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
          <Button appearance="secondary-action-button" type="button" onClick={() => setAsking(false)}>
            {T.cancel}
          </Button>
        </ButtonGroup>
      </Alert>
    </div>
  );
}
