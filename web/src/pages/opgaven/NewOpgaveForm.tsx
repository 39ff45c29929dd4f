import { NEW_OPGAVE_FORM_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Heading2 } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, SelectField, TextAreaField, TextField } from '../../components/Form';
import { OPGAVE_CREATE } from './opgaven.documents';
import { RUNG_OPTIONS } from './rungs';
import { opgaveProblems } from './checks';
import { useSend } from './useSend';

const EMPTY = { title: '', area: '', description: '', ownershipRung: '2' };

/** The regisseur records an opgave collected in a village or district. */
export function NewOpgaveForm() {
  const formId = useId().replace(/:/g, '');
  const [v, setValues] = useState(EMPTY);
  const form = useSend(['title', 'area', 'description', 'ownershipRung']);
  const [create, { loading }] = useMutation(OPGAVE_CREATE, { refetchQueries: ['Opgaven'], awaitRefetchQueries: true });
  const set = (k: keyof typeof EMPTY) => (value: string) => setValues({ ...v, [k]: value });
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = opgaveProblems(v);
    form.setErrors(found);
    if (found.length > 0) return;
    const input = { title: v.title.trim(), area: v.area.trim(), description: v.description.trim(), ownershipRung: Number(v.ownershipRung) };
    if (await form.send(async () => (await create({ variables: { input } })).data?.opgaveCreate.userErrors)) setValues(EMPTY);
  }
  return (
    <section className="section" aria-labelledby={`${formId}-title`}>
      <Heading2 id={`${formId}-title`}>{T.heading}</Heading2>
      {form.done && <Notice>{T.done}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={form.errors} />
        <TextField
          formId={formId}
          name="title"
          label={T.titleLabel}
          maxLength={TEXT_MAX.opgaveTitle}
          value={v.title}
          onChange={set('title')}
          errors={form.errors}
        />
        <TextField
          formId={formId}
          name="area"
          label={T.areaLabel}
          maxLength={TEXT_MAX.opgaveArea}
          value={v.area}
          onChange={set('area')}
          errors={form.errors}
        />
        <TextAreaField
          formId={formId}
          name="description"
          label={T.descriptionLabel}
          required={false}
          maxLength={TEXT_MAX.opgaveDescription}
          value={v.description}
          onChange={set('description')}
          errors={form.errors}
        />
        <SelectField
          formId={formId}
          name="ownershipRung"
          label={T.rungLabel}
          value={v.ownershipRung}
          onChange={set('ownershipRung')}
          options={RUNG_OPTIONS}
          errors={form.errors}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={loading}>
            {T.submit}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
