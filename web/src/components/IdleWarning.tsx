import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { SESSION_TEXTS as T } from '@regiekamer/texts';
import { useEffect, useRef } from 'react';
import { signOut } from '../apollo';
import { noteIdleSeconds } from '../auth';
import { graphql } from '../gql';

const KEEP_ALIVE = graphql(`
  mutation SessionKeepAlive {
    sessionKeepAlive {
      idleSeconds
    }
  }
`);

/**
 * Two minutes before the idle timeout (useIdleTimeout): focus on "Ingelogd blijven", announced as an alert dialog;
 * Escape stays signed in too. Loaded only when the warning is due, so the first page does not carry it.
 */
export function IdleWarning() {
  const [keepAlive, { loading }] = useMutation(KEEP_ALIVE);
  const stay = async () => {
    try {
      const { data } = await keepAlive();
      const seconds = data?.sessionKeepAlive.idleSeconds;
      // A later deadline: the warning goes.
      if (typeof seconds === 'number') noteIdleSeconds(seconds);
    } catch {
      // Refused: the session ended already, and the next request says so.
    }
  };
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
