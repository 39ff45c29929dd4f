import { useMutation } from '@apollo/client/react';
import { formatText, WAITING_PRIORITY_TEXTS as P, WAITING_TEXTS as T } from '@regiekamer/texts';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, options, SelectField, TextAreaField, type FieldError } from '../../components/Form';
import type { WaitingListQuery, WaitingPriority } from '../../gql/graphql';
import { isStale, toFieldErrors, TECHNICAL_ERROR } from '../../lib/errors';
import { checkText } from '../geld/checks';
import { WAITING_ENTRY_UPDATE } from './waiting-list.documents';

type Entry = WaitingListQuery['waitingList']['entries'][number];
const FIELDS = ['priority', 'note'];
/** The API's bound on a note. */
export const NOTE_MAX = 1000;

/** A waiting request's priority and note, behind a disclosure per row so that the list stays a list. */
export function EntryForm({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const formId = useId().replace(/:/g, '');
  const [priority, setPriority] = useState<WaitingPriority | ''>(entry.priority);
  const [note, setNote] = useState(entry.note ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [update, { loading }] = useMutation(WAITING_ENTRY_UPDATE);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    if (!priority) return;
    const tooLong = note.trim() === '' ? null : checkText(note, NOTE_MAX);
    setErrors(tooLong ? [{ field: 'note', message: tooLong }] : []);
    if (tooLong) return;
    try {
      const { data } = await update({ variables: { arrangementId: entry.arrangementId, input: { priority, note, version: entry.version } } });
      const userErrors = data?.waitingListEntryUpdate.userErrors ?? [];
      if (isStale(userErrors)) {
        setErrors([{ field: null, message: T.stale }]);
        onDone();
        return;
      }
      setErrors(toFieldErrors(userErrors, FIELDS));
      if (userErrors.length > 0) return;
      setNotice(T.saved);
      onDone();
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <details className="row-details">
      <summary>{formatText(T.changeSummary, { client: entry.clientKey })}</summary>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={formatText(T.changeSummary, { client: entry.clientKey })}>
        {notice && <Notice>{notice}</Notice>}
        <ErrorSummary formId={formId} errors={errors} />
        <SelectField formId={formId} name="priority" label={T.priorityLabel} errors={errors} value={priority} onChange={setPriority} options={options(P)} />
        <TextAreaField formId={formId} name="note" label={T.noteLabel} description={T.noteHelp} required={false} errors={errors} value={note} onChange={setNote} maxLength={NOTE_MAX} rows={3} />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={loading}>
            {T.save}
          </Button>
        </ButtonGroup>
      </form>
    </details>
  );
}
