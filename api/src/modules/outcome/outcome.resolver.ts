import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { addPayloadMutations, inputArg, mutation, type MutationArg } from '../../shared/graphql/payload-mutations';
import { ProductCategory } from '../arrangement/arrangement.entity';
import { PeriodInput } from '../monitor/monitor.types';
import { Provider } from '../provider/provider.entity';
import { OutcomeIndicator } from './outcome.entity';
import {
  DurationNormPayload,
  OutcomeThresholdInput,
  OutcomeThresholdsPayload,
  OutcomeThresholdView,
  ProviderOutcomes,
  TransformationOutcomes,
} from './outcome.types';

const indicatorArg: MutationArg<OutcomeIndicator> = { name: 'indicator', type: () => OutcomeIndicator };
const categoryArg: MutationArg<ProductCategory> = { name: 'productCategory', type: () => ProductCategory };
const normDaysArg: MutationArg<number> = { name: 'normDays', type: () => Int, description: 'Days, 1 to 3650.' };

@Resolver(() => TransformationOutcomes)
export class OutcomeResolver {
  @Query(() => TransformationOutcomes, {
    description:
      'Outcomes under the inverted incentive in a period: goal attainment at the end, early endings by reason, re-requests within six months, ' +
      'median waiting and duration against their norms; in total, per provider, per product category and per provider and category ' +
      '(docs/transformation.md). REGISSEUR exact; ANALYST protected by the cell key method (docs/disclosure-control.md); a PROVIDER_REP their own provider.',
  })
  transformationOutcomes(
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('providerId', () => ID, { nullable: true, description: 'Only this provider.' }) providerId: string | null,
    @Ctx() ctx: Context,
  ): Promise<TransformationOutcomes> {
    return ctx.services.outcome.outcomes(ctx.viewer, period, providerId);
  }

  @Query(() => [OutcomeThresholdView], {
    description: "REGISSEUR: the thresholds set per outcome indicator; a provider whose figure over the last twelve months crosses one is on the attention list.",
  })
  transformationThresholds(@Ctx() ctx: Context): Promise<OutcomeThresholdView[]> {
    return ctx.services.outcome.thresholds(ctx.viewer);
  }
}

@Resolver(() => ProviderOutcomes)
export class ProviderOutcomesResolver {
  @FieldResolver(() => Provider)
  async provider(@Root() row: ProviderOutcomes, @Ctx() ctx: Context): Promise<Provider> {
    const provider = await loadersOf(ctx).provider.providerById.load(row.providerId);
    if (!provider) throw new Error(`provider ${row.providerId} is missing`);
    return provider;
  }
}

addPayloadMutations(OutcomeResolver, OutcomeThresholdsPayload, 'thresholds', {
  transformationThresholdSet: mutation(
    'REGISSEUR: set the threshold of an outcome indicator (a share from 0 to 1 for the rates, whole days over the norm for the medians).',
    [inputArg(OutcomeThresholdInput)],
    (ctx, input) => ctx.services.outcome.setThreshold(ctx.viewer, input),
  ),
  transformationThresholdRemove: mutation(
    'REGISSEUR: remove the threshold of an outcome indicator; the providers it put on the attention list leave it.',
    [indicatorArg],
    (ctx, indicator) => ctx.services.outcome.removeThreshold(ctx.viewer, indicator),
  ),
});

addPayloadMutations(OutcomeResolver, DurationNormPayload, 'durationNorms', {
  durationNormSet: mutation(
    'REGISSEUR: the duration norm of a product category in days (outcome.rules.ts has the defaults).',
    [categoryArg, normDaysArg],
    (ctx, productCategory, normDays) => ctx.services.outcome.setDurationNorm(ctx.viewer, productCategory, normDays),
  ),
});
