import { ALL_ROLES, defineModule } from '../../shared/module';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Full-text search over the other modules' tables (its indexes: migration FullTextSearch); it owns no table. */
export const searchModule = defineModule({
  name: 'search',
  resolvers: [SearchResolver],
  services: { search: ({ db }) => new SearchService(db) },
  permissions: {
    // Participants too: they find what their own lists show them (search.rules.ts).
    'Query.search': ALL_ROLES,
  },
});
