import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { isOwnProvider, requireViewer } from '../../shared/auth/viewer';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { toGlobalId } from '../../shared/graphql/global-id';
import { IDEMPOTENCY_KEY_DOC, payload } from '../../shared/graphql/payload';
import { pageWindow, toConnection } from '../../shared/pagination';
import { Provider } from '../provider/provider.entity';
import { Role } from '../user/user.entity';
import { Arrangement, ArrangementReport } from './arrangement.entity';
import { ARRANGEMENT_PROJECTION, REPORT_PROJECTION } from './arrangement.loaders';
import { reportForAnalyst } from './analyst-view';
import {
  ArrangementEndInput,
  ArrangementInput,
  ArrangementReportInput,
  ArrangementsArgs,
  ArrangementUpdateInput,
  ReportsArgs,
} from './arrangement.inputs';
import { ArrangementConnection, ArrangementPayload, ArrangementReportConnection, ArrangementReportPayload } from './arrangement.payloads';

@Resolver(() => Arrangement)
export class ArrangementResolver {
  @Query(() => ArrangementConnection, {
    description:
      "Arrangements of the municipality; a representative sees only their own provider's. Analysts see only arrangements that at " +
      'least 4 others share provider, product category, start and end month, goal attainment and plan month with, dated to the month.',
  })
  async arrangements(
    @Args(() => ArrangementsArgs) args: ArrangementsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<Arrangement>> {
    const service = ctx.services.arrangement;
    const { viewer, providerId } = service.listScope(ctx.viewer, args.filter);
    const window = pageWindow(args);
    const rows = await service.page(viewer, providerId, args.filter, window, ARRANGEMENT_PROJECTION.forConnection(info));
    return toConnection(rows, window, () => service.count(viewer, providerId, args.filter));
  }

  @Mutation(() => ArrangementPayload)
  async arrangementCreate(
    @Arg('input', () => ArrangementInput) input: ArrangementInput,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC }) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<ArrangementPayload> {
    return payload('arrangement', await ctx.services.arrangement.create(ctx.viewer, input, idempotencyKey));
  }

  @Mutation(() => ArrangementPayload)
  async arrangementUpdate(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ArrangementUpdateInput) input: ArrangementUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<ArrangementPayload> {
    return payload('arrangement', await ctx.services.arrangement.update(ctx.viewer, id, version, input));
  }

  @Mutation(() => ArrangementPayload)
  async arrangementEnd(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ArrangementEndInput) input: ArrangementEndInput,
    @Ctx() ctx: Context,
  ): Promise<ArrangementPayload> {
    return payload('arrangement', await ctx.services.arrangement.end(ctx.viewer, id, version, input));
  }

  @Mutation(() => ArrangementReportPayload)
  async arrangementReportAdd(
    @Arg('arrangementId', () => ID) arrangementId: string,
    @Arg('input', () => ArrangementReportInput) input: ArrangementReportInput,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC }) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<ArrangementReportPayload> {
    const outcome = await ctx.services.arrangement.addReport(ctx.viewer, arrangementId, input, idempotencyKey);
    return outcome.ok
      ? { report: outcome.value.report, arrangement: outcome.value.arrangement, userErrors: [] }
      : { report: null, arrangement: null, userErrors: outcome.problems };
  }

  @FieldResolver(() => ID)
  id(@Root() a: Arrangement): string {
    return toGlobalId('Arrangement', a.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "The provider's pseudonymous client key: only for that provider's representatives." })
  clientKey(@Root() a: Arrangement, @Ctx() ctx: Context): string | null {
    return isOwnProvider(requireViewer(ctx.viewer), a.providerId) ? a.clientKey : null;
  }

  @FieldResolver(() => String, {
    description: 'A stable pseudonym of the resident (keyed hash of provider and client key), for every role: counts people without knowing them.',
  })
  pseudonym(@Root() a: Arrangement, @Ctx() ctx: Context): string {
    return ctx.settings.pseudonymize(a.providerId, a.clientKey);
  }

  @FieldResolver(() => Provider)
  async provider(@Root() a: Arrangement, @Ctx() ctx: Context): Promise<Provider> {
    const provider = await loadersOf(ctx).provider.providerById.load(a.providerId);
    if (!provider) throw new Error(`provider ${a.providerId} of arrangement ${a.id} is missing`);
    return provider;
  }

  @FieldResolver(() => ArrangementReportConnection)
  async reports(
    @Root() a: Arrangement,
    @Args(() => ReportsArgs) args: ReportsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<ArrangementReport>> {
    const loaders = loadersOf(ctx).arrangement;
    const window = pageWindow(args);
    const columns = REPORT_PROJECTION.forConnection(info);
    const rows = await loaders.reportPageByArrangement.load({ parentId: a.id, limit: window.limit, afterId: window.afterId, columns });
    // Analysts reach only arrangements they may see as records; their reports are shown to the month, without remarks.
    const shown = requireViewer(ctx.viewer).role === Role.ANALYST ? rows.map(reportForAnalyst) : rows;
    return toConnection(shown, window, () => loaders.reportCountByArrangement.load(a.id));
  }
}

@Resolver(() => ArrangementReport)
export class ArrangementReportResolver {
  @FieldResolver(() => ID)
  id(@Root() r: ArrangementReport): string {
    return toGlobalId('ArrangementReport', r.id);
  }
}
