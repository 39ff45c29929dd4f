import { useMutation } from '@apollo/client/react';
import { PERSPECTIVE_FORM_TEXTS as T } from '@regiekamer/texts';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice } from '../../components/Form';
import type { Perspective, ProposalFieldsFragment } from '../../gql/graphql';
import { checkPerspective, type PerspectiveValues } from './perspective.checks';
import { PerspectiveFields } from './PerspectiveFields';
import { PERSPECTIVE_RECORD } from './proposal.documents';
import { useProposalForm } from './useProposalForm';

export function PerspectiveForm({ p, sides }: { p: ProposalFieldsFragment; sides: Perspective[] }) {
  const { formId, errors, setErrors, done, run } = useProposalForm();
  const firstMissing = sides.find((s) => p.missingPerspectives.includes(s)) ?? sides[0] ?? 'STAFF';
  const [values, setValues] = useState<PerspectiveValues>({ perspective: firstMissing, position: '', advice: '', consulted: 'ja' });
  const [record, { loading }] = useMutation(PERSPECTIVE_RECORD);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkPerspective(values);
    setErrors(found);
    if (found.length > 0 || !values.perspective) return;
    const perspective = values.perspective;
    const ok = await run(
      async () =>
        (
          await record({
            variables: {
              id: p.id,
              input: {
                perspective,
                position: values.position.trim(),
                advice: values.advice.trim() || null,
                consultedConstituency: values.consulted === 'ja',
              },
            },
          })
        ).data?.proposalPerspectiveRecord,
      ['perspective', 'position', 'advice', 'consultedConstituency'],
    );
    if (ok)
      setValues({
        perspective: sides.find((s) => s !== perspective && p.missingPerspectives.includes(s)) ?? perspective,
        position: '',
        advice: '',
        consulted: 'ja',
      });
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>{T.title}</Heading3>
      <ErrorSummary formId={formId} errors={errors} />
      {done && <Notice>{T.done}</Notice>}
      <PerspectiveFields formId={formId} sides={sides} values={values} onChange={setValues} errors={errors} />
      <Button appearance="primary-action-button" type="submit" busy={loading}>
        {T.submit}
      </Button>
    </form>
  );
}
