import type { BudgetConvenantsQuery, BudgetOfConvenantQuery } from '../../gql/graphql';

export type BudgetConvenant = BudgetConvenantsQuery['convenants']['edges'][number]['node'];
export type Allocation = BudgetOfConvenantQuery['budgetAllocations'][number];
export type Reallocation = BudgetOfConvenantQuery['budgetReallocations'][number];
