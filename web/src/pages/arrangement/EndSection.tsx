import { END_SECTION_TEXTS as T } from '@regiekamer/texts';
import { checkNotFuture, present } from '../../lib/checks';
import { useMutation } from '@apollo/client/react';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, type FieldError } from '../../components/Form';
import type { ArrangementFieldsFragment } from '../../gql/graphql';
import { isStale, TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { isLocalDate, todayInAmsterdam } from '../../lib/format';
import { ARRANGEMENT_END } from '../arrangement-documents';
import { EndConfirm } from './EndConfirm';
import { EndFields, type EndValues } from './EndFields';

const STALE = T.stale;

/** Ends the arrangement, in two steps: the form is checked, then a confirmation names what will happen. */
export function EndSection({ a, refetch }: { a: ArrangementFieldsFragment; refetch: () => Promise<unknown> }) {
  const formId = useId().replace(/:/g, '');
  const [values, setValues] = useState<EndValues>({ endedOn: todayInAmsterdam(), endReason: '', goalAttainment: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [stale, setStale] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [end, { loading }] = useMutation(ARRANGEMENT_END, { update: (cache) => (cache.evict({ fieldName: 'arrangements' }), cache.gc()) });
  const { endedOn, endReason, goalAttainment } = values;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found: FieldError[] = [];
    if (!isLocalDate(endedOn)) found.push({ field: 'endedOn', message: T.endedOnMissing });
    else found.push(...present(checkNotFuture('endedOn', endedOn, todayInAmsterdam())));
    if (!endReason) found.push({ field: 'endReason', message: T.endReasonMissing });
    if (!goalAttainment) found.push({ field: 'goalAttainment', message: T.goalAttainmentMissing });
    setErrors(found);
    if (found.length > 0 || !endReason || !goalAttainment) return;
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    try {
      const { data } = await end({ variables: { id: a.id, version: a.version, input: { endedOn, endReason, goalAttainment } } });
      const payload = data?.arrangementEnd;
      if (payload?.arrangement) return;
      const userErrors = payload?.userErrors ?? [];
      if (isStale(userErrors)) {
        await refetch().catch(() => {});
        setStale(true);
        setErrors([{ field: null, message: STALE }]);
        return;
      }
      setErrors(toFieldErrors(userErrors, ['endedOn', 'endReason', 'goalAttainment']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  return (
    <section aria-labelledby={`${formId}-title`} className="section">
      <Heading2 id={`${formId}-title`}>{T.title}</Heading2>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={errors} />
        <EndFields
          formId={formId}
          values={values}
          onChange={(v) => {
            setValues(v);
            setConfirming(false);
          }}
          errors={errors}
        />
        {confirming && endReason && goalAttainment ? (
          <EndConfirm endedOn={endedOn} endReason={endReason} goalAttainment={goalAttainment} loading={loading} onBack={() => setConfirming(false)} />
        ) : (
          <Button appearance="primary-action-button" hint="danger" type="submit" busy={loading} aria-disabled={loading || undefined}>
            {stale ? T.again : T.submit}
          </Button>
        )}
      </form>
    </section>
  );
}
