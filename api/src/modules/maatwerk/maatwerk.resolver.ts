import { Arg, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { PeriodInput } from '../monitor/monitor.types';
import { MaatwerkInterval, MaatwerkLoadedMonth, MaatwerkSeries } from './maatwerk.types';

@Resolver(() => MaatwerkSeries)
export class MaatwerkResolver {
  @Query(() => MaatwerkSeries, {
    description:
      'The substitution curve: maatwerk of the Wmo administration (imported by the regisseur) per provision and in total, beside the ' +
      'algemene voorziening, per month, quarter or year of the period. Analysts get every figure protected (docs/disclosure-control.md).',
  })
  async maatwerkSeries(
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('granularity', () => MaatwerkInterval, { defaultValue: MaatwerkInterval.QUARTER }) granularity: MaatwerkInterval,
    @Ctx() ctx: Context,
  ): Promise<MaatwerkSeries> {
    return { buckets: await ctx.services.maatwerk.series(ctx.viewer, period, granularity), loadedMonths: null };
  }

  @FieldResolver(() => [MaatwerkLoadedMonth], {
    nullable: true,
    description: 'The months loaded, when and by whom: the regisseur only (null for analysts).',
  })
  async loadedMonths(@Ctx() ctx: Context): Promise<MaatwerkLoadedMonth[] | null> {
    return ctx.services.maatwerk.loadedMonths(ctx.viewer);
  }
}
