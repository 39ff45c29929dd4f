import { CONCLUDE_FORM_TEXTS as T, formatText, TEXT_MAX } from '@regiekamer/texts';
import { useMutation } from '@apollo/client/react';
import { Button, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { ErrorSummary, TextAreaField } from '../../components/Form';
import { ATELIER_CONCLUDE } from './atelier.documents';
import type { AtelierDetail } from './AtelierCard';
import { tooLong } from './CharCount';
import { ConfirmStep } from './ConfirmStep';
import { check } from './checks';
import { useSend } from './useSend';

const ALREADY = T.already;

/** Concludes an atelier with its outcome and the decision about what follows, after asking again. */
export function ConcludeForm({ a, formKey, onRefused }: { a: AtelierDetail; formKey: string; onRefused: (message: string) => void }) {
  const formId = `afronden-${formKey}`;
  const [v, setV] = useState({ outcome: '', followUpDecision: '' });
  const [confirming, setConfirming] = useState(false);
  const form = useSend(['outcome', 'followUpDecision']);
  const [conclude, { loading }] = useMutation(ATELIER_CONCLUDE, { refetchQueries: ['Opgave'], awaitRefetchQueries: true });
  if (a.dialogueMeetings.length === 0) return <Paragraph>{T.noDialogue}</Paragraph>;
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = check([
      [!v.outcome.trim(), 'outcome', T.outcomeMissing],
      [tooLong(v.outcome, TEXT_MAX.atelierOutcome), 'outcome', T.outcomeTooLong],
      [!v.followUpDecision.trim(), 'followUpDecision', T.followUpMissing],
      [
        tooLong(v.followUpDecision, TEXT_MAX.atelierFollowUpDecision),
        'followUpDecision',
        T.followUpTooLong,
      ],
    ]);
    form.setErrors(found);
    setConfirming(found.length === 0);
  }
  async function confirm() {
    const input = { outcome: v.outcome.trim(), followUpDecision: v.followUpDecision.trim() };
    await form.send(async () => {
      const errors = (await conclude({ variables: { id: a.id, version: a.version, input } })).data?.atelierConclude.userErrors ?? [];
      if (!errors.some((e) => e.code === 'STALE_VERSION' || e.code === 'INVALID_STATE')) return errors;
      onRefused(ALREADY);
      return [];
    });
    setConfirming(false);
  }
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby={`${formId}-title`}>
      <Heading4 id={`${formId}-title`}>{T.heading}</Heading4>
      <ErrorSummary formId={formId} errors={form.errors} />
      <TextAreaField
        formId={formId}
        name="outcome"
        label={T.outcomeLabel}
        maxLength={TEXT_MAX.atelierOutcome}
        value={v.outcome}
        onChange={(outcome) => setV({ ...v, outcome })}
        errors={form.errors}
      />
      <TextAreaField
        formId={formId}
        name="followUpDecision"
        label={T.followUpLabel}
        maxLength={TEXT_MAX.atelierFollowUpDecision}
        value={v.followUpDecision}
        onChange={(followUpDecision) => setV({ ...v, followUpDecision })}
        errors={form.errors}
      />
      {confirming ? (
        <ConfirmStep confirmLabel={T.confirmLabel} busy={loading} onConfirm={() => void confirm()} onCancel={() => setConfirming(false)}>
          {formatText(T.confirm, { title: a.title })}
        </ConfirmStep>
      ) : (
        <Button appearance="primary-action-button" type="submit">
          {T.submit}
        </Button>
      )}
    </form>
  );
}
