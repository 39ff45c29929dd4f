import { ALL_ROLES, defineModule, nodeByLoader, tablesWith, type NodeRead } from '../../shared/module';
import { Role } from '../user/user.entity';
import { OverlegResolver, OverlegParticipantResolver, OverlegAgendaItemResolver } from './overleg.resolver';
import { OverlegService } from './overleg.service';
import { OverlegRolesResolver, OverlegRolesService } from './overleg-roles';
import { MINUTES_ROLES } from './overleg-roles.rules';
import { createOverlegLoaders } from './overleg.loaders';
import { Overleg, OverlegAgendaItem } from './overleg.entity';
import { loadersOf } from '../../context';

export const overlegModule = defineModule({
  name: 'overleg',
  resolvers: [OverlegResolver, OverlegParticipantResolver, OverlegAgendaItemResolver, OverlegRolesResolver],
  services: { overleg: ({ db, clock }) => new OverlegService(db, clock), overlegRoles: ({ db, clock }) => new OverlegRolesService(db, clock) },
  loaders: { overleg: ({ db, municipalityId }) => createOverlegLoaders(db, municipalityId) },
  nodeTypes: {
    Overleg: nodeByLoader(Overleg, (ctx): NodeRead => loadersOf(ctx).overleg.overlegById),
  },
  tables: tablesWith(['tenant_scope'], Overleg, OverlegAgendaItem),
  permissions: {
    'Query.overleggen': ALL_ROLES,
    'Mutation.overlegCreate': [Role.REGISSEUR],
    'Mutation.overlegUpdate': [Role.REGISSEUR],
    'Mutation.overlegCancel': [Role.REGISSEUR],
    'Mutation.overlegMinutesRecord': [...MINUTES_ROLES],
    'Mutation.overlegRolesSet': [Role.REGISSEUR],
    'Query.overlegRoleCandidates': [Role.REGISSEUR],
    'Mutation.overlegAgendaItemAdd': [Role.REGISSEUR, Role.PROVIDER_REP],
  },
});
