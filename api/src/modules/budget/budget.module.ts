import { loadersOf } from '../../context';
import { STAFF_ROLES, defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { BudgetAllocation, BudgetReallocation } from './budget.entity';
import { createBudgetLoaders } from './budget.loaders';
import { BudgetAllocationResolver, BudgetReallocationResolver } from './budget.resolver';
import { BudgetService } from './budget.service';

export const budgetModule = defineModule({
  name: 'budget',
  resolvers: [BudgetAllocationResolver, BudgetReallocationResolver],
  services: { budget: ({ db, clock }) => new BudgetService(db, clock) },
  loaders: { budget: ({ db, municipalityId }) => createBudgetLoaders(db, municipalityId) },
  nodeTypes: {
    BudgetAllocation: {
      entity: BudgetAllocation,
      load: (ctx, _viewer, id): Promise<object | null> => loadersOf(ctx).budget.allocationById.load(id),
    },
  },
  tables: [
    { entity: BudgetAllocation, policies: ['no_participants', 'owner_all', 'tenant_scope'] },
    { entity: BudgetReallocation, policies: ['no_participants', 'owner_all', 'tenant_scope'] },
  ],
  permissions: {
    'Query.budgetAllocations': STAFF_ROLES,
    'Query.budgetReallocations': STAFF_ROLES,
    'Mutation.budgetAllocationSet': [Role.REGISSEUR],
    'Mutation.budgetReallocate': [Role.REGISSEUR],
  },
});
