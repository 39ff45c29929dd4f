import { formatText, TEXT_MAX, TRACK_EVALUATE_FORM_TEXTS as T } from '@regiekamer/texts';
import { useMutation } from '@apollo/client/react';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { DateField, ErrorSummary, Notice, TextAreaField } from '../../components/Form';
import { formatDate, todayInAmsterdam } from '../../lib/format';
import { tooLong } from './CharCount';
import { check, pastDateProblem } from './checks';
import type { Track } from './TrackCard';
import { TRACK_EVALUATE } from './tracks.documents';
import { useSend } from './useSend';

/** Step 5: a dated test of the results, as often as needed. */
export function TrackEvaluateForm({ t, formKey }: { t: Track; formKey: string }) {
  const formId = `toetsing-${formKey}`;
  const today = todayInAmsterdam();
  const [v, setV] = useState({ evaluatedOn: today, findings: '' });
  const form = useSend(['evaluatedOn', 'findings']);
  const [evaluate, { loading }] = useMutation(TRACK_EVALUATE, { refetchQueries: ['ImprovementTracks'], awaitRefetchQueries: true });
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const dateProblem = pastDateProblem(v.evaluatedOn, today, T.theDate);
    const found = check([
      [dateProblem !== null, 'evaluatedOn', dateProblem ?? ''],
      [
        dateProblem === null && v.evaluatedOn < t.startedOn,
        'evaluatedOn',
        formatText(T.beforeStart, { date: formatDate(t.startedOn) }),
      ],
      [!v.findings.trim(), 'findings', T.findingsMissing],
      [tooLong(v.findings, TEXT_MAX.trackFindings), 'findings', T.findingsTooLong],
    ]);
    form.setErrors(found);
    if (found.length > 0) return;
    const input = { evaluatedOn: v.evaluatedOn, findings: v.findings.trim() };
    if (await form.send(async () => (await evaluate({ variables: { id: t.id, input } })).data?.improvementTrackEvaluate.userErrors))
      setV({ ...v, findings: '' });
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>{T.heading}</Heading3>
      <ErrorSummary formId={formId} errors={form.errors} />
      {form.done && <Notice>{T.done}</Notice>}
      <DateField
        formId={formId}
        name="evaluatedOn"
        label={T.evaluatedOnLabel}
        value={v.evaluatedOn}
        onChange={(evaluatedOn) => setV({ ...v, evaluatedOn })}
        errors={form.errors}
        width="small"
      />
      <TextAreaField
        formId={formId}
        name="findings"
        label={T.findingsLabel}
        maxLength={TEXT_MAX.trackFindings}
        value={v.findings}
        onChange={(findings) => setV({ ...v, findings })}
        errors={form.errors}
      />
      <Button appearance="primary-action-button" type="submit" busy={loading}>
        {T.submit}
      </Button>
    </form>
  );
}
