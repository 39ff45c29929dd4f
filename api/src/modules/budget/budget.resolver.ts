import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { addPayloadMutations, inputArg, mutation } from '../../shared/graphql/payload-mutations';
import { Convenant } from '../convenant/convenant.entity';
import { Decision } from '../decision/decision.entity';
import { Provider } from '../provider/provider.entity';
import { BudgetAllocation, BudgetReallocation } from './budget.entity';
import { BudgetAllocationSetInput, BudgetReallocateInput } from './budget.inputs';
import { BudgetAllocationPayload, BudgetReallocationPayload } from './budget.payloads';

async function providerOf(ctx: Context, id: number): Promise<Provider> {
  const provider = await loadersOf(ctx).provider.providerById.load(id);
  if (!provider) throw new Error(`provider ${id} is missing`);
  return provider;
}

async function allocationOf(ctx: Context, id: number): Promise<BudgetAllocation | null> {
  return loadersOf(ctx).budget.allocationById.load(id);
}

@Resolver(() => BudgetAllocation)
export class BudgetAllocationResolver {
  @Query(() => [BudgetAllocation], {
    description:
      "A convenant's budget per provider and product category. Staff roles read; a representative only their own provider's allocations.",
  })
  budgetAllocations(@Arg('convenantId', () => ID) convenantId: string, @Ctx() ctx: Context): Promise<BudgetAllocation[]> {
    return ctx.services.budget.allocations(ctx.viewer, convenantId);
  }

  @Query(() => [BudgetReallocation], {
    description: "The reallocations of a convenant's budget, oldest first; a representative sees those that touch their provider.",
  })
  budgetReallocations(@Arg('convenantId', () => ID) convenantId: string, @Ctx() ctx: Context): Promise<BudgetReallocation[]> {
    return ctx.services.budget.reallocations(ctx.viewer, convenantId);
  }

  @FieldResolver(() => Provider)
  provider(@Root() a: BudgetAllocation, @Ctx() ctx: Context): Promise<Provider> {
    return providerOf(ctx, a.providerId);
  }

  @FieldResolver(() => Convenant, { nullable: true })
  convenant(@Root() a: BudgetAllocation, @Ctx() ctx: Context): Promise<Convenant | null> {
    return loadersOf(ctx).convenant.convenantById.load(a.convenantId);
  }
}

@Resolver(() => BudgetReallocation)
export class BudgetReallocationResolver {
  @FieldResolver(() => BudgetAllocation, { nullable: true, description: 'Where the money came from (null when the viewer may not see it).' })
  from(@Root() r: BudgetReallocation, @Ctx() ctx: Context): Promise<BudgetAllocation | null> {
    return allocationOf(ctx, r.fromAllocationId);
  }

  @FieldResolver(() => BudgetAllocation, { nullable: true, description: 'Where the money went (null when the viewer may not see it).' })
  to(@Root() r: BudgetReallocation, @Ctx() ctx: Context): Promise<BudgetAllocation | null> {
    return allocationOf(ctx, r.toAllocationId);
  }

  @FieldResolver(() => Provider)
  fromProvider(@Root() r: BudgetReallocation, @Ctx() ctx: Context): Promise<Provider> {
    return providerOf(ctx, r.fromProviderId);
  }

  @FieldResolver(() => Provider)
  toProvider(@Root() r: BudgetReallocation, @Ctx() ctx: Context): Promise<Provider> {
    return providerOf(ctx, r.toProviderId);
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'The decision this reallocation comes from.' })
  decision(@Root() r: BudgetReallocation, @Ctx() ctx: Context): Promise<Decision | null> {
    return loadersOf(ctx).decision.decisionById.load(r.decisionId);
  }
}

addPayloadMutations(BudgetAllocationResolver, BudgetAllocationPayload, 'allocation', {
  budgetAllocationSet: mutation(
    "REGISSEUR: set a provider's allocation of the convenant's budget for one product category (all together at most the budget).",
    [inputArg(BudgetAllocationSetInput)],
    (ctx, input) => ctx.services.budget.set(ctx.viewer, input),
  ),
});

addPayloadMutations(BudgetReallocationResolver, BudgetReallocationPayload, 'reallocation', {
  budgetReallocate: mutation(
    'REGISSEUR: move money between two allocations of a convenant in force, recorded with the decision it comes from (kept as history).',
    [inputArg(BudgetReallocateInput)],
    (ctx, input) => ctx.services.budget.reallocate(ctx.viewer, input),
  ),
});
