import { TEAM_CREATE_FORM_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { useMutation } from '@apollo/client/react';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { ErrorSummary, TextField } from '../../components/Form';
import { TEAM_CREATE } from './opgave.documents';
import { teamPeopleProblems } from './checks';
import { useSend } from './useSend';

/** Forms the team of an opgave, with the procesbegeleider who leads it. */
export function TeamCreateForm({ opgaveId }: { opgaveId: string }) {
  const formId = 'team-form';
  const [lead, setLead] = useState('');
  const [coach, setCoach] = useState('');
  const form = useSend(['procesbegeleider', 'organisatiecoach', 'opgaveId']);
  const [create, { loading }] = useMutation(TEAM_CREATE, { refetchQueries: ['Opgave'], awaitRefetchQueries: true });
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = teamPeopleProblems(lead, coach);
    form.setErrors(found);
    if (found.length > 0) return;
    const input = { opgaveId, procesbegeleider: lead.trim(), organisatiecoach: coach.trim() || null };
    await form.send(async () => (await create({ variables: { input } })).data?.opgaveteamCreate.userErrors);
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="team-form-title">
      <Heading3 id="team-form-title">{T.heading}</Heading3>
      <ErrorSummary formId={formId} errors={form.errors} />
      <TextField
        formId={formId}
        name="procesbegeleider"
        label={T.leadLabel}
        maxLength={TEXT_MAX.opgaveteamPerson}
        value={lead}
        onChange={setLead}
        errors={form.errors}
      />
      <TextField
        formId={formId}
        name="organisatiecoach"
        label={T.coachLabel}
        required={false}
        maxLength={TEXT_MAX.opgaveteamPerson}
        value={coach}
        onChange={setCoach}
        errors={form.errors}
      />
      <Button appearance="primary-action-button" type="submit" busy={loading}>
        {T.submit}
      </Button>
    </form>
  );
}
