import { useMutation } from '@apollo/client/react';
import { formatText, ACTION_CLOSE_TEXTS as T } from '@regiekamer/texts';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import type { ActionFieldsFragment } from '../../gql/graphql';
import { todayInAmsterdam } from '../../lib/format';
import { useViewer } from '../../lib/session';
import { ACTION_COMPLETE, ACTION_DROP } from './overleg.documents';

/** The regisseur and the action's owner may close an open action. */
export function mayClose(a: ActionFieldsFragment, viewer: { id: string; role: string }): boolean {
  return a.status === 'OPEN' && (viewer.role === 'REGISSEUR' || a.owner?.id === viewer.id);
}

/** "Gedaan" and "Laten vervallen" (after a second step) for one open action; a refusal says why, in Dutch. */
export function ActionClose({
  a,
  onChanged,
  onRefused,
}: {
  a: ActionFieldsFragment;
  onChanged?: () => unknown;
  /** Where a list that drops the row after a refusal shows its message instead (else it stands here). */
  onRefused?: (message: string) => void;
}) {
  const viewer = useViewer();
  const [complete, completing] = useMutation(ACTION_COMPLETE);
  const [drop, dropping] = useMutation(ACTION_DROP);
  const [error, setError] = useState<string | null>(null);
  if (!mayClose(a, viewer)) return null;
  async function close(which: 'done' | 'drop') {
    setError(null);
    const variables = { id: a.id, version: a.version, input: { closedOn: todayInAmsterdam() } };
    try {
      const { data } = which === 'done' ? await complete({ variables }) : await drop({ variables });
      const payload = data && ('actionComplete' in data ? data.actionComplete : data.actionDrop);
      const codes = (payload?.userErrors ?? []).map((e) => e.code);
      if (codes.length === 0) return void onChanged?.();
      const message = codes.includes('STALE_VERSION') || codes.includes('INVALID_STATE') ? formatText(T.stale, { title: a.title }) : T.refused;
      if (onRefused) onRefused(message);
      else setError(message);
      void onChanged?.();
    } catch {
      setError(T.technical);
    }
  }
  return (
    <div className="action-close">
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          type="button"
          busy={completing.loading}
          onClick={() => void close('done')}
          aria-label={formatText(T.doneLabel, { title: a.title })}
        >
          {T.done}
        </Button>
        <ConfirmStep
          label={T.drop}
          name={formatText(T.dropName, { title: a.title })}
          question={formatText(T.dropQuestion, { title: a.title })}
          confirmLabel={T.dropConfirm}
          busy={dropping.loading}
          onConfirm={() => close('drop')}
        />
      </ButtonGroup>
    </div>
  );
}
