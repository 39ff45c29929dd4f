import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Field, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { thresholdFor } from '../monitor/disclosure.rules';
import { loadersOf } from '../../context';
import { canReadProviderArrangements, requireViewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { PageArgsType } from '../../shared/graphql/args';
import { ConnectionType, type ConnectionResult } from '../../shared/graphql/connection';
import { toGlobalId } from '../../shared/graphql/global-id';
import { pageWindow, toConnection } from '../../shared/pagination';
import type { Arrangement } from '../arrangement/arrangement.entity';
import { ProviderArrangementsArgs } from '../arrangement/arrangement.inputs';
import { ARRANGEMENT_PROJECTION } from '../arrangement/arrangement.loaders';
import { ArrangementConnection } from '../arrangement/arrangement.payloads';
import { Provider } from './provider.entity';

@ObjectType('Representative', { simpleResolvers: true })
export class RepresentativeType {
  @Field(() => ID, { description: "The representative's User id: the owner of an action, or a filter on actions." })
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;
}

export const ProviderConnection = ConnectionType('Provider', Provider);

@Resolver(() => Provider)
export class ProviderResolver {
  @Query(() => ProviderConnection, { description: 'The providers of the municipality.' })
  async providers(@Args(() => PageArgsType) args: PageArgsType, @Ctx() ctx: Context): Promise<ConnectionResult<Provider>> {
    const viewer = requireViewer(ctx.viewer);
    const window = pageWindow(args);
    const rows = await ctx.services.provider.page(viewer, window);
    return toConnection(rows, window, () => ctx.services.provider.count(viewer));
  }

  @FieldResolver(() => [RepresentativeType], {
    nullable: true,
    description: "The provider's representatives: for the municipality's staff and the provider itself (FORBIDDEN for others).",
  })
  async representatives(@Root() p: Provider, @Ctx() ctx: Context): Promise<RepresentativeType[]> {
    const viewer = requireViewer(ctx.viewer);
    if (!ctx.services.provider.canSeeRepresentatives(viewer, p.id))
      throw new ForbiddenError("You cannot see another organisation's representatives.");
    const representatives = await loadersOf(ctx).provider.representativesByProviderId.load(p.id);
    return representatives.map((r) => ({ ...r, id: toGlobalId('User', r.id) }));
  }

  @FieldResolver(() => ArrangementConnection, {
    nullable: true,
    description: "The provider's arrangements; another provider's representative gets FORBIDDEN.",
  })
  async arrangements(
    @Root() p: Provider,
    @Args(() => ProviderArrangementsArgs) args: ProviderArrangementsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<Arrangement>> {
    const viewer = requireViewer(ctx.viewer);
    if (!canReadProviderArrangements(viewer, p.id)) throw new ForbiddenError("You cannot read another provider's arrangements.");
    const loaders = loadersOf(ctx).arrangement;
    const window = pageWindow(args);
    const filter = {
      status: args.filter?.status ?? null,
      productCategory: args.filter?.productCategory ?? null,
      released: thresholdFor(viewer, ctx.settings.suppressionThreshold),
    };
    const columns = ARRANGEMENT_PROJECTION.forConnection(info);
    const rows = await loaders.arrangementPageByProvider.load({ parentId: p.id, limit: window.limit, afterId: window.afterId, ...filter, columns });
    return toConnection(rows, window, () => loaders.arrangementCountByProvider.load({ parentId: p.id, ...filter }));
  }
}
