import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { GELD_CONFIRM_TEXTS as T } from '@regiekamer/texts';

/**
 * The second step before an irreversible action: names what happens and asks once more. Takes focus when it
 * appears, so keyboard and screen reader users land on the question.
 */
export function ConfirmStep(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="alertdialog" aria-labelledby={titleId} aria-describedby={`${titleId}-tekst`} className="money-confirm">
      <Heading3 id={titleId}>{props.title}</Heading3>
      <Paragraph id={`${titleId}-tekst`}>{props.children}</Paragraph>
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

/** A refusal or failure of a one-button action, in Dutch. */
export function ActionErrors({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert type="error" role="alert">
      {messages.map((m) => (
        <Paragraph key={m}>{m}</Paragraph>
      ))}
    </Alert>
  );
}

/** A long form behind a button, so a page with several quarters stays short; focus moves into what opens. */
export function Reveal({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) ref.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <Button appearance="secondary-action-button" type="button" onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div ref={ref} tabIndex={-1} className="revealed">
      {children}
    </div>
  );
}
