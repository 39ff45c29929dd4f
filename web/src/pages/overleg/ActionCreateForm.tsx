import { useMutation } from '@apollo/client/react';
import { TEXT_MAX, ACTION_CREATE_FORM_TEXTS as T } from '@regiekamer/texts';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { DateField, ErrorSummary, Notice, TextField, type FieldError } from '../../components/Form';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { ACTION_CREATE } from './overleg.documents';
import { checkAction, emptyAction, OTHER } from './action-values';
import { OwnerField } from './OwnerField';

/** The regisseur adds an action to a meeting (or another source): what, who, and by when. */
export function ActionCreateForm({ sourceId, onCreated }: { sourceId: string; onCreated: () => unknown }) {
  const formId = useId().replace(/:/g, '');
  const [v, setV] = useState(emptyAction);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const [create, { loading }] = useMutation(ACTION_CREATE);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const found = checkAction(v);
    setErrors(found);
    if (found.length > 0 || loading) return;
    const owner = v.ownerId === OTHER ? { ownerName: v.ownerName.trim() } : { ownerId: v.ownerId };
    try {
      const { data } = await create({ variables: { input: { title: v.title.trim(), dueOn: v.dueOn, sourceId, ...owner } } });
      const userErrors = data?.actionCreate.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, ['title', 'ownerId', 'ownerName', 'dueOn']));
      if (userErrors.length > 0) return;
      setV(emptyAction());
      setDone(true);
      await onCreated();
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <section className="section" aria-labelledby={`${formId}-title`}>
      <Heading2 id={`${formId}-title`}>{T.title}</Heading2>
      {done && <Notice>{T.added}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={errors} />
        <TextField
          formId={formId}
          name="title"
          maxLength={TEXT_MAX.actionTitle}
          label={T.what}
          value={v.title}
          onChange={(title) => setV({ ...v, title })}
          errors={errors}
        />
        <OwnerField
          formId={formId}
          ownerId={v.ownerId}
          ownerName={v.ownerName}
          onChange={(ownerId, ownerName) => setV({ ...v, ownerId, ownerName })}
          errors={errors}
        />
        <DateField
          formId={formId}
          name="dueOn"
          label={T.dueOn}
          width="medium"
          value={v.dueOn}
          onChange={(dueOn) => setV({ ...v, dueOn })}
          errors={errors}
        />
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.submit}
        </Button>
      </form>
    </section>
  );
}
