import type { ApolloClient } from '@apollo/client';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { SESSION_TEXTS as T } from '@regiekamer/texts';
import { useEffect, useRef, useState } from 'react';
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
 * Escape stays signed in too. Loaded only when the warning is due, so the first page does not carry it; the client and
 * what it does to the session come from the app (importing them here split the first page's chunk, which grew).
 */
export function IdleWarning({ client, onKept, onSignOut }: { client: ApolloClient; onKept: (idleSeconds: number) => void; onSignOut: () => void }) {
  const [loading, setLoading] = useState(false);
  const stay = async () => {
    setLoading(true);
    try {
      const { data } = await client.mutate({ mutation: KEEP_ALIVE });
      const seconds = data?.sessionKeepAlive.idleSeconds;
      // A later deadline: the warning goes.
      if (typeof seconds === 'number') onKept(seconds);
    } catch {
      // Refused: the session ended already, and the next request says so.
    } finally {
      setLoading(false);
    }
  };
  return <IdleDialog busy={loading} onStay={() => void stay()} onSignOut={onSignOut} />;
}

function IdleDialog({ busy, onStay, onSignOut }: { busy: boolean; onStay: () => void; onSignOut: () => void }) {
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
        <Button appearance="secondary-action-button" type="button" onClick={onSignOut}>
          {T.idleLogout}
        </Button>
      </ButtonGroup>
    </dialog>
  );
}
