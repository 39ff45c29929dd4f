import { defineModule } from '../../shared/module';
import { FundingService } from '../funding/funding.service';
import { Role } from '../user/user.entity';
import { LighterFundingResolver, TransformationResolver } from './transformation.resolver';
import { TransformationService } from './transformation.service';

/** The substitution from care to welfare and volunteers (the Transformatie page): read-only figures, no tables of its own. */
export const transformationModule = defineModule({
  name: 'transformation',
  resolvers: [TransformationResolver, LighterFundingResolver],
  services: {
    transformation: ({ db, settings, clock }) => new TransformationService(db, settings.suppressionThreshold, clock, new FundingService(db, clock)),
  },
  permissions: {
    'Query.transformation': [Role.REGISSEUR, Role.ANALYST, Role.PROVIDER_REP],
  },
});
