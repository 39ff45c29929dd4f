import { proRataCents, type Span } from '../funding/funding.rules';
import { yearBounds } from '../../shared/local-date';

/**
 * The rules of a convenant's budget per provider and product category (#21 "Budget per provider"). Pure; table-tested
 * in __tests__/budget.rules.test.ts; the service reads the facts and applies these.
 */

/**
 * Whether a convenant's allocations fit its budget after one allocation is set to `amountCents`: the other allocations
 * plus the new amount at most the budget. Null when it fits, else by how much it would exceed.
 */
export function allocationExcess(otherAllocationsCents: number, amountCents: number, budgetCents: number): number | null {
  const total = otherAllocationsCents + amountCents;
  return total > budgetCents ? total - budgetCents : null;
}

export type ReallocationRefusal = 'SAME_ALLOCATION' | 'OTHER_CONVENANT' | 'MORE_THAN_ALLOCATED' | 'CONVENANT_NOT_IN_FORCE' | 'DECISION_REJECTED';

/**
 * A move of `amountCents` between two allocations during the convenant's period: between two different allocations of
 * one convenant in force, at most what the source has, and backed by a decision that was not a rejection.
 */
export function reallocationRefusal(move: {
  fromId: number;
  toId: number;
  fromConvenantId: number;
  toConvenantId: number;
  fromAmountCents: number;
  amountCents: number;
  convenantInForce: boolean;
  decisionRejected: boolean;
}): ReallocationRefusal | null {
  if (move.fromId === move.toId) return 'SAME_ALLOCATION';
  if (move.fromConvenantId !== move.toConvenantId) return 'OTHER_CONVENANT';
  if (!move.convenantInForce) return 'CONVENANT_NOT_IN_FORCE';
  if (move.decisionRejected) return 'DECISION_REJECTED';
  if (move.amountCents > move.fromAmountCents) return 'MORE_THAN_ALLOCATED';
  return null;
}

/** A provider's allocation under one convenant: the sum over its categories, for the convenant's whole period. */
export interface ProviderAllocation extends Span {
  amountCents: number;
}

/**
 * A provider's allocation for a calendar year: each convenant's allocation pro rata over the days of the year it covers,
 * summed. Null when the provider has no allocation under any convenant that covers part of the year: then nothing is
 * allocated to compare with, and a plan is not held to an allocation that does not exist.
 */
export function allocationForYear(allocations: readonly ProviderAllocation[], year: number): number | null {
  const { from, to } = yearBounds(year);
  const covering = allocations.filter((a) => a.startsOn <= to && a.endsOn >= from);
  if (covering.length === 0) return null;
  return covering.reduce((sum, a) => sum + proRataCents(a.amountCents, a, from, to), 0);
}

/** An annual plan fits when its budget is at most the provider's allocation for its year; without an allocation it fits. */
export function planFitsAllocation(planBudgetCents: number, allocationCents: number | null): boolean {
  return allocationCents === null || planBudgetCents <= allocationCents;
}

/** Cost against allocation as a ratio (four decimals); null without an allocation above zero. */
export function allocationUsedRatio(costCents: number | null, allocationCents: number | null): number | null {
  if (costCents === null || allocationCents === null || allocationCents <= 0) return null;
  return Math.round((costCents / allocationCents) * 10000) / 10000;
}

/** One allocation of a convenant in force, as the overview reads it. */
export interface AllocationInPeriod extends Span {
  providerId: number;
  productCategory: string;
  amountCents: number;
}

export interface AllocationTotals {
  total: number;
  byProvider: ReadonlyMap<number, number>;
  byCategory: ReadonlyMap<string, number>;
}

/**
 * The allocations that count for the period [from, to], each pro rata over the days of its convenant that fall in it
 * (as the convenant's budget counts): for the whole, per provider and per category. Null when there are none, so that
 * "nothing allocated" (null) stays apart from "allocated zero".
 */
export function allocationsInPeriod(rows: readonly AllocationInPeriod[] | null, from: string, to: string): AllocationTotals | null {
  if (!rows || rows.length === 0) return null;
  const byProvider = new Map<number, number>();
  const byCategory = new Map<string, number>();
  let total = 0;
  for (const r of rows) {
    const cents = proRataCents(r.amountCents, r, from, to);
    total += cents;
    byProvider.set(r.providerId, (byProvider.get(r.providerId) ?? 0) + cents);
    byCategory.set(r.productCategory, (byCategory.get(r.productCategory) ?? 0) + cents);
  }
  return { total, byProvider, byCategory };
}
