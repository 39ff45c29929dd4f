import { STAFF_ROLES, defineModule, nodeByLoader, tablesWith, type NodeRead } from '../../shared/module';
import { Role } from '../user/user.entity';
import { ConvenantResolver, ConvenantPartyResolver } from './convenant.resolver';
import { ConvenantService } from './convenant.service';
import { createConvenantLoaders } from './convenant.loaders';
import { Convenant, ConvenantParty } from './convenant.entity';
import { loadersOf } from '../../context';

export const convenantModule = defineModule({
  name: 'convenant',
  resolvers: [ConvenantResolver, ConvenantPartyResolver],
  services: { convenant: ({ db, clock }) => new ConvenantService(db, clock) },
  loaders: { convenant: ({ db, municipalityId }) => createConvenantLoaders(db, municipalityId) },
  nodeTypes: {
    Convenant: nodeByLoader(Convenant, (ctx): NodeRead => loadersOf(ctx).convenant.convenantById),
  },
  tables: tablesWith(['no_participants', 'tenant_scope'], Convenant, ConvenantParty),
  permissions: {
    'Query.convenants': STAFF_ROLES,
    'Mutation.convenantCreate': [Role.REGISSEUR],
    'Mutation.convenantOpenForSigning': [Role.REGISSEUR],
    'Mutation.convenantSign': [Role.REGISSEUR, Role.PROVIDER_REP],
  },
});
