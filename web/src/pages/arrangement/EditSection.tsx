import { ARRANGEMENT_EDIT_SECTION_TEXTS as T } from '@regiekamer/texts';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, type SubmitEvent } from 'react';
import { ErrorSummary, Notice } from '../../components/Form';
import type { ArrangementFieldsFragment } from '../../gql/graphql';
import { ArrangementFormFields, valuesOf } from '../ArrangementForm';
import { ConflictPanel } from './ConflictPanel';
import { mergeChanges } from './edit-rules';
import { useArrangementEdit } from './useArrangementEdit';

export function EditSection({ a, refetch }: { a: ArrangementFieldsFragment; refetch: () => Promise<unknown> }) {
  const formId = useId().replace(/:/g, '');
  const { base, setBase, values, setValues, errors, conflict, setConflict, saved, loading, conflictRef, dirty, save } = useArrangementEdit(
    a,
    refetch,
  );

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (conflict) return;
    void save(base, base);
  }

  // Ended elsewhere: nothing can be changed any more, but what this person typed stays on screen until they close it.
  const ended = a.status === 'ENDED';
  if (ended && !dirty && !conflict) return null;
  return (
    <section aria-labelledby={`${formId}-title`} className="section">
      <Heading2 id={`${formId}-title`}>{T.title}</Heading2>
      {saved && <Notice>{T.saved}</Notice>}
      {conflict && (
        <ConflictPanel
          a={a}
          base={base}
          values={values}
          loading={loading}
          ref={conflictRef}
          onReapply={() => {
            const started = base;
            // From here the form's starting point is the newer version with the person's changes on it.
            setValues(mergeChanges(values, valuesOf(started), valuesOf(a)));
            setBase(a);
            void save(a, started);
          }}
          onTakeLatest={() => {
            setBase(a);
            setValues(valuesOf(a));
            setConflict(false);
          }}
        />
      )}
      {!ended && (
        <form className="form" noValidate onSubmit={submit} aria-labelledby={`${formId}-title`}>
          <ErrorSummary formId={formId} errors={errors} />
          <ArrangementFormFields formId={formId} values={values} onChange={setValues} errors={errors} mode="edit" currentStatus={base.status} />
          {!conflict && (
            <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
              {T.submit}
            </Button>
          )}
          {loading && <Paragraph role="status">{T.saving}</Paragraph>}
        </form>
      )}
    </section>
  );
}
