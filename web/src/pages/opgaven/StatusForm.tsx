import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, SelectField } from '../../components/Form';
import type { OpgaveStatus } from '../../gql/graphql';
import { OPGAVE_STATUS_LABELS } from '../../lib/labels';
import { ConfirmStep } from './ConfirmStep';
import { OPGAVE_UPDATE } from './opgave.documents';
import type { OpgaveDetail } from './OpgavePage';
import { useSend } from './useSend';

const FINAL: OpgaveStatus[] = ['COMPLETED', 'DROPPED'];

/** What the confirmation says: the opgave, from which status to which, and what follows from it. */
export function statusChangeText(o: { title: string; status: OpgaveStatus }, to: OpgaveStatus): string {
  const after = FINAL.includes(to)
    ? ' Daarna kan de status niet meer veranderen.'
    : to === 'COLLECTED'
      ? ' De opgave doet dan weer mee aan de volgende stemming.'
      : '';
  return `U zet de status van “${o.title}” van ${OPGAVE_STATUS_LABELS[o.status]} op ${OPGAVE_STATUS_LABELS[to]}.${after}`;
}

/** Offers only the statuses the API names in nextStatuses, and asks again, naming the change, before saving it. */
export function StatusForm({ o }: { o: OpgaveDetail }) {
  const formId = 'status-form';
  const [to, setTo] = useState<OpgaveStatus | ''>('');
  const [confirming, setConfirming] = useState(false);
  const form = useSend(['status']);
  const [update, { loading }] = useMutation(OPGAVE_UPDATE, { refetchQueries: ['Opgave'], awaitRefetchQueries: true });
  if (o.nextStatuses.length === 0) {
    return (
      <>
        {form.done && <Notice>De status is gewijzigd.</Notice>}
        <Paragraph>Deze opgave is {OPGAVE_STATUS_LABELS[o.status].toLowerCase()}: haar status verandert niet meer.</Paragraph>
      </>
    );
  }
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.setDone(false);
    form.setErrors(to ? [] : [{ field: 'status', message: 'Kies de nieuwe status.' }]);
    if (to) setConfirming(true);
  }
  async function confirm() {
    if (!to) return;
    const ok = await form.send(
      async () => (await update({ variables: { id: o.id, version: o.version, input: { status: to } } })).data?.opgaveUpdate.userErrors,
    );
    setConfirming(false);
    if (ok) setTo('');
  }
  const options = o.nextStatuses.map((s) => ({ value: s, label: OPGAVE_STATUS_LABELS[s] }));
  const hint = o.status === 'COLLECTED' ? 'Gekozen wordt een opgave alleen door de stemming over de opgaven.' : undefined;
  return (
    <form noValidate onSubmit={submit} aria-label="Status wijzigen">
      <ErrorSummary formId={formId} errors={form.errors} />
      {form.done && <Notice>De status is gewijzigd.</Notice>}
      <SelectField
        formId={formId}
        name="status"
        label="Nieuwe status"
        description={hint}
        emptyLabel="Kies een status"
        value={to}
        onChange={(v) => {
          setTo(v);
          setConfirming(false);
        }}
        options={options}
        errors={form.errors}
      />
      {confirming && to ? (
        <ConfirmStep
          confirmLabel={`Ja, zet op ${OPGAVE_STATUS_LABELS[to]}`}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          {statusChangeText(o, to)}
        </ConfirmStep>
      ) : (
        <Button appearance="secondary-action-button" type="submit">
          Status wijzigen
        </Button>
      )}
    </form>
  );
}
