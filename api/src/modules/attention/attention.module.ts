import { defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { AttentionResolver } from './attention.resolver';
import { AttentionService } from './attention.service';

export const attentionModule = defineModule({
  name: 'attention',
  resolvers: [AttentionResolver],
  services: { attention: ({ db, clock }) => new AttentionService(db, clock) },
  permissions: {
    'Query.attention': [Role.REGISSEUR, Role.ADMIN, Role.PROVIDER_REP],
  },
});
