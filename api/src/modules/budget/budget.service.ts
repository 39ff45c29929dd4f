import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { InputError } from '../../shared/errors/input-error';
import { ErrorCode, fail, ok, problem, type Outcome, type Problem } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { first } from '../../shared/loader-utils';
import { RequestService } from '../../shared/request-service';
import { Checks } from '../../shared/validation';
import { MAX_BUDGET_CENTS } from '../../shared/bounds';
import type { Queryable } from '../../db/database';
import type { ProductCategory } from '../arrangement/arrangement.entity';
import { Role } from '../user/user.entity';
import type { BudgetAllocation, BudgetReallocation } from './budget.entity';
import { ALLOCATION_COLUMNS, REALLOCATION_COLUMNS } from './budget.loaders';
import { allocationExcess, reallocationRefusal, type ReallocationRefusal } from './budget.rules';

export interface AllocationSet {
  convenantId: string;
  providerId: string;
  productCategory: ProductCategory;
  amountCents: number;
}

export interface Reallocate {
  from: string;
  to: string;
  amountCents: number;
  decisionId: string;
}

interface ConvenantFacts {
  id: number;
  status: string;
  budgetCents: number;
}

const convenantNotFound = (field = 'input.convenantId') => problem(ErrorCode.NOT_FOUND, 'No convenant with this id.', field);
const allocationNotFound = (field: string) => problem(ErrorCode.NOT_FOUND, 'No budget allocation with this id.', field);

const REFUSALS: Record<ReallocationRefusal, Problem> = {
  SAME_ALLOCATION: problem(ErrorCode.INVALID_INPUT, 'Money moves between two different allocations.', 'input.to'),
  OTHER_CONVENANT: problem(ErrorCode.INVALID_INPUT, 'Both allocations must belong to the same convenant.', 'input.to'),
  CONVENANT_NOT_IN_FORCE: problem(ErrorCode.INVALID_STATE, 'A reallocation is made while the convenant is in force.', 'input.from'),
  DECISION_REJECTED: problem(ErrorCode.INVALID_INPUT, 'A rejected decision cannot back a reallocation.', 'input.decisionId'),
  MORE_THAN_ALLOCATED: problem(ErrorCode.OVER_ALLOCATION, 'The amount is more than the allocation it comes from.', 'input.amountCents'),
};

/**
 * The convenant's budget per provider and product category. The regisseur allocates and reallocates; every staff role
 * reads (a representative only their own provider's allocations, by row security and here). Sums are checked under a
 * lock on the convenant's row, so two allocations at once cannot together pass the budget.
 */
export class BudgetService extends RequestService {
  /** The convenant's allocations the viewer may see; a representative's own provider's only. */
  async allocations(viewerOrNull: Viewer | null, convenantGlobalId: string): Promise<BudgetAllocation[]> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.ADMIN, Role.ANALYST, Role.PROVIDER_REP);
    const id = convenantIdOf(convenantGlobalId);
    return this.db.query<BudgetAllocation>(
      `SELECT ${ALLOCATION_COLUMNS} FROM budget_allocation ba WHERE ba.convenant_id = $1 AND ba.municipality_id = $2
          AND ($3::bigint IS NULL OR ba.provider_id = $3) ORDER BY ba.provider_id, ba.product_category`,
      [id, viewer.municipalityId, viewer.role === Role.PROVIDER_REP ? viewer.providerId : null],
    );
  }

  /** The history of reallocations, oldest first; a representative sees those that touch their provider. */
  async reallocations(viewerOrNull: Viewer | null, convenantGlobalId: string): Promise<BudgetReallocation[]> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.ADMIN, Role.ANALYST, Role.PROVIDER_REP);
    const id = convenantIdOf(convenantGlobalId);
    return this.db.query<BudgetReallocation>(
      `SELECT ${REALLOCATION_COLUMNS} FROM budget_reallocation br WHERE br.convenant_id = $1 AND br.municipality_id = $2
          AND ($3::bigint IS NULL OR br.from_provider_id = $3 OR br.to_provider_id = $3) ORDER BY br.id`,
      [id, viewer.municipalityId, viewer.role === Role.PROVIDER_REP ? viewer.providerId : null],
    );
  }

  /** REGISSEUR: set one provider's allocation for one category; the convenant's allocations together stay within its budget. */
  async set(viewerOrNull: Viewer | null, input: AllocationSet): Promise<Outcome<BudgetAllocation>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const convenantId = decodeIdOf('Convenant', input.convenantId);
    if (convenantId === null) return fail(convenantNotFound());
    const providerId = decodeIdOf('Provider', input.providerId);
    if (providerId === null) return fail(problem(ErrorCode.NOT_FOUND, 'No provider with this id.', 'input.providerId'));
    const checks = new Checks();
    checks.cents('input.amountCents', input.amountCents, MAX_BUDGET_CENTS);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const convenant = await lockConvenant(tx, viewer.municipalityId, convenantId);
      if (!convenant) return fail<BudgetAllocation>(convenantNotFound());
      if (convenant.status === 'ENDED') {
        return fail<BudgetAllocation>(problem(ErrorCode.INVALID_STATE, 'The convenant has ended: its budget is no longer allocated.', 'input.convenantId'));
      }
      const party = await tx.query(
        `SELECT 1 FROM convenant_party WHERE convenant_id = $1 AND kind = 'PROVIDER' AND provider_id = $2 AND municipality_id = $3`,
        [convenantId, providerId, viewer.municipalityId],
      );
      if (party.length === 0) {
        return fail<BudgetAllocation>(problem(ErrorCode.INVALID_INPUT, 'The provider is not a party to this convenant.', 'input.providerId'));
      }
      const [others] = await tx.query<{ cents: number }>(
        `SELECT COALESCE(sum(amount_cents), 0)::bigint AS cents FROM budget_allocation
          WHERE convenant_id = $1 AND NOT (provider_id = $2 AND product_category = $3)`,
        [convenantId, providerId, input.productCategory],
      );
      const excess = allocationExcess(others?.cents ?? 0, input.amountCents, convenant.budgetCents);
      if (excess !== null) {
        return fail<BudgetAllocation>(
          problem(ErrorCode.OVER_BUDGET, `The allocations together would exceed the convenant's budget by ${excess} cents.`, 'input.amountCents'),
        );
      }
      const row = first(
        await tx.query<BudgetAllocation>(
          `INSERT INTO budget_allocation AS ba (municipality_id, convenant_id, provider_id, product_category, amount_cents)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (convenant_id, provider_id, product_category)
           DO UPDATE SET amount_cents = EXCLUDED.amount_cents, version = ba.version + 1, updated_at = now()
           RETURNING ${ALLOCATION_COLUMNS}`,
          [viewer.municipalityId, convenantId, providerId, input.productCategory, input.amountCents],
        ),
        'one BudgetAllocation row',
      );
      return ok(row);
    });
  }

  /** REGISSEUR: move money between two allocations of a convenant in force, recorded with the decision it comes from. */
  async reallocate(viewerOrNull: Viewer | null, input: Reallocate): Promise<Outcome<BudgetReallocation>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const fromId = decodeIdOf('BudgetAllocation', input.from);
    if (fromId === null) return fail(allocationNotFound('input.from'));
    const toId = decodeIdOf('BudgetAllocation', input.to);
    if (toId === null) return fail(allocationNotFound('input.to'));
    const decisionId = decodeIdOf('Decision', input.decisionId);
    if (decisionId === null) return fail(problem(ErrorCode.NOT_FOUND, 'No decision with this id.', 'input.decisionId'));
    const checks = new Checks();
    checks.cents('input.amountCents', input.amountCents, MAX_BUDGET_CENTS, 1);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const allocations = await tx.query<BudgetAllocation>(
        `SELECT ${ALLOCATION_COLUMNS} FROM budget_allocation ba WHERE ba.id = ANY($1) AND ba.municipality_id = $2 ORDER BY ba.id FOR UPDATE`,
        [[fromId, toId], viewer.municipalityId],
      );
      const from = allocations.find((a) => a.id === fromId);
      const to = allocations.find((a) => a.id === toId);
      if (!from) return fail<BudgetReallocation>(allocationNotFound('input.from'));
      if (!to) return fail<BudgetReallocation>(allocationNotFound('input.to'));
      const convenant = await lockConvenant(tx, viewer.municipalityId, from.convenantId);
      const [decision] = await tx.query<{ outcome: string }>(`SELECT outcome FROM decision WHERE id = $1 AND municipality_id = $2`, [
        decisionId,
        viewer.municipalityId,
      ]);
      if (!decision) return fail<BudgetReallocation>(problem(ErrorCode.NOT_FOUND, 'No decision with this id.', 'input.decisionId'));
      const refusal = reallocationRefusal({
        fromId,
        toId,
        fromConvenantId: from.convenantId,
        toConvenantId: to.convenantId,
        fromAmountCents: from.amountCents,
        amountCents: input.amountCents,
        convenantInForce: convenant?.status === 'IN_FORCE',
        decisionRejected: decision.outcome === 'REJECTED',
      });
      if (refusal) return fail<BudgetReallocation>(REFUSALS[refusal]);
      await tx.query(
        `UPDATE budget_allocation SET amount_cents = amount_cents + CASE WHEN id = $1 THEN -$3::bigint ELSE $3::bigint END,
                version = version + 1, updated_at = now()
          WHERE id IN ($1, $2)`,
        [fromId, toId, input.amountCents],
      );
      const row = first(
        await tx.query<BudgetReallocation>(
          `INSERT INTO budget_reallocation AS br (municipality_id, convenant_id, from_allocation_id, to_allocation_id, from_provider_id,
             to_provider_id, amount_cents, decision_id, created_by_user_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${REALLOCATION_COLUMNS}`,
          [viewer.municipalityId, from.convenantId, fromId, toId, from.providerId, to.providerId, input.amountCents, decisionId, viewer.userId],
        ),
        'one BudgetReallocation row',
      );
      return ok(row);
    });
  }
}

/** A convenant's local id from a query argument; anything else is a clear input error on that argument. */
function convenantIdOf(globalId: string): number {
  const id = decodeIdOf('Convenant', globalId);
  if (id === null) throw new InputError('"convenantId" is not a convenant id.', 'convenantId');
  return id;
}

/** The convenant's row, locked for the transaction: allocations of one convenant are checked one at a time. */
async function lockConvenant(tx: Queryable, municipalityId: number, id: number): Promise<ConvenantFacts | null> {
  const [row] = await tx.query<ConvenantFacts>(
    `SELECT id, status, budget_cents AS "budgetCents" FROM convenant WHERE id = $1 AND municipality_id = $2 FOR UPDATE`,
    [id, municipalityId],
  );
  return row ?? null;
}
