import { ALL_ROLES, defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { AccessLinkService } from '../access-link/access-link.service';
import { ParticipantMembership } from './participant.entity';
import { ParticipantResolver } from './participant.resolver';
import { ParticipantService } from './participant.service';
import { PROCESBEGELEIDER_ROLES } from '../opgave/opgaveteam.rules';

/** Residents and client council members: what they belong to, and inviting them. */
export const participantModule = defineModule({
  name: 'participant',
  resolvers: [ParticipantResolver],
  services: {
    participant: ({ db, clock, settings }) => new ParticipantService(db, clock, new AccessLinkService(db, clock, settings.publicUrl ?? '')),
  },
  tables: [{ entity: ParticipantMembership, policies: ['tenant_scope'] }],
  permissions: {
    // The regisseur, and whoever is a team's procesbegeleider (staff or a resident): the service checks which team.
    'Mutation.participantInvite': [...new Set([Role.REGISSEUR, ...PROCESBEGELEIDER_ROLES])],
    'Query.myMemberships': ALL_ROLES,
  },
});
