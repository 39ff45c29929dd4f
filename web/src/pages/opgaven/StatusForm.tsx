import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { formatText, STATUS_FORM_TEXTS as T } from '@regiekamer/texts';
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
    ? T.afterFinal
    : to === 'COLLECTED'
      ? T.afterCollected
      : '';
  return `${formatText(T.change, { title: o.title, from: OPGAVE_STATUS_LABELS[o.status], to: OPGAVE_STATUS_LABELS[to] })}${after}`;
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
        {form.done && <Notice>{T.done}</Notice>}
        <Paragraph>{formatText(T.final, { status: OPGAVE_STATUS_LABELS[o.status].toLowerCase() })}</Paragraph>
      </>
    );
  }
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.setDone(false);
    form.setErrors(to ? [] : [{ field: 'status', message: T.chooseStatus }]);
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
  const hint = o.status === 'COLLECTED' ? T.collectedHint : undefined;
  return (
    <form noValidate onSubmit={submit} aria-label={T.label}>
      <ErrorSummary formId={formId} errors={form.errors} />
      {form.done && <Notice>{T.done}</Notice>}
      <SelectField
        formId={formId}
        name="status"
        label={T.statusLabel}
        description={hint}
        emptyLabel={T.statusEmpty}
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
          confirmLabel={formatText(T.confirmLabel, { status: OPGAVE_STATUS_LABELS[to] })}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          {statusChangeText(o, to)}
        </ConfirmStep>
      ) : (
        <Button appearance="secondary-action-button" type="submit">
          {T.submit}
        </Button>
      )}
    </form>
  );
}
