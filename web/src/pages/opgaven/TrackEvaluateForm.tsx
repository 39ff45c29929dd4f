import { TEXT_MAX } from '@regiekamer/texts';
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
    const dateProblem = pastDateProblem(v.evaluatedOn, today, 'de datum');
    const found = check([
      [dateProblem !== null, 'evaluatedOn', dateProblem ?? ''],
      [
        dateProblem === null && v.evaluatedOn < t.startedOn,
        'evaluatedOn',
        `De toetsing kan niet voor de start van het traject liggen (${formatDate(t.startedOn)}).`,
      ],
      [!v.findings.trim(), 'findings', 'Vul in wat de toetsing liet zien.'],
      [tooLong(v.findings, TEXT_MAX.trackFindings), 'findings', 'De bevindingen zijn te lang: ten hoogste 10.000 tekens.'],
    ]);
    form.setErrors(found);
    if (found.length > 0) return;
    const input = { evaluatedOn: v.evaluatedOn, findings: v.findings.trim() };
    if (await form.send(async () => (await evaluate({ variables: { id: t.id, input } })).data?.improvementTrackEvaluate.userErrors))
      setV({ ...v, findings: '' });
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>Resultaten toetsen</Heading3>
      <ErrorSummary formId={formId} errors={form.errors} />
      {form.done && <Notice>De toetsing is vastgelegd.</Notice>}
      <DateField
        formId={formId}
        name="evaluatedOn"
        label="Getoetst op"
        value={v.evaluatedOn}
        onChange={(evaluatedOn) => setV({ ...v, evaluatedOn })}
        errors={form.errors}
        width="small"
      />
      <TextAreaField
        formId={formId}
        name="findings"
        label="Bevindingen"
        maxLength={TEXT_MAX.trackFindings}
        value={v.findings}
        onChange={(findings) => setV({ ...v, findings })}
        errors={form.errors}
      />
      <Button appearance="primary-action-button" type="submit" busy={loading}>
        Toetsing vastleggen
      </Button>
    </form>
  );
}
