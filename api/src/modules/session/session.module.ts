import { ALL_ROLES, defineModule } from '../../shared/module';
import { UserSession } from './session.entity';
import { SessionResolver } from './session.resolver';
import { SessionService } from './session.service';

export const sessionModule = defineModule({
  name: 'session',
  resolvers: [SessionResolver],
  services: {
    session: ({ db, clock }) => new SessionService(db, clock),
  },
  tables: [{ entity: UserSession, policies: ['own_sessions'] }],
  permissions: {
    'Query.mySessions': ALL_ROLES,
    'Mutation.sessionEnd': ALL_ROLES,
    // Everyone for themselves; for another user the service asks the same scope as userDeactivate.
    'Mutation.userSessionsEnd': ALL_ROLES,
    // Also without a valid session: it removes the cookie of one that ended.
    'Mutation.logout': ['ANONYMOUS', ...ALL_ROLES],
    'Mutation.sessionKeepAlive': ALL_ROLES,
  },
});
