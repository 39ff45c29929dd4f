import { useMutation } from '@apollo/client/react';
import { TEXT_MAX, formatText, AGENDA_ADD_TEXTS as T } from '@regiekamer/texts';
import { Button } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, TextField, type FieldError } from '../../components/Form';
import type { OverlegFieldsFragment } from '../../gql/graphql';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { AGENDA_ADD } from './overleg.documents';
import { domId } from './ids';

export function AgendaAdd({ o }: { o: OverlegFieldsFragment }) {
  const formId = domId('agenda', o.id);
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const [add, { loading }] = useMutation(AGENDA_ADD);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    if (!title.trim()) {
      setErrors([{ field: 'title', message: T.missing }]);
      return;
    }
    if (title.trim().length > TEXT_MAX.agendaItem) {
      setErrors([{ field: 'title', message: formatText(T.tooLong, { max: String(TEXT_MAX.agendaItem) }) }]);
      return;
    }
    try {
      const { data } = await add({ variables: { input: { overlegId: o.id, title: title.trim() } } });
      const errs = data?.overlegAgendaItemAdd.userErrors ?? [];
      if (errs.length > 0) {
        setErrors(toFieldErrors(errs, ['title']));
        return;
      }
      setErrors([]);
      setTitle('');
      setDone(true);
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <form className="form form--inline" noValidate onSubmit={(e) => void submit(e)} aria-label={formatText(T.label, { title: o.title })}>
      <ErrorSummary formId={formId} errors={errors} />
      {done && <Notice>{T.added}</Notice>}
      <TextField formId={formId} name="title" maxLength={TEXT_MAX.agendaItem} label={T.field} value={title} onChange={setTitle} errors={errors} />
      <Button appearance="secondary-action-button" type="submit" busy={loading}>
        {T.submit}
      </Button>
    </form>
  );
}
