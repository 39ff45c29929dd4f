import { TEXT_MAX } from '@regiekamer/texts';
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

const ALREADY =
  'Dit atelier kon niet worden afgerond: het is intussen al afgerond of gewijzigd, bijvoorbeeld in een ander venster. Er is niets opgeslagen; hieronder staat wat eerder is vastgelegd.';

/** Concludes an atelier with its outcome and the decision about what follows, after asking again. */
export function ConcludeForm({ a, formKey, onRefused }: { a: AtelierDetail; formKey: string; onRefused: (message: string) => void }) {
  const formId = `afronden-${formKey}`;
  const [v, setV] = useState({ outcome: '', followUpDecision: '' });
  const [confirming, setConfirming] = useState(false);
  const form = useSend(['outcome', 'followUpDecision']);
  const [conclude, { loading }] = useMutation(ATELIER_CONCLUDE, { refetchQueries: ['Opgave'], awaitRefetchQueries: true });
  if (a.dialogueMeetings.length === 0) return <Paragraph>Afronden kan na minstens één dialoogbijeenkomst.</Paragraph>;
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = check([
      [!v.outcome.trim(), 'outcome', 'Vul de uitkomst van het atelier in.'],
      [tooLong(v.outcome, TEXT_MAX.atelierOutcome), 'outcome', 'De uitkomst is te lang: ten hoogste 10.000 tekens.'],
      [!v.followUpDecision.trim(), 'followUpDecision', 'Vul het besluit over het vervolg in.'],
      [
        tooLong(v.followUpDecision, TEXT_MAX.atelierFollowUpDecision),
        'followUpDecision',
        'Het besluit over het vervolg is te lang: ten hoogste 10.000 tekens.',
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
      <Heading4 id={`${formId}-title`}>Atelier afronden</Heading4>
      <ErrorSummary formId={formId} errors={form.errors} />
      <TextAreaField
        formId={formId}
        name="outcome"
        label="Uitkomst"
        maxLength={TEXT_MAX.atelierOutcome}
        value={v.outcome}
        onChange={(outcome) => setV({ ...v, outcome })}
        errors={form.errors}
      />
      <TextAreaField
        formId={formId}
        name="followUpDecision"
        label="Besluit over het vervolg"
        maxLength={TEXT_MAX.atelierFollowUpDecision}
        value={v.followUpDecision}
        onChange={(followUpDecision) => setV({ ...v, followUpDecision })}
        errors={form.errors}
      />
      {confirming ? (
        <ConfirmStep confirmLabel="Ja, atelier afronden" busy={loading} onConfirm={() => void confirm()} onCancel={() => setConfirming(false)}>
          U rondt het atelier “{a.title}” af met deze uitkomst en dit besluit over het vervolg. Daarna kunt u geen bijeenkomsten meer vastleggen en
          blijven de uitkomst en het besluit zoals ze zijn.
        </ConfirmStep>
      ) : (
        <Button appearance="primary-action-button" type="submit">
          Atelier afronden
        </Button>
      )}
    </form>
  );
}
