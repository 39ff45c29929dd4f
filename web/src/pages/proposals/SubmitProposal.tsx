import { useMutation } from '@apollo/client/react';
import { SUBMIT_PROPOSAL_TEXTS as T } from '@regiekamer/texts';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { ErrorSummary, newIdempotencyKey, type FieldError } from '../../components/Form';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { todayInAmsterdam } from '../../lib/format';
import { navigate } from '../../lib/router';
import { PROPOSAL_SUBMIT } from './proposals.documents';
import { checkSubmit, type SubmitValues } from './submit.checks';
import { SubmitProposalFields } from './SubmitProposalFields';

/** The regisseur submits a new proposal; week 0 of its cycle is the date it was submitted. */
export function SubmitProposal() {
  const formId = useId().replace(/:/g, '');
  const [values, setValues] = useState<SubmitValues>({ title: '', description: '', submittedOn: todayInAmsterdam(), urgent: 'nee' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const key = useRef(newIdempotencyKey());
  const [submitProposal, { loading }] = useMutation(PROPOSAL_SUBMIT, {
    update(cache) {
      cache.evict({ fieldName: 'proposals' });
      cache.gc();
    },
  });
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkSubmit(values, todayInAmsterdam());
    setErrors(found);
    if (found.length > 0) return;
    try {
      const { data } = await submitProposal({
        variables: {
          idempotencyKey: key.current,
          input: {
            title: values.title.trim(),
            description: values.description.trim(),
            submittedOn: values.submittedOn,
            urgent: values.urgent === 'ja',
          },
        },
      });
      const payload = data?.proposalSubmit;
      key.current = newIdempotencyKey();
      if (payload?.proposal) {
        navigate(`/voorstellen/${encodeURIComponent(payload.proposal.id)}`);
        return;
      }
      setErrors(toFieldErrors(payload?.userErrors ?? [], ['title', 'description', 'submittedOn']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <section className="section" aria-labelledby={`${formId}-title`}>
      <Heading2 id={`${formId}-title`}>{T.title}</Heading2>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={errors} />
        <SubmitProposalFields formId={formId} values={values} onChange={setValues} errors={errors} />
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.submit}
        </Button>
      </form>
    </section>
  );
}
