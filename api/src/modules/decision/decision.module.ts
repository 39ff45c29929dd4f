import { defineModule } from '../../shared/module';
import { DecisionResolver } from './decision.resolver';
import { createDecisionLoaders } from './decision.loaders';
import { Decision } from './decision.entity';
import { loadersOf } from '../../context';

export const decisionModule = defineModule({
  name: 'decision',
  resolvers: [DecisionResolver],
  loaders: {
    decision: ({ db, municipalityId }) => createDecisionLoaders(db, municipalityId),
  },
  nodeTypes: {
    Decision: { entity: Decision, load: (ctx, _viewer, id): Promise<object | null> => loadersOf(ctx).decision.decisionById.load(id) },
  },
  tables: [{ entity: Decision, policies: ['tenant_scope'] }],
});
