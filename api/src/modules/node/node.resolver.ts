import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { canReadProviderArrangements, requireViewer } from '../../shared/auth/viewer';
import { fromGlobalId } from '../../shared/graphql/global-id';
import { Node } from '../../shared/graphql/node';
import { Role } from '../user/user.entity';
import { arrangementForAnalyst, reportForAnalyst } from '../arrangement/analyst-view';

type Tagged = { __typename: string };

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global id; null when it does not exist or you may not see it (the two answer alike).',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Tagged | null> {
    const viewer = requireViewer(ctx.viewer);
    const decoded = fromGlobalId(id);
    if (decoded === null) return null;
    const loaders = loadersOf(ctx);
    const tag = <T extends object>(row: T | null): (T & Tagged) | null => (row ? { ...row, __typename: decoded.type } : null);
    switch (decoded.type) {
      case 'Provider':
        return tag(await loaders.provider.providerById.load(decoded.id));
      case 'Convenant':
        return tag(await loaders.convenant.convenantById.load(decoded.id));
      case 'Arrangement': {
        const a = await loaders.arrangement.arrangementById.load(decoded.id);
        if (!a || !canReadProviderArrangements(viewer, a.providerId)) return null;
        // Analysts: a record they may not see is as absent as one that does not exist.
        if (viewer.role === Role.ANALYST)
          return (await ctx.services.arrangement.visibleAsRecord(viewer, a.id)) ? tag(arrangementForAnalyst(a)) : null;
        return tag(a);
      }
      case 'ArrangementReport': {
        const r = await loaders.arrangement.reportById.load(decoded.id);
        if (!r || !canReadProviderArrangements(viewer, r.providerId)) return null;
        if (viewer.role === Role.ANALYST)
          return (await ctx.services.arrangement.visibleAsRecord(viewer, r.arrangementId)) ? tag(reportForAnalyst(r)) : null;
        return tag(r);
      }
      case 'Opgave':
        return tag(await loaders.opgave.opgaveById.load(decoded.id));
      case 'Opgaveteam':
        return tag(await loaders.opgave.teamById.load(decoded.id));
      case 'Overleg':
        return tag(await loaders.overleg.overlegById.load(decoded.id));
      case 'Proposal':
        return tag(await loaders.proposal.proposalById.load(decoded.id));
      case 'Decision':
        return tag(await loaders.decision.decisionById.load(decoded.id));
      case 'Atelier':
        return tag(await loaders.atelier.atelierById.load(decoded.id));
      case 'Action':
        return tag(await loaders.action.actionById.load(decoded.id));
      case 'ImprovementTrack':
        return tag(await loaders.improvementTrack.trackById.load(decoded.id));
      case 'FundingAgreement': {
        const a = await loaders.funding.agreementById.load(decoded.id);
        return tag(a && ctx.services.funding.canRead(viewer, a) ? a : null);
      }
      case 'AnnualPlan': {
        const p = await loaders.annualPlan.planById.load(decoded.id);
        return tag(p && ctx.services.annualPlan.canRead(viewer, p.providerId) ? p : null);
      }
      case 'QuarterReport': {
        const q = await loaders.annualPlan.quarterReportById.load(decoded.id);
        return tag(q && ctx.services.annualPlan.canRead(viewer, q.providerId) ? q : null);
      }
      case 'User':
        if (decoded.id !== viewer.userId && viewer.role !== Role.REGISSEUR && viewer.role !== Role.ADMIN) return null;
        return tag(await loaders.user.userById.load(decoded.id));
      default:
        return null;
    }
  }
}
