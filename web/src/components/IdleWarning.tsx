import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { SESSION_TEXTS as T } from '@regiekamer/texts';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { signOut } from '../apollo';
import { getIdleDeadline, noteIdleSeconds, subscribeToIdle } from '../auth';
import { graphql } from '../gql';

const KEEP_ALIVE = graphql(`
  mutation SessionKeepAlive {
    sessionKeepAlive {
      idleSeconds
    }
  }
`);

/** The warning comes this long before the idle timeout (the text says "over 2 minuten"). */
const WARN_BEFORE_MS = 120_000;

/**
 * Two minutes before the idle timeout: a dialog (focus on "Ingelogd blijven", announced as an alert, Escape stays
 * signed in too). At the timeout the session is ended and the login page says so.
 */
export function IdleWarning() {
  const deadline = useSyncExternalStore(subscribeToIdle, getIdleDeadline, getIdleDeadline);
  // The deadline the warning is shown for: a later deadline (the session was used) hides it.
  const [warnedFor, setWarnedFor] = useState<number | null>(null);
  const [keepAlive, { loading }] = useMutation(KEEP_ALIVE);

  useEffect(() => {
    if (deadline === null) return;
    const now = Date.now();
    const warn = window.setTimeout(() => setWarnedFor(deadline), Math.max(0, deadline - WARN_BEFORE_MS - now));
    const end = window.setTimeout(() => void signOut({ expired: true }), Math.max(0, deadline - now));
    return () => {
      window.clearTimeout(warn);
      window.clearTimeout(end);
    };
  }, [deadline]);

  const stay = async () => {
    try {
      const { data } = await keepAlive();
      const seconds = data?.sessionKeepAlive.idleSeconds;
      if (typeof seconds === 'number') noteIdleSeconds(seconds);
    } catch {
      // Refused: the session ended already, and the next request says so.
    }
  };

  if (deadline === null || warnedFor !== deadline) return null;
  return <IdleDialog busy={loading} onStay={() => void stay()} />;
}

function IdleDialog({ busy, onStay }: { busy: boolean; onStay: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const stayRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    stayRef.current?.focus();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      className="session-dialog"
      aria-labelledby="sessie-inactief-titel"
      aria-describedby="sessie-inactief-tekst"
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <Heading2 id="sessie-inactief-titel">{T.idleTitle}</Heading2>
      <Paragraph id="sessie-inactief-tekst">{T.idleWarning}</Paragraph>
      <ButtonGroup>
        <Button ref={stayRef} appearance="primary-action-button" type="button" busy={busy} onClick={onStay}>
          {T.idleStay}
        </Button>
        <Button appearance="secondary-action-button" type="button" onClick={() => void signOut()}>
          {T.idleLogout}
        </Button>
      </ButtonGroup>
    </dialog>
  );
}
