import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import type { BudgetAllocation, BudgetReallocation } from './budget.entity';

export const ALLOCATION_COLUMNS = `ba.id, ba.municipality_id AS "municipalityId", ba.convenant_id AS "convenantId", ba.provider_id AS "providerId",
  ba.product_category AS "productCategory", ba.amount_cents AS "amountCents", ba.version, ba.created_at AS "createdAt", ba.updated_at AS "updatedAt"`;
export const REALLOCATION_COLUMNS = `br.id, br.municipality_id AS "municipalityId", br.convenant_id AS "convenantId",
  br.from_allocation_id AS "fromAllocationId", br.to_allocation_id AS "toAllocationId", br.from_provider_id AS "fromProviderId",
  br.to_provider_id AS "toProviderId", br.amount_cents AS "amountCents", br.decision_id AS "decisionId",
  br.created_by_user_id AS "createdByUserId", br.created_at AS "createdAt"`;

export function createBudgetLoaders(db: RequestDb, municipalityId: number) {
  const { one, list } = batchLoaders(db, municipalityId);
  return {
    allocationById: one<BudgetAllocation>(
      `SELECT ${ALLOCATION_COLUMNS} FROM budget_allocation ba WHERE ba.id = ANY($1) AND ba.municipality_id = $2`,
      (r) => r.id,
    ),
    allocationsByConvenantId: list<BudgetAllocation>(
      `SELECT ${ALLOCATION_COLUMNS} FROM budget_allocation ba WHERE ba.convenant_id = ANY($1) AND ba.municipality_id = $2
        ORDER BY ba.convenant_id, ba.provider_id, ba.product_category`,
      (r) => r.convenantId,
    ),
    reallocationsByConvenantId: list<BudgetReallocation>(
      `SELECT ${REALLOCATION_COLUMNS} FROM budget_reallocation br WHERE br.convenant_id = ANY($1) AND br.municipality_id = $2
        ORDER BY br.convenant_id, br.id`,
      (r) => r.convenantId,
    ),
  };
}
export type BudgetLoaders = ReturnType<typeof createBudgetLoaders>;
