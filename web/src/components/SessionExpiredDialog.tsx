import { useApolloClient } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { SESSION_EXPIRED_DIALOG_TEXTS as T } from '@regiekamer/texts';
import { useEffect, useRef } from 'react';
import { signOut } from '../apollo';
import { navigate } from '../lib/router';
import type { Viewer } from '../lib/session';
import { LoginForm } from '../pages/LoginPage';

/**
 * Shown over the page when the server no longer accepts the session. Signing in again as the same person closes it
 * and leaves the page as it was, typed text included; someone else signing in starts afresh.
 */
export function SessionExpiredDialog({ viewer }: { viewer: Viewer }) {
  const client = useApolloClient();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="session-dialog"
      aria-labelledby="sessie-verlopen"
      // Escape would leave a page whose every request is refused.
      onCancel={(event) => event.preventDefault()}
    >
      <Heading2 id="sessie-verlopen">{T.title}</Heading2>
      <Paragraph>{T.intro}</Paragraph>
      <LoginForm
        initialEmail={viewer.email}
        onSignedIn={async (userId) => {
          if (userId === viewer.id) return;
          await client.clearStore();
          navigate('/', { replace: true });
        }}
      />
      <Button appearance="subtle-button" type="button" onClick={() => void signOut()}>
        {T.signOut}
      </Button>
    </dialog>
  );
}
