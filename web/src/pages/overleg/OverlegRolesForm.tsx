import { useMutation, useQuery } from '@apollo/client/react';
import { formatText, OVERLEG_ROLE_TEXTS as T } from '@regiekamer/texts';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, SelectField } from '../../components/Form';
import type { OverlegFieldsFragment } from '../../gql/graphql';
import { useSend } from '../opgaven/useSend';
import { OVERLEG_ROLE_CANDIDATES, OVERLEG_ROLES_SET } from './overleg.documents';

/**
 * The regisseur names the chair and the minute-taker: staff, or a resident of the kerngroep (the list the API gives,
 * residents marked as the kerngroep's). The minute-taker can then record the minutes themself.
 */
export function OverlegRolesForm({ o }: { o: OverlegFieldsFragment }) {
  const formId = useId().replace(/:/g, '');
  const candidates = useQuery(OVERLEG_ROLE_CANDIDATES);
  const [chair, setChair] = useState(o.chair?.id ?? '');
  const [minuteTaker, setMinuteTaker] = useState(o.minuteTaker?.id ?? '');
  const form = useSend(['chairUserId', 'minuteTakerUserId']);
  const [save, { loading }] = useMutation(OVERLEG_ROLES_SET);
  const options = (candidates.data?.overlegRoleCandidates ?? []).map((u) => ({
    value: u.id,
    label: u.role === 'RESIDENT' ? formatText(T.kerngroepSuffix, { name: u.name }) : u.name,
  }));
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { chairUserId: chair || null, minuteTakerUserId: minuteTaker || null };
    await form.send(async () => (await save({ variables: { id: o.id, version: o.version, input } })).data?.overlegRolesSet.userErrors);
  }
  return (
    <section className="section" aria-labelledby={`${formId}-title`}>
      <Heading2 id={`${formId}-title`}>{T.formTitle}</Heading2>
      <Paragraph>{T.formIntro}</Paragraph>
      {candidates.loading ? (
        <Paragraph role="status">{T.loading}</Paragraph>
      ) : (
        <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
          <ErrorSummary formId={formId} errors={form.errors} />
          {form.done && <Notice>{T.saved}</Notice>}
          <SelectField
            formId={formId}
            name="chairUserId"
            label={T.chair}
            value={chair}
            onChange={setChair}
            options={options}
            emptyLabel={T.noneOption}
            errors={form.errors}
          />
          <SelectField
            formId={formId}
            name="minuteTakerUserId"
            label={T.minuteTaker}
            value={minuteTaker}
            onChange={setMinuteTaker}
            options={options}
            emptyLabel={T.noneOption}
            errors={form.errors}
          />
          <ButtonGroup>
            <Button appearance="primary-action-button" type="submit" busy={loading}>
              {T.submit}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}
