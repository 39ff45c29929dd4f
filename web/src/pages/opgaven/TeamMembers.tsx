import { TEXT_MAX, formatText, PARTICIPANT_TEXTS as T, TEAM_MEMBERS_TEXTS as M } from '@regiekamer/texts';
import { useMutation } from '@apollo/client/react';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, TextField } from '../../components/Form';
import { MEMBER_KIND_LABELS } from '../../lib/labels';
import { teamPeopleProblems } from './checks';
import { MEMBER_REMOVE, TEAM_UPDATE } from './opgave.documents';
import type { OpgaveDetail } from './OpgavePage';
import { useSend } from './useSend';

type Team = NonNullable<OpgaveDetail['team']>;
type Member = Team['members'][number];

const shownName = (m: Member) => m.name ?? M.nameHidden;

/** The team's members; the regisseur can take one off (a member with an account leaves the team's group too). */
export function TeamMemberList({ team, canEdit }: { team: Team; canEdit: boolean }) {
  const [remove, { loading }] = useMutation(MEMBER_REMOVE, { refetchQueries: ['Opgave'], awaitRefetchQueries: true });
  const form = useSend([]);
  return (
    <>
      <ErrorSummary formId="lid-verwijderen" errors={form.errors} />
      <ul className="member-list" aria-label={M.label}>
        {team.members.map((m) => (
          <li key={m.id} className="member-row">
            <span>
              {shownName(m)} – {MEMBER_KIND_LABELS[m.kind]}
              {m.organisation ? `, ${m.organisation}` : ''}
              {m.hasAccount ? ` (${T.memberAccount})` : ''}
            </span>
            {canEdit && (
              <Button
                appearance="secondary-action-button"
                type="button"
                busy={loading}
                aria-label={formatText(T.memberRemoveLabel, { name: shownName(m) })}
                onClick={() =>
                  void form.send(
                    async () =>
                      (await remove({ variables: { input: { opgaveteamId: team.id, memberId: m.id } } })).data?.opgaveteamMemberRemove.userErrors,
                  )
                }
              >
                {T.memberRemove}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Sets or clears the organisatiecoach and hands the procesbegeleider role over to another person. */
export function TeamEditForm({ team }: { team: Team }) {
  const formId = 'team-wijzigen';
  const [lead, setLead] = useState(team.procesbegeleider);
  const [coach, setCoach] = useState(team.organisatiecoach ?? '');
  const form = useSend(['procesbegeleider', 'organisatiecoach']);
  const [update, { loading }] = useMutation(TEAM_UPDATE, { refetchQueries: ['Opgave'], awaitRefetchQueries: true });
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = teamPeopleProblems(lead, coach);
    form.setErrors(found);
    if (found.length > 0) return;
    const input = {
      organisatiecoach: coach.trim() || null,
      ...(lead.trim() !== team.procesbegeleider ? { procesbegeleider: lead.trim(), procesbegeleiderUserId: null } : {}),
    };
    await form.send(async () => (await update({ variables: { id: team.id, input } })).data?.opgaveteamUpdate.userErrors);
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="team-wijzigen-title">
      <Heading3 id="team-wijzigen-title">{M.editHeading}</Heading3>
      <ErrorSummary formId={formId} errors={form.errors} />
      {form.done && <Notice>{T.teamSaved}</Notice>}
      <TextField
        formId={formId}
        name="procesbegeleider"
        label={T.leader}
        maxLength={TEXT_MAX.opgaveteamPerson}
        value={lead}
        onChange={setLead}
        errors={form.errors}
      />
      <TextField
        formId={formId}
        name="organisatiecoach"
        label={T.coach}
        description={T.coachHint}
        required={false}
        maxLength={TEXT_MAX.opgaveteamPerson}
        value={coach}
        onChange={setCoach}
        errors={form.errors}
      />
      <Button appearance="secondary-action-button" type="submit" busy={loading}>
        {T.teamSave}
      </Button>
    </form>
  );
}
