import { STAFF_ROLES, defineModule, nodeByLoader, type NodeRead } from '../../shared/module';
import { Role } from '../user/user.entity';
import { ActionResolver, actionSourceResolvers } from './action.resolver';
import { ActionService } from './action.service';
import { createActionLoaders } from './action.loaders';
import { ActionItem } from './action.entity';
import { loadersOf } from '../../context';

export const actionModule = defineModule({
  name: 'action',
  resolvers: [ActionResolver, ...actionSourceResolvers],
  services: { action: ({ db, clock }) => new ActionService(db, clock) },
  loaders: { action: ({ db, municipalityId }) => createActionLoaders(db, municipalityId) },
  nodeTypes: {
    Action: nodeByLoader(ActionItem, (ctx): NodeRead => loadersOf(ctx).action.actionById),
  },
  tables: [{ entity: ActionItem, policies: ['tenant_scope'] }],
  permissions: {
    'Query.actions': STAFF_ROLES,
    'Mutation.actionCreate': [Role.REGISSEUR],
    'Mutation.actionComplete': [Role.REGISSEUR, Role.PROVIDER_REP],
    'Mutation.actionDrop': [Role.REGISSEUR, Role.PROVIDER_REP],
  },
});
