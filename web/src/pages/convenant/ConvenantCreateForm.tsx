import { useMutation } from '@apollo/client/react';
import { CONVENANT_CREATE_FORM_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { DateField, ErrorSummary, Notice, TextField, type FieldError } from '../../components/Form';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { CONVENANT_CREATE, CONVENANTS } from './convenant.documents';
import { checkConvenant, emptyConvenant } from './convenant-values';
import { PartiesField } from './PartiesField';

/** The regisseur drafts a convenant: title, period, budget and the providers that are party (the municipality always is). */
export function ConvenantCreateForm() {
  const formId = useId().replace(/:/g, '');
  const [v, setV] = useState(emptyConvenant);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const [create, { loading }] = useMutation(CONVENANT_CREATE, { refetchQueries: [CONVENANTS], awaitRefetchQueries: true });
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const { errors: found, budgetCents } = checkConvenant(v);
    setErrors(found);
    if (found.length > 0 || budgetCents === null || loading) return;
    try {
      const input = { title: v.title.trim(), startsOn: v.startsOn, endsOn: v.endsOn, budgetCents, partyIds: v.partyIds };
      const { data } = await create({ variables: { input } });
      const userErrors = data?.convenantCreate.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, ['title', 'startsOn', 'endsOn', 'budgetCents', 'partyIds']));
      if (userErrors.length > 0) return;
      setV(emptyConvenant);
      setDone(true);
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  const set = (key: 'title' | 'startsOn' | 'endsOn' | 'budget') => (value: string) => setV({ ...v, [key]: value });
  return (
    <section className="section" aria-labelledby={`${formId}-title`}>
      <Heading2 id={`${formId}-title`}>{T.title}</Heading2>
      {done && <Notice>{T.saved}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={errors} />
        <TextField
          formId={formId}
          name="title"
          maxLength={TEXT_MAX.convenantTitle}
          label={T.titleLabel}
          value={v.title}
          onChange={set('title')}
          errors={errors}
        />
        <DateField formId={formId} name="startsOn" label={T.startsOn} width="medium" value={v.startsOn} onChange={set('startsOn')} errors={errors} />
        <DateField formId={formId} name="endsOn" label={T.endsOn} width="medium" value={v.endsOn} onChange={set('endsOn')} errors={errors} />
        <TextField
          formId={formId}
          name="budgetCents"
          label={T.budget}
          inputMode="decimal"
          width="medium"
          value={v.budget}
          onChange={set('budget')}
          errors={errors}
        />
        <PartiesField formId={formId} value={v.partyIds} onChange={(partyIds) => setV({ ...v, partyIds })} errors={errors} />
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.submit}
        </Button>
      </form>
    </section>
  );
}
