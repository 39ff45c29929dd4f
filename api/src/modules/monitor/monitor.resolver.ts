import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { Provider } from '../provider/provider.entity';
import type { Figures } from './monitor.types';
import { Overview, PeriodInput, ProviderFigures, SeriesFigures, SeriesInterval } from './monitor.types';
import type { OverviewScope } from './monitor.service';

/** The overview as resolved: its scope stays with it, so that `series` is computed only when asked, for the same scope. */
type OverviewResult = Figures & {
  period: { from: string; to: string };
  byProvider: (Figures & { providerId: number })[];
  byProductCategory: Figures[];
  scope: OverviewScope;
};

@Resolver(() => Overview)
export class OverviewResolver {
  @Query(() => Overview, {
    description:
      'How the algemene voorziening is doing in a period: reach, volume, cost against budget, waiting time and goal attainment, ' +
      'for the whole, per provider and per product category. Analysts get every figure protected by the cell key method ' +
      '(docs/disclosure-control.md); a representative sees their own provider, exact.',
  })
  async overview(
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('providerId', () => ID, { nullable: true, description: 'Only this provider.' }) providerId: string | null,
    @Ctx() ctx: Context,
  ): Promise<OverviewResult> {
    const scope = ctx.services.monitor.scope(ctx.viewer, period, providerId);
    const data = await ctx.services.monitor.overview(scope);
    return {
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- Figures is a type-graphql class used as a shape; the service builds plain objects
      ...data.total,

      period: { from: scope.from, to: scope.to },
      byProvider: data.byProvider,
      byProductCategory: data.byProductCategory,
      scope,
    };
  }

  @FieldResolver(() => [SeriesFigures], { description: 'The same figures per month or quarter of the period, for trends.' })
  async series(
    @Root() overview: OverviewResult,
    @Arg('interval', () => SeriesInterval) interval: SeriesInterval,
    @Ctx() ctx: Context,
  ): Promise<SeriesFigures[]> {
    return ctx.services.monitor.series(overview.scope, interval);
  }
}

@Resolver(() => ProviderFigures)
export class ProviderFiguresResolver {
  @FieldResolver(() => Provider)
  async provider(@Root() row: Figures & { providerId: number }, @Ctx() ctx: Context): Promise<Provider> {
    const provider = await loadersOf(ctx).provider.providerById.load(row.providerId);
    if (!provider) throw new Error(`provider ${row.providerId} is missing`);
    return provider;
  }
}
