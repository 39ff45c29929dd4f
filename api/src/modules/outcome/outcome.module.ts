import { defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { DurationNorm, OutcomeThreshold } from './outcome.entity';
import { OutcomeResolver, ProviderOutcomesResolver } from './outcome.resolver';
import { OutcomeService } from './outcome.service';

export const outcomeModule = defineModule({
  name: 'outcome',
  resolvers: [OutcomeResolver, ProviderOutcomesResolver],
  services: { outcome: ({ db, clock, settings }) => new OutcomeService(db, clock, settings.suppressionThreshold) },
  tables: [
    { entity: OutcomeThreshold, policies: ['no_participants', 'owner_all', 'tenant_scope'] },
    { entity: DurationNorm, policies: ['no_participants', 'owner_all', 'tenant_scope'] },
  ],
  permissions: {
    'Query.transformationOutcomes': [Role.REGISSEUR, Role.ANALYST, Role.PROVIDER_REP],
    'Query.transformationThresholds': [Role.REGISSEUR],
    'Mutation.transformationThresholdSet': [Role.REGISSEUR],
    'Mutation.transformationThresholdRemove': [Role.REGISSEUR],
    'Mutation.durationNormSet': [Role.REGISSEUR],
  },
});
