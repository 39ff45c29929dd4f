import { STAFF_ROLES, defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { ArrangementReportPayloadResolver, ArrangementReportResolver, ArrangementResolver } from './arrangement.resolver';
import { ReportCorrectionService } from './report-correction.service';
import { ArrangementNetworkPlanResolver, NetworkPlanResolver } from './network-plan.resolver';
import { ArrangementService } from './arrangement.service';
import { NetworkPlanService } from './network-plan.service';
import { createArrangementLoaders } from './arrangement.loaders';
import { createNetworkPlanLoaders } from './network-plan.loaders';
import { Arrangement, ArrangementReport } from './arrangement.entity';
import { NetworkPlan } from './network-plan.entity';
import { loadersOf } from '../../context';
import { canReadProviderArrangements } from '../../shared/auth/viewer';
import { arrangementForAnalyst, reportForAnalyst } from './analyst-view';

export const arrangementModule = defineModule({
  name: 'arrangement',
  resolvers: [ArrangementResolver, ArrangementReportResolver, ArrangementReportPayloadResolver, ArrangementNetworkPlanResolver, NetworkPlanResolver],
  services: {
    arrangement: ({ db, clock, settings }) => new ArrangementService(db, clock, settings.suppressionThreshold),
    networkPlan: ({ db, clock }) => new NetworkPlanService(db, clock),
    reportCorrection: ({ db }) => new ReportCorrectionService(db),
  },
  loaders: {
    arrangement: ({ db, municipalityId }) => createArrangementLoaders(db, municipalityId),
    networkPlan: ({ db, municipalityId }) => createNetworkPlanLoaders(db, municipalityId),
  },
  nodeTypes: {
    Arrangement: {
      entity: Arrangement,
      load: async (ctx, viewer, id): Promise<object | null> => {
        const a = await loadersOf(ctx).arrangement.arrangementById.load(id);
        if (!a || !canReadProviderArrangements(viewer, a.providerId)) return null;
        // Analysts: a record they may not see is as absent as one that does not exist.
        if (viewer.role === Role.ANALYST) return (await ctx.services.arrangement.visibleAsRecord(viewer, a.id)) ? arrangementForAnalyst(a) : null;
        return a;
      },
    },
    ArrangementReport: {
      entity: ArrangementReport,
      load: async (ctx, viewer, id): Promise<object | null> => {
        const r = await loadersOf(ctx).arrangement.reportById.load(id);
        if (!r || !canReadProviderArrangements(viewer, r.providerId)) return null;
        if (viewer.role === Role.ANALYST)
          return (await ctx.services.arrangement.visibleAsRecord(viewer, r.arrangementId)) ? reportForAnalyst(r) : null;
        return r;
      },
    },
  },
  tables: [
    { entity: Arrangement, policies: ['no_participants', 'owner_all', 'provider_scope'] },
    { entity: ArrangementReport, policies: ['no_participants', 'owner_all', 'provider_scope'] },
    { entity: NetworkPlan, policies: ['no_participants', 'owner_all', 'tenant_scope'] },
  ],
  permissions: {
    'Query.arrangements': STAFF_ROLES,
    'Mutation.arrangementCreate': [Role.PROVIDER_REP],
    'Mutation.arrangementUpdate': [Role.PROVIDER_REP],
    'Mutation.arrangementEnd': [Role.PROVIDER_REP],
    'Mutation.arrangementReportAdd': [Role.PROVIDER_REP],
    'Mutation.arrangementReportCorrect': [Role.PROVIDER_REP],
    'Mutation.arrangementNetworkPlanRecord': [Role.PROVIDER_REP],
  },
});
