import { useMutation } from '@apollo/client/react';
import { PROPOSAL_COUNCIL_FORM_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { DateField, ErrorSummary, Notice, options, SelectField, TextAreaField, type FieldError } from '../../components/Form';
import type { ClientCouncilVerdict, ProposalFieldsFragment } from '../../gql/graphql';
import { checkLength, checkNotFuture, present } from '../../lib/checks';
import { isLocalDate, todayInAmsterdam } from '../../lib/format';
import { CLIENT_COUNCIL_VERDICT_LABELS } from '../../lib/labels';
import { CLIENT_COUNCIL_CHECK } from './proposal.documents';
import { useProposalForm } from './useProposalForm';

export function CouncilForm({ p }: { p: ProposalFieldsFragment }) {
  const { formId, errors, setErrors, done, run } = useProposalForm();
  const [v, setV] = useState({ checkedOn: todayInAmsterdam(), verdict: 'INTERESTS_SERVED' as ClientCouncilVerdict | '', remarks: '' });
  const [check, { loading }] = useMutation(CLIENT_COUNCIL_CHECK);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!isLocalDate(v.checkedOn)) found.push({ field: 'checkedOn', message: T.checkedOnMissing });
    else found.push(...present(checkNotFuture('checkedOn', v.checkedOn, todayInAmsterdam())));
    if (!v.verdict) found.push({ field: 'verdict', message: T.verdictMissing });
    if (v.verdict === 'CONCERNS' && !v.remarks.trim()) found.push({ field: 'remarks', message: T.concernsMissing });
    found.push(...present(checkLength('remarks', v.remarks.trim(), TEXT_MAX.councilRemarks, T.remarksTooLong)));
    setErrors(found);
    if (found.length > 0 || !v.verdict) return;
    const verdict = v.verdict;
    await run(
      async () =>
        (await check({ variables: { id: p.id, input: { checkedOn: v.checkedOn, verdict, remarks: v.remarks.trim() || null } } })).data
          ?.proposalClientCouncilCheck,
      ['checkedOn', 'verdict', 'remarks'],
    );
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>{T.title}</Heading3>
      <ErrorSummary formId={formId} errors={errors} />
      {done && <Notice>{T.done}</Notice>}
      <DateField
        formId={formId}
        name="checkedOn"
        label={T.checkedOn}
        width="medium"
        value={v.checkedOn}
        onChange={(x) => setV({ ...v, checkedOn: x })}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="verdict"
        label={T.verdict}
        value={v.verdict}
        onChange={(x) => setV({ ...v, verdict: x })}
        options={options(CLIENT_COUNCIL_VERDICT_LABELS)}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="remarks"
        label={T.remarks}
        required={false}
        maxLength={TEXT_MAX.councilRemarks}
        value={v.remarks}
        onChange={(x) => setV({ ...v, remarks: x })}
        errors={errors}
      />
      <Button appearance="primary-action-button" type="submit" busy={loading}>
        {T.submit}
      </Button>
    </form>
  );
}
