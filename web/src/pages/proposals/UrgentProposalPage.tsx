import { useMutation } from '@apollo/client/react';
import { formatText, TEXT_MAX, URGENT_PROPOSAL_PAGE_TEXTS as T } from '@regiekamer/texts';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { ErrorSummary, newIdempotencyKey, Notice, TextAreaField, TextField, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { todayInAmsterdam } from '../../lib/format';
import { Link, navigate } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { URGENT_PROPOSAL_SUBMIT } from './proposals.documents';
import { checkSubmit } from './submit.checks';

/**
 * The form's values and errors, and the submit that sends the proposal as urgent, today. Staff go to the proposal's
 * page; a participant is told it was sent (`sent` holds its title).
 */
function useUrgentSubmit(participant: boolean) {
  const [values, setValues] = useState({ title: '', description: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const [submitProposal, { loading }] = useMutation(URGENT_PROPOSAL_SUBMIT, {
    update(cache) {
      cache.evict({ fieldName: 'proposals' });
      cache.gc();
    },
  });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const today = todayInAmsterdam();
    const found = checkSubmit({ ...values, submittedOn: today, urgent: 'ja' }, today);
    setErrors(found);
    if (found.length > 0 || loading) return;
    try {
      const { data } = await submitProposal({
        variables: {
          idempotencyKey: key.current,
          input: { title: values.title.trim(), description: values.description.trim(), submittedOn: today, urgent: true },
        },
      });
      const payload = data?.proposalSubmit;
      key.current = newIdempotencyKey();
      if (payload?.proposal && !participant) {
        navigate(`/voorstellen/${encodeURIComponent(payload.proposal.id)}`);
        return;
      }
      if (payload?.proposal) {
        setSent(payload.proposal.title);
        setValues({ title: '', description: '' });
        return;
      }
      setErrors(toFieldErrors(payload?.userErrors ?? [], ['title', 'description']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return { values, setValues, errors, sent, loading, submit };
}

/** What a participant sees once the proposal is in. */
function UrgentSent({ title }: { title: string }) {
  return (
    <>
      <PageHeading title={T.sentTitle} />
      <Notice>{formatText(T.sent, { title })}</Notice>
      <Paragraph>
        <Link to="/">{T.home}</Link>
      </Paragraph>
    </>
  );
}

/**
 * Every party may submit an urgent proposal (the six-week model): a provider's representative, the client council and
 * a resident of the kerngroep. Only the regisseur puts one in the regular cycle, so here it is always urgent, submitted
 * today. A participant stays on this page afterwards: the proposal's own page is for staff.
 */
export function UrgentProposalPage() {
  const viewer = useViewer();
  const formId = useId().replace(/:/g, '');
  const participant = viewer.role === 'CLIENT_COUNCIL' || viewer.role === 'RESIDENT';
  const { values, setValues, errors, sent, loading, submit } = useUrgentSubmit(participant);

  if (sent !== null) return <UrgentSent title={sent} />;
  return (
    <>
      <PageHeading title={T.title} />
      <Paragraph>{T.intro}</Paragraph>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.formLabel}>
        <ErrorSummary formId={formId} errors={errors} />
        <TextField
          formId={formId}
          name="title"
          label={T.titleLabel}
          value={values.title}
          maxLength={TEXT_MAX.proposalTitle}
          onChange={(title) => setValues({ ...values, title })}
          errors={errors}
        />
        <TextAreaField
          formId={formId}
          name="description"
          label={T.description}
          description={T.descriptionHelp}
          required={false}
          maxLength={TEXT_MAX.proposalDescription}
          value={values.description}
          onChange={(description) => setValues({ ...values, description })}
          errors={errors}
        />
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.submit}
        </Button>
      </form>
    </>
  );
}
