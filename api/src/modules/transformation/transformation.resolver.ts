import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { PeriodInput, SeriesInterval } from '../monitor/monitor.types';
import { Provider } from '../provider/provider.entity';
import { LighterFunding, Transformation } from './transformation.types';
import type { TransformationData } from './transformation.service';

type TransformationResult = TransformationData & { period: { from: string; to: string }; granularity: SeriesInterval };

@Resolver(() => Transformation)
export class TransformationResolver {
  @Query(() => Transformation, {
    description:
      'Is support shifting from care to welfare and volunteers? Arrangements, hours and cost per kind of provider per month or quarter ' +
      'and their shares, and the money care providers put into welfare and volunteer organisations against the hours those deliver. ' +
      'REGISSEUR exact; ANALYST protected like the overview (docs/disclosure-control.md); a PROVIDER_REP their own provider, exact.',
  })
  async transformation(
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('granularity', () => SeriesInterval, { defaultValue: SeriesInterval.QUARTER, description: 'Buckets of byProviderKind.' })
    granularity: SeriesInterval,
    @Arg('providerId', () => ID, { nullable: true, description: 'Only this provider (a representative: their own, always).' })
    providerId: string | null,
    @Ctx() ctx: Context,
  ): Promise<TransformationResult> {
    const service = ctx.services.transformation;
    const scope = service.scope(ctx.viewer, period, granularity, providerId);
    const data = await service.figures(scope);
    return { ...data, period: { from: scope.from, to: scope.to }, granularity };
  }
}

@Resolver(() => LighterFunding)
export class LighterFundingResolver {
  @FieldResolver(() => Provider)
  async provider(@Root() row: { providerId: number }, @Ctx() ctx: Context): Promise<Provider> {
    const provider = await loadersOf(ctx).provider.providerById.load(row.providerId);
    if (!provider) throw new Error(`provider ${row.providerId} is missing`);
    return provider;
  }
}
