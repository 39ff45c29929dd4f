import type { Queryable } from '../../db/database';
import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';
import { allocationForYear, planFitsAllocation, type ProviderAllocation } from './budget.rules';

/**
 * An annual plan's budget must fit its provider's allocation for the plan's year (budget.rules.ts: the allocation of each
 * convenant that has not ended, pro rata over the days of the year it covers). Without any allocation it fits: nothing
 * has been divided yet. One statement; null when it fits.
 */
export async function planAllocationProblem(
  tx: Queryable,
  plan: { municipalityId: number; providerId: number | null; year: number; budgetCents: number },
  field: string,
): Promise<Problem | null> {
  if (plan.providerId === null) return null;
  const rows = await tx.query<ProviderAllocation>(
    `SELECT c.starts_on AS "startsOn", c.ends_on AS "endsOn", sum(ba.amount_cents)::bigint AS "amountCents"
       FROM budget_allocation ba JOIN convenant c ON c.id = ba.convenant_id
      WHERE ba.municipality_id = $1 AND ba.provider_id = $2 AND c.status <> 'ENDED'
        AND c.starts_on <= make_date($3, 12, 31) AND c.ends_on >= make_date($3, 1, 1)
      GROUP BY c.id, c.starts_on, c.ends_on`,
    [plan.municipalityId, plan.providerId, plan.year],
  );
  const allocation = allocationForYear(rows, plan.year);
  if (planFitsAllocation(plan.budgetCents, allocation)) return null;
  return problem(
    ErrorCode.OVER_ALLOCATION,
    `The plan's budget of ${plan.budgetCents} cents is above the provider's allocation of ${allocation ?? 0} cents for ${plan.year}.`,
    field,
  );
}
