import { ALL_ROLES, defineModule } from '../../shared/module';
import { ProviderResolver } from './provider.resolver';
import { ProviderService } from './provider.service';
import { createProviderLoaders } from './provider.loaders';
import { Provider } from './provider.entity';
import { loadersOf } from '../../context';

export const providerModule = defineModule({
  name: 'provider',
  resolvers: [ProviderResolver],
  services: {
    provider: ({ db }) => new ProviderService(db),
  },
  loaders: {
    provider: ({ db, municipalityId }) => createProviderLoaders(db, municipalityId),
  },
  nodeTypes: {
    Provider: { entity: Provider, load: (ctx, _viewer, id): Promise<object | null> => loadersOf(ctx).provider.providerById.load(id) },
  },
  tables: [{ entity: Provider, policies: ['tenant_scope'] }],
  permissions: {
    'Query.providers': ALL_ROLES,
  },
});
