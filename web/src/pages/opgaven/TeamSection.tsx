import { formatText, OVERLEG_ROLE_TEXTS, TEAM_SECTION_TEXTS as T } from '@regiekamer/texts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { FormDisclosure } from './FormDisclosure';
import { MembersAddForm } from './MembersAddForm';
import type { OpgaveDetail } from './OpgavePage';
import { TeamCreateForm } from './TeamCreateForm';
import { TeamEditForm, TeamMemberList } from './TeamMembers';

/** The opgaveteam: residents and professionals, led by a procesbegeleider. */
export function TeamSection({ o, canEdit }: { o: OpgaveDetail; canEdit: boolean }) {
  const team = o.team;
  return (
    <section className="section" aria-labelledby="opgaveteam">
      <Heading2 id="opgaveteam">{T.heading}</Heading2>
      {team ? (
        <>
          <Paragraph>
            {/* An analyst gets an empty name when the procesbegeleider takes part as a resident (a name is never empty otherwise). */}
            {T.lead} {team.procesbegeleider || OVERLEG_ROLE_TEXTS.participantMark}
            {team.organisatiecoach ? formatText(T.coach, { coach: team.organisatiecoach }) : ''}.
          </Paragraph>
          {team.members.length === 0 ? <Paragraph>{T.noMembers}</Paragraph> : <TeamMemberList team={team} canEdit={canEdit} />}
          {canEdit && (
            <>
              <FormDisclosure summary={T.addMember}>
                <MembersAddForm teamId={team.id} />
              </FormDisclosure>
              <FormDisclosure summary={T.edit}>
                <TeamEditForm team={team} />
              </FormDisclosure>
            </>
          )}
        </>
      ) : (
        <>
          <Paragraph>{T.noTeam}</Paragraph>
          {/* A team is formed only for a chosen opgave (SELECTED or IN_PROGRESS): the API refuses it for the rest. */}
          {canEdit && (o.status === 'SELECTED' || o.status === 'IN_PROGRESS') && <TeamCreateForm opgaveId={o.id} />}
          {canEdit && o.status === 'COLLECTED' && <Paragraph>{T.notChosen}</Paragraph>}
        </>
      )}
    </section>
  );
}
