import { STAFF_ROLES, defineModule, tablesWith } from '../../shared/module';
import { Role } from '../user/user.entity';
import { FundingAgreementResolver, FundingFlowResolver, FundingPositionResolver, OverviewFundingResolver } from './funding.resolver';
import { FundingService } from './funding.service';
import { createFundingLoaders } from './funding.loaders';
import { FundingAgreement, FundingPayment } from './funding.entity';
import { loadersOf } from '../../context';

export const fundingModule = defineModule({
  name: 'funding',
  resolvers: [FundingAgreementResolver, FundingFlowResolver, FundingPositionResolver, OverviewFundingResolver],
  services: { funding: ({ db, clock }) => new FundingService(db, clock) },
  loaders: { funding: ({ db, municipalityId }) => createFundingLoaders(db, municipalityId) },
  nodeTypes: {
    FundingAgreement: {
      entity: FundingAgreement,
      load: async (ctx, viewer, id): Promise<object | null> => {
        const a = await loadersOf(ctx).funding.agreementById.load(id);
        return a && ctx.services.funding.canRead(viewer, a) ? a : null;
      },
    },
  },
  tables: tablesWith(['no_participants', 'owner_all', 'tenant_scope'], FundingAgreement, FundingPayment),
  permissions: {
    'Query.fundingAgreements': [Role.REGISSEUR, Role.PROVIDER_REP],
    'Query.fundingFlows': STAFF_ROLES,
    'Mutation.fundingAgreementPropose': [Role.PROVIDER_REP],
    'Mutation.fundingAgreementAgree': [Role.PROVIDER_REP],
    'Mutation.fundingAgreementEnd': [Role.PROVIDER_REP],
    'Mutation.fundingAgreementDecline': [Role.PROVIDER_REP],
    'Mutation.fundingAgreementWithdraw': [Role.PROVIDER_REP],
    'Mutation.fundingPaymentRecord': [Role.PROVIDER_REP],
  },
});
