import { ALL_ROLES, defineModule, nodeByLoader, tablesWith, type NodeRead } from '../../shared/module';
import { Role } from '../user/user.entity';
import { OpgaveResolver, OpgaveteamResolver, OpgaveteamMemberResolver } from './opgave.resolver';
import { OpgaveService } from './opgave.service';
import { OpgaveteamService } from './opgaveteam.service';
import { createOpgaveLoaders } from './opgave.loaders';
import { Opgave, Opgaveteam, OpgaveteamMember } from './opgave.entity';
import { loadersOf } from '../../context';

export const opgaveModule = defineModule({
  name: 'opgave',
  resolvers: [OpgaveResolver, OpgaveteamResolver, OpgaveteamMemberResolver],
  services: { opgave: ({ db }) => new OpgaveService(db), opgaveteam: ({ db }) => new OpgaveteamService(db) },
  loaders: { opgave: ({ db, municipalityId }) => createOpgaveLoaders(db, municipalityId) },
  nodeTypes: {
    Opgave: nodeByLoader(Opgave, (ctx): NodeRead => loadersOf(ctx).opgave.opgaveById),
    Opgaveteam: nodeByLoader(Opgaveteam, (ctx): NodeRead => loadersOf(ctx).opgave.teamById),
  },
  tables: tablesWith(['tenant_scope'], Opgave, Opgaveteam, OpgaveteamMember),
  permissions: {
    'Query.opgaven': ALL_ROLES,
    'Query.opgaveteams': ALL_ROLES,
    'Mutation.opgaveCreate': [Role.REGISSEUR],
    'Mutation.opgaveUpdate': [Role.REGISSEUR],
    'Mutation.opgaveteamCreate': [Role.REGISSEUR],
    'Mutation.opgaveteamMembersAdd': [Role.REGISSEUR],
    'Mutation.opgaveteamMemberRemove': [Role.REGISSEUR],
    'Mutation.opgaveteamUpdate': [Role.REGISSEUR],
  },
});
