import { useMutation } from '@apollo/client/react';
import { REPORT_SECTION_TEXTS as T } from '@regiekamer/texts';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, newIdempotencyKey, type FieldError } from '../../components/Form';
import type { ArrangementFieldsFragment } from '../../gql/graphql';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { todayInAmsterdam } from '../../lib/format';
import { REPORT_ADD } from '../arrangement-documents';
import { ReportFields } from './ReportFields';
import { defaultReportPeriod, parseReport, type ReportValues } from './report-rules';

export function ReportSection({ a }: { a: ArrangementFieldsFragment }) {
  const formId = useId().replace(/:/g, '');
  const initial = (): ReportValues => {
    const { start, end } = defaultReportPeriod(todayInAmsterdam(), a.startsOn);
    return { periodStart: start, periodEnd: end, hours: '', cost: '', remarks: '' };
  };
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const key = useRef(newIdempotencyKey());
  const [add, { loading }] = useMutation(REPORT_ADD, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'Arrangement', id: a.id }), fieldName: 'reports' });
      cache.evict({ fieldName: 'arrangements' });
      cache.gc();
    },
  });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setDone(false);
    const { errors: found, input } = parseReport(values, todayInAmsterdam());
    setErrors(found);
    if (!input) return;
    try {
      const { data } = await add({
        variables: {
          arrangementId: a.id,
          idempotencyKey: key.current,
          input,
        },
      });
      const payload = data?.arrangementReportAdd;
      key.current = newIdempotencyKey();
      if (payload?.report) {
        setValues(initial());
        setDone(true);
        return;
      }
      setErrors(toFieldErrors(payload?.userErrors ?? [], ['periodStart', 'periodEnd', 'hoursDelivered', 'costCents', 'remarks']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  return (
    <section aria-labelledby={`${formId}-title`} className="section">
      <Heading2 id={`${formId}-title`}>{T.title}</Heading2>
      {done && <Notice>{T.added}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={errors} />
        <ReportFields formId={formId} values={values} onChange={setValues} errors={errors} />
        <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
          {T.submit}
        </Button>
        {loading && <Paragraph role="status">{T.saving}</Paragraph>}
      </form>
    </section>
  );
}
