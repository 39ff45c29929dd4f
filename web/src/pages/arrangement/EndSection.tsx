import { useMutation } from '@apollo/client/react';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { ErrorSummary, options, SelectField, DateField, type FieldError } from '../../components/Form';
import type { ArrangementFieldsFragment, EndReason, GoalAttainment } from '../../gql/graphql';
import { isStale, TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { isLocalDate, todayInAmsterdam } from '../../lib/format';
import { END_REASON_LABELS, GOAL_ATTAINMENT_LABELS } from '../../lib/labels';
import { ARRANGEMENT_END } from '../arrangement-documents';

export function EndSection({ a, refetch }: { a: ArrangementFieldsFragment; refetch: () => Promise<unknown> }) {
  const formId = useId().replace(/:/g, '');
  const [endedOn, setEndedOn] = useState(todayInAmsterdam());
  const [endReason, setEndReason] = useState<EndReason | ''>('');
  const [goalAttainment, setGoalAttainment] = useState<GoalAttainment | ''>('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [stale, setStale] = useState(false);
  const [end, { loading }] = useMutation(ARRANGEMENT_END, {
    update(cache) {
      cache.evict({ fieldName: 'arrangements' });
      cache.gc();
    },
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found: FieldError[] = [];
    if (!isLocalDate(endedOn)) found.push({ field: 'endedOn', message: 'Vul de einddatum in.' });
    if (!endReason) found.push({ field: 'endReason', message: 'Kies de reden van beëindiging.' });
    if (!goalAttainment) found.push({ field: 'goalAttainment', message: 'Kies in hoeverre de doelen zijn bereikt.' });
    setErrors(found);
    if (found.length > 0 || !endReason || !goalAttainment) return;
    try {
      const { data } = await end({ variables: { id: a.id, version: a.version, input: { endedOn, endReason, goalAttainment } } });
      const payload = data?.arrangementEnd;
      if (payload?.arrangement) return;
      const userErrors = payload?.userErrors ?? [];
      if (isStale(userErrors)) {
        await refetch().catch(() => {});
        setStale(true);
        setErrors([
          {
            field: null,
            message:
              'Iemand anders heeft dit arrangement intussen gewijzigd. De nieuwste gegevens staan bovenaan deze pagina. Controleer ze en beëindig opnieuw als dat nog klopt.',
          },
        ]);
        return;
      }
      setErrors(toFieldErrors(userErrors, ['endedOn', 'endReason', 'goalAttainment']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  return (
    <section aria-labelledby={`${formId}-title`} className="section">
      <Heading2 id={`${formId}-title`}>Arrangement beëindigen</Heading2>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={errors} />
        <DateField formId={formId} name="endedOn" label="Einddatum" width="medium" value={endedOn} onChange={setEndedOn} errors={errors} />
        <SelectField
          formId={formId}
          name="endReason"
          label="Reden"
          value={endReason}
          onChange={setEndReason}
          options={options(END_REASON_LABELS)}
          emptyLabel="Kies een reden"
          errors={errors}
        />
        <SelectField
          formId={formId}
          name="goalAttainment"
          label="Doelen bereikt"
          value={goalAttainment}
          onChange={setGoalAttainment}
          options={options(GOAL_ATTAINMENT_LABELS)}
          emptyLabel="Kies een uitkomst"
          errors={errors}
        />
        <Button appearance="primary-action-button" hint="danger" type="submit" busy={loading} aria-disabled={loading || undefined}>
          {stale ? 'Opnieuw beëindigen' : 'Arrangement beëindigen'}
        </Button>
      </form>
    </section>
  );
}
