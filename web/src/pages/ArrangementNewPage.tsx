import { useMutation } from '@apollo/client/react';
import { ARRANGEMENT_NEW_PAGE_TEXTS as T } from '@regiekamer/texts';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { ErrorSummary, newIdempotencyKey, type FieldError } from '../components/Form';
import { PageHeading } from '../components/PageHeading';
import { PageHelp } from '../components/PageHelp';
import { TECHNICAL_ERROR, toFieldErrors } from '../lib/errors';
import { Link, navigate } from '../lib/router';
import { ARRANGEMENT_CREATE } from './arrangement-documents';
import { ARRANGEMENT_FIELD_NAMES, ArrangementFormFields, EMPTY_ARRANGEMENT, parseArrangement, type ArrangementValues } from './ArrangementForm';

export function ArrangementNewPage() {
  const formId = useId().replace(/:/g, '');
  const [values, setValues] = useState<ArrangementValues>(EMPTY_ARRANGEMENT);
  const [errors, setErrors] = useState<FieldError[]>([]);
  // One key per submission attempt of this form: a retry after a lost answer creates nothing twice.
  const idempotencyKey = useRef(newIdempotencyKey());
  const [create, { loading }] = useMutation(ARRANGEMENT_CREATE, {
    update(cache) {
      cache.evict({ fieldName: 'arrangements' });
      cache.gc();
    },
  });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const { errors: found, parsed } = parseArrangement(values, 'create');
    setErrors(found);
    if (!parsed) return;
    try {
      const { data } = await create({
        variables: {
          idempotencyKey: idempotencyKey.current,
          input: {
            clientKey: parsed.clientKey,
            form: parsed.form,
            productCategory: parsed.productCategory,
            hoursPerWeek: parsed.hoursPerWeek,
            plannedCostCents: parsed.plannedCostCents,
            requestedOn: parsed.requestedOn,
            startsOn: parsed.startsOn,
            goals: parsed.goals,
          },
        },
      });
      const payload = data?.arrangementCreate;
      if (payload?.arrangement) {
        navigate(`/arrangementen/${encodeURIComponent(payload.arrangement.id)}?aangemaakt=1`);
        return;
      }
      // A refused input is a new submission once corrected.
      idempotencyKey.current = newIdempotencyKey();
      setErrors(toFieldErrors(payload?.userErrors ?? [], ARRANGEMENT_FIELD_NAMES));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.helpWhat}</Paragraph>
        <Paragraph>{T.helpAfter}</Paragraph>
      </PageHelp>
      <Paragraph>
        <Link to="/arrangementen">{T.back}</Link>
      </Paragraph>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <span id={`${formId}-title`} hidden>
          {T.formTitle}
        </span>
        <ErrorSummary formId={formId} errors={errors} />
        <ArrangementFormFields formId={formId} values={values} onChange={setValues} errors={errors} mode="create" />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
            {T.submit}
          </Button>
        </ButtonGroup>
        {loading && <Paragraph role="status">{T.saving}</Paragraph>}
      </form>
    </>
  );
}
