import { formatText, MEETING_FORM_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { useMutation } from '@apollo/client/react';
import { Button, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { DateField, ErrorSummary, Notice, TextAreaField, TextField } from '../../components/Form';
import type { AtelierMeetingKind } from '../../gql/graphql';
import { todayInAmsterdam } from '../../lib/format';
import { ATELIER_MEETING_RECORD } from './atelier.documents';
import type { AtelierDetail } from './AtelierCard';
import { meetingProblems } from './checks';
import { useSend } from './useSend';

const KIND_LABELS: Record<AtelierMeetingKind, string> = { DESIGN: T.DESIGN, DIALOGUE: T.DIALOGUE };

/** Records the one design meeting, and after it the dialogue meetings. */
export function MeetingForm({ a, formKey }: { a: AtelierDetail; formKey: string }) {
  const formId = `bijeenkomst-${formKey}`;
  const today = todayInAmsterdam();
  const kind: AtelierMeetingKind = a.designMeeting ? 'DIALOGUE' : 'DESIGN';
  const [v, setV] = useState({ heldOn: today, participantCount: '', notes: '' });
  const form = useSend(['heldOn', 'participantCount', 'notes', 'kind']);
  const [record, { loading }] = useMutation(ATELIER_MEETING_RECORD, { refetchQueries: ['Opgave'], awaitRefetchQueries: true });
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = meetingProblems(v, today, a.designMeeting?.heldOn);
    const count = v.participantCount.trim();
    form.setErrors(found);
    if (found.length > 0) return;
    const input = { atelierId: a.id, kind, heldOn: v.heldOn, participantCount: count === '' ? null : Number(count), notes: v.notes.trim() || null };
    if (await form.send(async () => (await record({ variables: { input } })).data?.atelierMeetingRecord.userErrors))
      setV({ ...v, participantCount: '', notes: '' });
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <Heading4 id={`${formId}-title`}>{formatText(T.heading, { kind: KIND_LABELS[kind] })}</Heading4>
      <ErrorSummary formId={formId} errors={form.errors} />
      {form.done && <Notice>{T.done}</Notice>}
      <Paragraph>
        {a.designMeeting ? T.designHeld : T.designFirst}
      </Paragraph>
      <DateField
        formId={formId}
        name="heldOn"
        label={T.heldOnLabel}
        value={v.heldOn}
        onChange={(heldOn) => setV({ ...v, heldOn })}
        errors={form.errors}
        width="small"
      />
      <TextField
        formId={formId}
        name="participantCount"
        label={T.participantsLabel}
        required={false}
        inputMode="numeric"
        width="small"
        value={v.participantCount}
        onChange={(participantCount) => setV({ ...v, participantCount })}
        errors={form.errors}
      />
      <TextAreaField
        formId={formId}
        name="notes"
        label={T.notesLabel}
        required={false}
        maxLength={TEXT_MAX.atelierMeetingNotes}
        value={v.notes}
        onChange={(notes) => setV({ ...v, notes })}
        errors={form.errors}
      />
      <Button appearance="secondary-action-button" type="submit" busy={loading}>
        {T.submit}
      </Button>
    </form>
  );
}
