import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { MEMBER_KIND_LABELS } from '../../lib/labels';
import { FormDisclosure } from './FormDisclosure';
import { MembersAddForm } from './MembersAddForm';
import type { OpgaveDetail } from './OpgavePage';
import { TeamCreateForm } from './TeamCreateForm';

/** The opgaveteam: residents and professionals, led by a procesbegeleider. */
export function TeamSection({ o, canEdit }: { o: OpgaveDetail; canEdit: boolean }) {
  const team = o.team;
  return (
    <section className="section" aria-labelledby="opgaveteam">
      <Heading2 id="opgaveteam">Opgaveteam</Heading2>
      {team ? (
        <>
          <Paragraph>
            Procesbegeleider: {team.procesbegeleider}
            {team.organisatiecoach ? `; organisatiecoach: ${team.organisatiecoach}` : ''}.
          </Paragraph>
          {team.members.length === 0 ? (
            <Paragraph>Nog geen leden.</Paragraph>
          ) : (
            <ul className="member-list" aria-label="Leden van het opgaveteam">
              {team.members.map((m, i) => (
                <li key={i}>
                  {m.name ?? 'Inwoner (naam afgeschermd)'} – {MEMBER_KIND_LABELS[m.kind]}
                  {m.organisation ? `, ${m.organisation}` : ''}
                </li>
              ))}
            </ul>
          )}
          {canEdit && (
            <FormDisclosure summary="Nieuw lid invoeren">
              <MembersAddForm teamId={team.id} />
            </FormDisclosure>
          )}
        </>
      ) : (
        <>
          <Paragraph>Deze opgave heeft nog geen opgaveteam.</Paragraph>
          {canEdit && <TeamCreateForm opgaveId={o.id} />}
        </>
      )}
    </section>
  );
}
