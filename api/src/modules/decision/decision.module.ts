import { defineModule, nodeByLoader, type NodeRead } from '../../shared/module';
import { DecisionResolver } from './decision.resolver';
import { createDecisionLoaders } from './decision.loaders';
import { Decision } from './decision.entity';
import { DecisionMinorityConfirmation } from './decision-minority.entity';
import { loadersOf } from '../../context';

export const decisionModule = defineModule({
  name: 'decision',
  resolvers: [DecisionResolver],
  loaders: { decision: ({ db, municipalityId }) => createDecisionLoaders(db, municipalityId) },
  nodeTypes: {
    Decision: nodeByLoader(Decision, (ctx): NodeRead => loadersOf(ctx).decision.decisionById),
  },
  tables: [
    { entity: Decision, policies: ['tenant_scope'] },
    { entity: DecisionMinorityConfirmation, policies: ['tenant_scope'] },
  ],
});
