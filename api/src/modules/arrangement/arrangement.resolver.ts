import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { isOwnProvider, requireViewer } from '../../shared/auth/viewer';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { addPayloadMutations, idArg, idempotencyKeyArg, inputArg, mutation, namedIdArg, versionArg } from '../../shared/graphql/payload-mutations';
import { pageOf, pageWindow, toConnection } from '../../shared/pagination';
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
  ArrangementReportCorrectInput,
  ArrangementUpdateInput,
  ReportsArgs,
} from './arrangement.inputs';
import {
  ArrangementConnection,
  ArrangementPayload,
  ArrangementReportConnection,
  ArrangementReportCorrectionPayload,
  ArrangementReportPayload,
} from './arrangement.payloads';

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
    const columns = ARRANGEMENT_PROJECTION.forConnection(info);
    return pageOf(
      args,
      (window) => service.page(viewer, providerId, args.filter, window, columns),
      () => service.count(viewer, providerId, args.filter),
    );
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
  @FieldResolver(() => ArrangementReport, { nullable: true, description: 'The report a REVERSAL or CORRECTION corrects; null for a REPORT.' })
  async correctsReport(@Root() r: ArrangementReport, @Ctx() ctx: Context): Promise<ArrangementReport | null> {
    if (r.correctsReportId === null) return null;
    const report = await loadersOf(ctx).arrangement.reportById.load(r.correctsReportId);
    return report && shownReport(ctx, report);
  }

  @FieldResolver(() => [ArrangementReport], {
    description: 'The reversal and, when the right values were given, the correction of this report: empty while it stands.',
  })
  async correctedBy(@Root() r: ArrangementReport, @Ctx() ctx: Context): Promise<ArrangementReport[]> {
    const rows = await loadersOf(ctx).arrangement.correctionsByReport.load(r.id);
    return rows.map((row) => shownReport(ctx, row));
  }
}

/** Analysts see reports to the month and without free text, wherever they meet them. */
function shownReport(ctx: Context, r: ArrangementReport): ArrangementReport {
  return requireViewer(ctx.viewer).role === Role.ANALYST ? reportForAnalyst(r) : r;
}

addPayloadMutations(ArrangementResolver, ArrangementPayload, 'arrangement', {
  arrangementCreate: mutation(undefined, [inputArg(ArrangementInput), idempotencyKeyArg], (ctx, input, idempotencyKey) =>
    ctx.services.arrangement.create(ctx.viewer, input, idempotencyKey),
  ),
  arrangementUpdate: mutation(undefined, [idArg, versionArg, inputArg(ArrangementUpdateInput)], (ctx, id, version, input) =>
    ctx.services.arrangement.update(ctx.viewer, id, version, input),
  ),
  arrangementEnd: mutation(undefined, [idArg, versionArg, inputArg(ArrangementEndInput)], (ctx, id, version, input) =>
    ctx.services.arrangement.end(ctx.viewer, id, version, input),
  ),
});

/**
 * A report's payload carries which arrangement it is of; the arrangement itself is read only when a client asks for it,
 * after the write has committed: a round trip in the write's transaction saved for every client that does not.
 */
@Resolver(() => ArrangementReportPayload)
export class ArrangementReportPayloadResolver {
  @FieldResolver(() => Arrangement, { nullable: true })
  arrangement(@Root() payload: { arrangementId: number | null }, @Ctx() ctx: Context): Promise<Arrangement | null> | null {
    return payload.arrangementId === null ? null : ctx.services.arrangement.afterReport(ctx.viewer, payload.arrangementId);
  }
}

addPayloadMutations(ArrangementResolver, ArrangementReportPayload, ['report', 'arrangementId'], {
  arrangementReportAdd: mutation(
    undefined,
    [namedIdArg('arrangementId'), inputArg(ArrangementReportInput), idempotencyKeyArg],
    (ctx, arrangementId, input, idempotencyKey) => ctx.services.arrangement.addReport(ctx.viewer, arrangementId, input, idempotencyKey),
  ),
});

addPayloadMutations(ArrangementResolver, ArrangementReportCorrectionPayload, ['reversal', 'correction', 'arrangement'], {
  arrangementReportCorrect: mutation(
    'Corrects a wrong report by counter-entries: a REVERSAL that negates it and, with hoursDelivered and costCents, a CORRECTION with the ' +
      'right values, both of its period and referring to it. The report itself stays; a report is corrected once.',
    [namedIdArg('reportId'), inputArg(ArrangementReportCorrectInput), idempotencyKeyArg],
    (ctx, reportId, input, idempotencyKey) => ctx.services.reportCorrection.correct(ctx.viewer, reportId, input, idempotencyKey),
  ),
});
