import { STAFF_ROLES, defineModule, tablesWith } from '../../shared/module';
import { Role } from '../user/user.entity';
import { ParticipationResolver, OpgaveParticipationResolver, OpgaveSelectionResolver, OpgaveRungChangeResolver } from './participation.resolver';
import { ParticipationService } from './participation.service';
import { createParticipationLoaders } from './participation.loaders';
import { OpgaveSelection, OpgaveRungChange } from './participation.entity';

export const participationModule = defineModule({
  name: 'participation',
  resolvers: [ParticipationResolver, OpgaveParticipationResolver, OpgaveSelectionResolver, OpgaveRungChangeResolver],
  services: { participation: ({ db, clock }) => new ParticipationService(db, clock) },
  loaders: { participation: ({ db, municipalityId }) => createParticipationLoaders(db, municipalityId) },
  tables: tablesWith(['tenant_scope'], OpgaveSelection, OpgaveRungChange),
  permissions: {
    'Query.podium': STAFF_ROLES,
    'Mutation.opgavenSelect': [Role.REGISSEUR],
  },
});
