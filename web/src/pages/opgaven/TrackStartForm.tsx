import { TEXT_MAX, TRACK_START_FORM_TEXTS as T } from '@regiekamer/texts';
import { useMutation } from '@apollo/client/react';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { DateField, ErrorSummary, Notice, TextField } from '../../components/Form';
import { todayInAmsterdam } from '../../lib/format';
import { tooLong } from './CharCount';
import { check, pastDateProblem } from './checks';
import { TRACK_START } from './tracks.documents';
import { useSend } from './useSend';

/** Step 1: a track starts with the topic that was chosen. */
export function TrackStartForm() {
  const formId = 'traject-starten';
  const today = todayInAmsterdam();
  const [v, setV] = useState({ topic: '', startedOn: today });
  const form = useSend(['topic', 'startedOn']);
  const [start, { loading }] = useMutation(TRACK_START, { refetchQueries: ['ImprovementTracks'], awaitRefetchQueries: true });
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const dateProblem = pastDateProblem(v.startedOn, today, T.theStartDate);
    const found = check([
      [!v.topic.trim(), 'topic', T.topicMissing],
      [tooLong(v.topic, TEXT_MAX.trackTopic), 'topic', T.topicTooLong],
      [dateProblem !== null, 'startedOn', dateProblem ?? ''],
    ]);
    form.setErrors(found);
    if (found.length > 0) return;
    if (
      await form.send(
        async () => (await start({ variables: { input: { topic: v.topic.trim(), startedOn: v.startedOn } } })).data?.improvementTrackStart.userErrors,
      )
    ) {
      setV({ topic: '', startedOn: today });
    }
  }
  return (
    <section className="section" aria-labelledby={`${formId}-title`}>
      <Heading2 id={`${formId}-title`}>{T.heading}</Heading2>
      {form.done && <Notice>{T.done}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={form.errors} />
        <TextField
          formId={formId}
          name="topic"
          label={T.topicLabel}
          maxLength={TEXT_MAX.trackTopic}
          value={v.topic}
          onChange={(topic) => setV({ ...v, topic })}
          errors={form.errors}
        />
        <DateField
          formId={formId}
          name="startedOn"
          label={T.startedOnLabel}
          value={v.startedOn}
          onChange={(startedOn) => setV({ ...v, startedOn })}
          errors={form.errors}
          width="small"
        />
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.submit}
        </Button>
      </form>
    </section>
  );
}
