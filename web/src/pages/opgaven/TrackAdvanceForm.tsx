import { useMutation } from '@apollo/client/react';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { formatText, TRACK_ADVANCE_FORM_TEXTS as T } from '@regiekamer/texts';
import { useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, TextAreaField } from '../../components/Form';
import { CharCount } from './CharCount';
import { ConfirmStep } from './ConfirmStep';
import { advanceInput, RESULT_OF_STEP, resultProblem } from './track-results';
import type { Track } from './TrackCard';
import { TRACK_ADVANCE } from './tracks.documents';
import { stepLabel } from './steps';
import { useSend } from './useSend';

/** One step forward, with what the step being finished produced; asks again, because a step back is not possible. */
export function TrackAdvanceForm({ t, formKey }: { t: Track; formKey: string }) {
  const formId = `stap-${formKey}`;
  const result = RESULT_OF_STEP[t.step] ?? null;
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const form = useSend(['wishes', 'goal', 'actionPlan', 'toStep']);
  const [advance, { loading }] = useMutation(TRACK_ADVANCE, { refetchQueries: ['ImprovementTracks'], awaitRefetchQueries: true });
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = resultProblem(result, text);
    form.setErrors(problem && result ? [{ field: result.field, message: problem }] : []);
    form.setDone(false);
    setConfirming(problem === null);
  }
  async function confirm() {
    const input = advanceInput(t.step, result, text);
    const ok = await form.send(
      async () => (await advance({ variables: { id: t.id, version: t.version, input } })).data?.improvementTrackAdvance.userErrors,
    );
    setConfirming(false);
    if (ok) setText('');
  }
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>{formatText(T.heading, { step: stepLabel(t.step + 1) })}</Heading3>
      <ErrorSummary formId={formId} errors={form.errors} />
      {form.done && <Notice>{T.done}</Notice>}
      {result ? (
        <TextAreaField
          formId={formId}
          name={result.field}
          label={result.label}
          description={
            result.field === 'wishes' ? (
              result.hint
            ) : (
              <>
                {result.hint} <CharCount value={text} max={result.max} />
              </>
            )
          }
          value={text}
          onChange={setText}
          errors={form.errors}
        />
      ) : (
        <Paragraph>{T.topicChosen}</Paragraph>
      )}
      {confirming ? (
        <ConfirmStep
          confirmLabel={formatText(T.confirmLabel, { step: String(t.step + 1) })}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          {formatText(T.confirm, { from: stepLabel(t.step), topic: t.topic, to: stepLabel(t.step + 1) })}
        </ConfirmStep>
      ) : (
        <Button appearance="primary-action-button" type="submit">
          {formatText(T.submit, { step: String(t.step + 1) })}
        </Button>
      )}
    </form>
  );
}
