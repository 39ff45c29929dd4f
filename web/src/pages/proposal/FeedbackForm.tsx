import { useMutation } from '@apollo/client/react';
import { PROPOSAL_FEEDBACK_FORM_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { DateField, ErrorSummary, Notice, TextAreaField, type FieldError } from '../../components/Form';
import type { ProposalFieldsFragment } from '../../gql/graphql';
import { checkLength, checkNotFuture, present } from '../../lib/checks';
import { isLocalDate, todayInAmsterdam } from '../../lib/format';
import { FEEDBACK_RECORD } from './proposal.documents';
import { useProposalForm } from './useProposalForm';

export function FeedbackForm({ p }: { p: ProposalFieldsFragment }) {
  const { formId, errors, setErrors, done, run } = useProposalForm();
  const [v, setV] = useState({ residentsMeetingOn: todayInAmsterdam(), summary: '' });
  const [record, { loading }] = useMutation(FEEDBACK_RECORD);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!isLocalDate(v.residentsMeetingOn)) found.push({ field: 'residentsMeetingOn', message: T.meetingOnMissing });
    else found.push(...present(checkNotFuture('residentsMeetingOn', v.residentsMeetingOn, todayInAmsterdam())));
    if (!v.summary.trim()) found.push({ field: 'summary', message: T.summaryMissing });
    else found.push(...present(checkLength('summary', v.summary.trim(), TEXT_MAX.feedbackSummary, T.summaryTooLong)));
    setErrors(found);
    if (found.length > 0) return;
    await run(
      async () =>
        (await record({ variables: { id: p.id, input: { residentsMeetingOn: v.residentsMeetingOn, summary: v.summary.trim() } } })).data
          ?.proposalFeedbackRecord,
      ['residentsMeetingOn', 'summary'],
    );
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>{T.title}</Heading3>
      <ErrorSummary formId={formId} errors={errors} />
      {done && <Notice>{T.done}</Notice>}
      <DateField
        formId={formId}
        name="residentsMeetingOn"
        label={T.meetingOn}
        width="medium"
        value={v.residentsMeetingOn}
        onChange={(x) => setV({ ...v, residentsMeetingOn: x })}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="summary"
        label={T.summary}
        maxLength={TEXT_MAX.feedbackSummary}
        value={v.summary}
        onChange={(x) => setV({ ...v, summary: x })}
        errors={errors}
      />
      <Button appearance="primary-action-button" type="submit" busy={loading}>
        {T.submit}
      </Button>
    </form>
  );
}
