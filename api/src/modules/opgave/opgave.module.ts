import { ALL_ROLES, defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { OpgaveResolver, OpgaveteamResolver, OpgaveteamMemberResolver } from './opgave.resolver';
import { OpgaveService } from './opgave.service';
import { createOpgaveLoaders } from './opgave.loaders';
import { Opgave, Opgaveteam, OpgaveteamMember } from './opgave.entity';
import { loadersOf } from '../../context';

export const opgaveModule = defineModule({
  name: 'opgave',
  resolvers: [OpgaveResolver, OpgaveteamResolver, OpgaveteamMemberResolver],
  services: {
    opgave: ({ db }) => new OpgaveService(db),
  },
  loaders: {
    opgave: ({ db, municipalityId }) => createOpgaveLoaders(db, municipalityId),
  },
  nodeTypes: {
    Opgave: { entity: Opgave, load: (ctx, _viewer, id): Promise<object | null> => loadersOf(ctx).opgave.opgaveById.load(id) },
    Opgaveteam: { entity: Opgaveteam, load: (ctx, _viewer, id): Promise<object | null> => loadersOf(ctx).opgave.teamById.load(id) },
  },
  tables: [
    { entity: Opgave, policies: ['tenant_scope'] },
    { entity: Opgaveteam, policies: ['tenant_scope'] },
    { entity: OpgaveteamMember, policies: ['tenant_scope'] },
  ],
  permissions: {
    'Query.opgaven': ALL_ROLES,
    'Query.opgaveteams': ALL_ROLES,
    'Mutation.opgaveCreate': [Role.REGISSEUR],
    'Mutation.opgaveUpdate': [Role.REGISSEUR],
    'Mutation.opgaveteamCreate': [Role.REGISSEUR],
    'Mutation.opgaveteamMembersAdd': [Role.REGISSEUR],
  },
});
