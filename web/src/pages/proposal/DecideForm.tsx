import { useMutation } from '@apollo/client/react';
import { formatText, PROPOSAL_DECIDE_FORM_TEXTS as T } from '@regiekamer/texts';
import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice } from '../../components/Form';
import type { ProposalFieldsFragment } from '../../gql/graphql';
import { todayInAmsterdam } from '../../lib/format';
import { PERSPECTIVE_LABELS } from '../../lib/labels';
import { checkDecision, initialDecideValues } from './decide.checks';
import { DecideFields } from './DecideFields';
import { PROPOSAL_DECIDE } from './proposal.documents';
import { useProposalForm } from './useProposalForm';

const DECIDE_FIELDS = [
  'text',
  'outcome',
  'decidedOn',
  'agree',
  'disagree',
  'abstain',
  'paperTally',
  'minorityPosition',
  'kerngroepAdviceWeighing',
  'responsible',
  'overlegId',
];

export function DecideForm({ p, refetch }: { p: ProposalFieldsFragment; refetch: () => Promise<unknown> }) {
  const { formId, errors, setErrors, done, run } = useProposalForm();
  const [v, setV] = useState(() => initialDecideValues(todayInAmsterdam()));
  const [decide, { loading }] = useMutation(PROPOSAL_DECIDE);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const { found, votes } = checkDecision(v, todayInAmsterdam());
    const [f, a, ab] = votes;
    setErrors(found);
    if (found.length > 0 || f === null || a === null || ab === null || !v.outcome) return;
    const outcome = v.outcome;
    await run(
      async () =>
        (
          await decide({
            variables: {
              id: p.id,
              version: p.version,
              input: {
                text: v.text.trim(),
                outcome,
                decidedOn: v.decidedOn,
                paperTally: f + a + ab > 0 ? { agree: f, disagree: a, abstain: ab } : null,
                minorityPosition: v.minorityPosition.trim() || null,
                kerngroepAdviceWeighing: v.kerngroepAdviceWeighing.trim() || null,
                responsible: v.responsible.trim() || null,
                overlegId: v.overlegId || null,
              },
            },
          })
        ).data?.proposalDecide,
      DECIDE_FIELDS,
      refetch,
    );
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>{T.title}</Heading3>
      <Paragraph>
        {formatText(T.tally, {
          agree: String(p.stanceTally.agree),
          disagree: String(p.stanceTally.disagree),
          abstain: String(p.stanceTally.abstain),
        })}
      </Paragraph>
      {p.missingPerspectives.length > 0 && (
        <Alert type="warning">
          <Paragraph>{formatText(T.missingPerspectives, { sides: p.missingPerspectives.map((s) => PERSPECTIVE_LABELS[s]).join(', ') })}</Paragraph>
        </Alert>
      )}
      <ErrorSummary formId={formId} errors={errors} />
      {done && <Notice>{T.done}</Notice>}
      <DecideFields formId={formId} values={v} onChange={setV} errors={errors} urgent={p.urgent} />
      <Button appearance="primary-action-button" type="submit" busy={loading}>
        {T.submit}
      </Button>
    </form>
  );
}
