import { useMutation } from '@apollo/client/react';
import { Button } from '@utrecht/component-library-react';
import { RUNG_FORM_TEXTS as T } from '@regiekamer/texts';
import { useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, SelectField } from '../../components/Form';
import { OPGAVE_UPDATE } from './opgave.documents';
import type { OpgaveDetail } from './OpgavePage';
import { RUNG_OPTIONS } from './rungs';
import { useSend } from './useSend';

/** The rung on the ladder of ownership; every change is kept in the opgave's history. */
export function RungForm({ o }: { o: OpgaveDetail }) {
  const formId = 'trede-form';
  const [rung, setRung] = useState(String(o.ownershipRung));
  const form = useSend(['ownershipRung']);
  const [update, { loading }] = useMutation(OPGAVE_UPDATE, { refetchQueries: ['Opgave'], awaitRefetchQueries: true });
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { ownershipRung: Number(rung) };
    await form.send(async () => (await update({ variables: { id: o.id, version: o.version, input } })).data?.opgaveUpdate.userErrors);
  }
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={T.label}>
      <ErrorSummary formId={formId} errors={form.errors} />
      {form.done && <Notice>{T.done}</Notice>}
      <SelectField
        formId={formId}
        name="ownershipRung"
        label={T.rungLabel}
        value={rung}
        onChange={setRung}
        options={RUNG_OPTIONS}
        errors={form.errors}
      />
      <Button appearance="secondary-action-button" type="submit" busy={loading}>
        {T.submit}
      </Button>
    </form>
  );
}
