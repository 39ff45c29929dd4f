import { STAFF_ROLES, defineModule, nodeByLoader, type NodeRead } from '../../shared/module';
import { Role } from '../user/user.entity';
import { ProviderResolver } from './provider.resolver';
import { withProviderAdminMutations } from './provider-admin.resolver';
import { ProviderService } from './provider.service';
import { ProviderAdminService } from './provider-admin.service';
import { createProviderLoaders } from './provider.loaders';
import { Provider } from './provider.entity';
import { loadersOf } from '../../context';

export const providerModule = defineModule({
  name: 'provider',
  resolvers: [withProviderAdminMutations(ProviderResolver)],
  services: {
    provider: ({ db }) => new ProviderService(db),
    providerAdmin: ({ db, clock }) => new ProviderAdminService(db, clock),
  },
  loaders: { provider: ({ db, municipalityId }) => createProviderLoaders(db, municipalityId) },
  nodeTypes: {
    Provider: nodeByLoader(Provider, (ctx): NodeRead => loadersOf(ctx).provider.providerById),
  },
  tables: [{ entity: Provider, policies: ['tenant_scope'] }],
  permissions: {
    'Query.providers': STAFF_ROLES,
    'Mutation.providerCreate': [Role.ADMIN, Role.REGISSEUR],
    'Mutation.providerUpdate': [Role.ADMIN, Role.REGISSEUR],
    'Mutation.providerDeactivate': [Role.ADMIN, Role.REGISSEUR],
    'Mutation.providerReactivate': [Role.ADMIN, Role.REGISSEUR],
  },
});
