import { ATELIER_PLAN_FORM_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { useMutation } from '@apollo/client/react';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, TextField } from '../../components/Form';
import { parseDecimal } from '../../lib/format';
import { ATELIER_PLAN } from './atelier.documents';
import { tooLong } from './CharCount';
import { check } from './checks';
import { useSend } from './useSend';

/** Plans an AanTafel! atelier for a chosen opgave, with its norm of facilitator hours (30 unless set otherwise). */
export function AtelierPlanForm({ opgaveId }: { opgaveId: string }) {
  const formId = 'atelier-plannen';
  const [v, setV] = useState({ title: '', hoursNorm: '30' });
  const form = useSend(['title', 'hoursNorm']);
  const [plan, { loading }] = useMutation(ATELIER_PLAN, { refetchQueries: ['Opgave'], awaitRefetchQueries: true });
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const norm = parseDecimal(v.hoursNorm);
    const found = check([
      [!v.title.trim(), 'title', T.titleMissing],
      [tooLong(v.title, TEXT_MAX.atelierTitle), 'title', T.titleTooLong],
      [norm === null || norm <= 0 || norm > 1000, 'hoursNorm', T.normInvalid],
    ]);
    form.setErrors(found);
    if (found.length > 0 || norm === null) return;
    const input = { opgaveId, title: v.title.trim(), hoursNorm: norm };
    if (await form.send(async () => (await plan({ variables: { input } })).data?.atelierPlan.userErrors)) setV({ title: '', hoursNorm: '30' });
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>{T.heading}</Heading3>
      <ErrorSummary formId={formId} errors={form.errors} />
      {form.done && <Notice>{T.done}</Notice>}
      <TextField
        formId={formId}
        name="title"
        label={T.titleLabel}
        maxLength={TEXT_MAX.atelierTitle}
        value={v.title}
        onChange={(title) => setV({ ...v, title })}
        errors={form.errors}
      />
      <TextField
        formId={formId}
        name="hoursNorm"
        label={T.normLabel}
        description={T.normHint}
        inputMode="decimal"
        width="small"
        value={v.hoursNorm}
        onChange={(hoursNorm) => setV({ ...v, hoursNorm })}
        errors={form.errors}
      />
      <Button appearance="primary-action-button" type="submit" busy={loading}>
        {T.submit}
      </Button>
    </form>
  );
}
