import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import { TenantTable } from '../../shared/tenant-table';
import type { BudgetAllocation, BudgetReallocation } from './budget.entity';

export const ALLOCATION_COLUMNS = `ba.id, ba.municipality_id AS "municipalityId", ba.convenant_id AS "convenantId", ba.provider_id AS "providerId",
  ba.product_category AS "productCategory", ba.amount_cents AS "amountCents", ba.version, ba.created_at AS "createdAt", ba.updated_at AS "updatedAt"`;
export const REALLOCATION_COLUMNS = `br.id, br.municipality_id AS "municipalityId", br.convenant_id AS "convenantId",
  br.from_allocation_id AS "fromAllocationId", br.to_allocation_id AS "toAllocationId", br.from_provider_id AS "fromProviderId",
  br.to_provider_id AS "toProviderId", br.amount_cents AS "amountCents", br.decision_id AS "decisionId",
  br.created_by_user_id AS "createdByUserId", br.created_at AS "createdAt"`;
const ALLOCATIONS = new TenantTable<BudgetAllocation>('budget_allocation', 'ba', ALLOCATION_COLUMNS);
const REALLOCATIONS = new TenantTable<BudgetReallocation>('budget_reallocation', 'br', REALLOCATION_COLUMNS);

export function createBudgetLoaders(db: RequestDb, municipalityId: number) {
  const { one, list } = batchLoaders(db, municipalityId);
  return {
    allocationById: one<BudgetAllocation>(ALLOCATIONS.batchSelect('id'), (r) => r.id),
    allocationsByConvenantId: list<BudgetAllocation>(
      ALLOCATIONS.batchSelect('convenant_id', 'ba.convenant_id, ba.provider_id, ba.product_category'),
      (r) => r.convenantId,
    ),
    reallocationsByConvenantId: list<BudgetReallocation>(REALLOCATIONS.batchSelect('convenant_id', 'br.convenant_id, br.id'), (r) => r.convenantId),
  };
}
export type BudgetLoaders = ReturnType<typeof createBudgetLoaders>;
