import { OVERLEG_ROLE_TEXTS } from '@regiekamer/texts';
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
      <Heading2 id="opgaveteam">Opgaveteam</Heading2>
      {team ? (
        <>
          <Paragraph>
            {/* An analyst gets an empty name when the procesbegeleider takes part as a resident (a name is never empty otherwise). */}
            Procesbegeleider: {team.procesbegeleider || OVERLEG_ROLE_TEXTS.participantMark}
            {team.organisatiecoach ? `; organisatiecoach: ${team.organisatiecoach}` : ''}.
          </Paragraph>
          {team.members.length === 0 ? <Paragraph>Nog geen leden.</Paragraph> : <TeamMemberList team={team} canEdit={canEdit} />}
          {canEdit && (
            <>
              <FormDisclosure summary="Nieuw lid invoeren">
                <MembersAddForm teamId={team.id} />
              </FormDisclosure>
              <FormDisclosure summary="Coach of procesbegeleider wijzigen">
                <TeamEditForm team={team} />
              </FormDisclosure>
            </>
          )}
        </>
      ) : (
        <>
          <Paragraph>Deze opgave heeft nog geen opgaveteam.</Paragraph>
          {/* A team is formed only for a chosen opgave (SELECTED or IN_PROGRESS): the API refuses it for the rest. */}
          {canEdit && (o.status === 'SELECTED' || o.status === 'IN_PROGRESS') && <TeamCreateForm opgaveId={o.id} />}
          {canEdit && o.status === 'COLLECTED' && <Paragraph>Een opgaveteam komt er zodra de opgave gekozen is.</Paragraph>}
        </>
      )}
    </section>
  );
}
