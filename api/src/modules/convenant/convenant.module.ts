import { ALL_ROLES, defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { ConvenantResolver, ConvenantPartyResolver } from './convenant.resolver';
import { ConvenantService } from './convenant.service';
import { createConvenantLoaders } from './convenant.loaders';
import { Convenant, ConvenantParty } from './convenant.entity';
import { loadersOf } from '../../context';

export const convenantModule = defineModule({
  name: 'convenant',
  resolvers: [ConvenantResolver, ConvenantPartyResolver],
  services: {
    convenant: ({ db, clock }) => new ConvenantService(db, clock),
  },
  loaders: {
    convenant: ({ db, municipalityId }) => createConvenantLoaders(db, municipalityId),
  },
  nodeTypes: {
    Convenant: { entity: Convenant, load: (ctx, _viewer, id): Promise<object | null> => loadersOf(ctx).convenant.convenantById.load(id) },
  },
  tables: [
    { entity: Convenant, policies: ['tenant_scope'] },
    { entity: ConvenantParty, policies: ['tenant_scope'] },
  ],
  permissions: {
    'Query.convenants': ALL_ROLES,
    'Mutation.convenantCreate': [Role.REGISSEUR],
    'Mutation.convenantOpenForSigning': [Role.REGISSEUR],
    'Mutation.convenantSign': [Role.REGISSEUR, Role.PROVIDER_REP],
  },
});
