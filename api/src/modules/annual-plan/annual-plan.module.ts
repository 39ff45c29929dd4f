import { STAFF_ROLES, defineModule, tablesWith } from '../../shared/module';
import { Role } from '../user/user.entity';
import { AnnualPlanResolver, QuarterReportResolver, ReviewAttendeeResolver } from './annual-plan.resolver';
import { AnnualPlanService } from './annual-plan.service';
import { createAnnualPlanLoaders } from './annual-plan.loaders';
import { AnnualPlan, QuarterReport } from './annual-plan.entity';
import { loadersOf } from '../../context';

export const annualPlanModule = defineModule({
  name: 'annual-plan',
  resolvers: [AnnualPlanResolver, QuarterReportResolver, ReviewAttendeeResolver],
  services: { annualPlan: ({ db, clock }) => new AnnualPlanService(db, clock) },
  loaders: { annualPlan: ({ db, municipalityId }) => createAnnualPlanLoaders(db, municipalityId) },
  nodeTypes: {
    AnnualPlan: {
      entity: AnnualPlan,
      load: async (ctx, viewer, id): Promise<object | null> => {
        const p = await loadersOf(ctx).annualPlan.planById.load(id);
        return p && ctx.services.annualPlan.canRead(viewer, p.providerId) ? p : null;
      },
    },
    QuarterReport: {
      entity: QuarterReport,
      load: async (ctx, viewer, id): Promise<object | null> => {
        const q = await loadersOf(ctx).annualPlan.quarterReportById.load(id);
        return q && ctx.services.annualPlan.canRead(viewer, q.providerId) ? q : null;
      },
    },
  },
  tables: tablesWith(['no_participants', 'owner_all', 'tenant_scope'], AnnualPlan, QuarterReport),
  permissions: {
    'Query.annualPlans': STAFF_ROLES,
    'Query.quarterReports': STAFF_ROLES,
    'Mutation.annualPlanCreate': [Role.REGISSEUR, Role.PROVIDER_REP],
    'Mutation.annualPlanAdopt': [Role.REGISSEUR],
    'Mutation.quarterReportSubmit': [Role.REGISSEUR, Role.PROVIDER_REP],
    'Mutation.quarterReportReview': [Role.REGISSEUR],
    'Mutation.quarterReportReopen': [Role.REGISSEUR],
  },
});
