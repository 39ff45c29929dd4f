import { defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { WaitingListEntry, WaitingListSetting } from './waiting-list.entity';
import { WaitingListResolver } from './waiting-list.resolver';
import { WaitingListService } from './waiting-list.service';

export const waitingListModule = defineModule({
  name: 'waiting-list',
  resolvers: [WaitingListResolver],
  services: { waitingList: ({ db, clock }) => new WaitingListService(db, clock) },
  tables: [
    { entity: WaitingListEntry, policies: ['no_participants', 'owner_all', 'provider_scope'] },
    { entity: WaitingListSetting, policies: ['no_participants', 'owner_all', 'tenant_scope'] },
  ],
  permissions: {
    'Query.waitingList': [Role.REGISSEUR, Role.PROVIDER_REP],
    'Mutation.waitingListEntryUpdate': [Role.REGISSEUR, Role.PROVIDER_REP],
    'Mutation.waitingNormSet': [Role.REGISSEUR],
  },
});
