import { defineModule, nodeByLoader, STAFF_ROLES, type NodeRead } from '../../shared/module';
import { DecisionListResolver, DecisionListService } from './decision-list';
import { DecisionResolver } from './decision.resolver';
import { createDecisionLoaders } from './decision.loaders';
import { Decision } from './decision.entity';
import { DecisionMinorityConfirmation } from './decision-minority.entity';
import { loadersOf } from '../../context';

export const decisionModule = defineModule({
  name: 'decision',
  resolvers: [DecisionResolver, DecisionListResolver],
  services: { decisionList: ({ db }) => new DecisionListService(db) },
  loaders: { decision: ({ db, municipalityId }) => createDecisionLoaders(db, municipalityId) },
  nodeTypes: {
    Decision: nodeByLoader(Decision, (ctx): NodeRead => loadersOf(ctx).decision.decisionById),
  },
  tables: [
    { entity: Decision, policies: ['tenant_scope'] },
    { entity: DecisionMinorityConfirmation, policies: ['tenant_scope'] },
  ],
  // The besluitenlijst is the staff's; a participant reads the decisions of the proposals they see through those.
  permissions: { 'Query.decisionList': STAFF_ROLES },
});
