import { STAFF_ROLES, defineModule, nodeByLoader, type NodeRead } from '../../shared/module';
import { ProviderResolver } from './provider.resolver';
import { ProviderService } from './provider.service';
import { createProviderLoaders } from './provider.loaders';
import { Provider } from './provider.entity';
import { loadersOf } from '../../context';

export const providerModule = defineModule({
  name: 'provider',
  resolvers: [ProviderResolver],
  services: { provider: ({ db }) => new ProviderService(db) },
  loaders: { provider: ({ db, municipalityId }) => createProviderLoaders(db, municipalityId) },
  nodeTypes: {
    Provider: nodeByLoader(Provider, (ctx): NodeRead => loadersOf(ctx).provider.providerById),
  },
  tables: [{ entity: Provider, policies: ['tenant_scope'] }],
  permissions: {
    'Query.providers': STAFF_ROLES,
  },
});
