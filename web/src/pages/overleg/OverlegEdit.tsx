import { OVERLEG_EDIT_TEXTS as T } from '@regiekamer/texts';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, type FieldError } from '../../components/Form';
import type { OverlegFieldsFragment } from '../../gql/graphql';
import { changedFields, valuesOf, type OverlegValues } from './overleg-values';
import { OverlegConflict } from './OverlegConflict';
import { OverlegFormFields } from './OverlegFormFields';
import { useOverlegUpdate } from './useOverlegUpdate';

/** The regisseur changes a meeting, naming the version read; a newer version keeps what was typed and says so. */
export function OverlegEdit({ o, refetch }: { o: OverlegFieldsFragment; refetch: () => Promise<unknown> }) {
  const formId = useId().replace(/:/g, '');
  const [base, setBase] = useState(o);
  const [values, setValues] = useState(() => valuesOf(o));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const { send, loading } = useOverlegUpdate(refetch);
  const changed = changedFields(values, valuesOf(base));
  /** From here on the form starts from this version. */
  function adopt(from: OverlegFieldsFragment, shown = valuesOf(from)) {
    setBase(from);
    setValues(shown);
    setConflict(false);
  }
  // A newer version arriving while nothing was typed: follow it (nothing of the person's is lost). Adjusted while
  // rendering, not in an effect, so the stale version is never shown.
  if (o.version !== base.version && changed.length === 0 && !conflict) adopt(o);

  async function save(onto: OverlegFieldsFragment, mine: OverlegValues, fields: (keyof OverlegValues)[]) {
    setSaved(false);
    const outcome = await send(onto, mine, fields);
    setErrors(outcome.errors);
    if (outcome.saved) adopt(outcome.saved);
    setSaved(Boolean(outcome.saved));
    if (outcome.stale) setConflict(true);
  }
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!loading && !conflict) void save(base, values, changed);
  }
  return (
    <section className="section" aria-labelledby={`${formId}-title`}>
      <Heading2 id={`${formId}-title`}>{T.title}</Heading2>
      {saved && <Notice>{T.saved}</Notice>}
      {conflict && (
        <OverlegConflict
          mine={values}
          latest={valuesOf(o)}
          changed={changed}
          busy={loading}
          onReapply={() => {
            const merged = { ...valuesOf(o), ...Object.fromEntries(changed.map((k) => [k, values[k]])) };
            adopt(o, merged);
            void save(o, merged, changed);
          }}
          onTakeLatest={() => adopt(o)}
        />
      )}
      <form className="form" noValidate onSubmit={submit} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={errors} />
        <OverlegFormFields formId={formId} values={values} onChange={setValues} errors={errors} />
        {!conflict && (
          <Button appearance="primary-action-button" type="submit" busy={loading}>
            {T.submit}
          </Button>
        )}
      </form>
    </section>
  );
}
