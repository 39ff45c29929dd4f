import { ALL_ROLES, defineModule, nodeByLoader, tablesWith, type NodeRead } from '../../shared/module';
import { Role } from '../user/user.entity';
import { ProposalResolver, ProposalPerspectiveResolver } from './proposal.resolver';
import { ProposalService } from './proposal.service';
import { createProposalLoaders } from './proposal.loaders';
import { Proposal, ProposalPerspective } from './proposal.entity';
import { loadersOf } from '../../context';

export const proposalModule = defineModule({
  name: 'proposal',
  resolvers: [ProposalResolver, ProposalPerspectiveResolver],
  services: { proposal: ({ db, clock }) => new ProposalService(db, clock) },
  loaders: { proposal: ({ db, municipalityId }) => createProposalLoaders(db, municipalityId) },
  nodeTypes: {
    Proposal: nodeByLoader(Proposal, (ctx): NodeRead => loadersOf(ctx).proposal.proposalById),
  },
  tables: tablesWith(['tenant_scope'], Proposal, ProposalPerspective),
  permissions: {
    'Query.proposals': ALL_ROLES,
    'Mutation.proposalSubmit': [Role.REGISSEUR],
    'Mutation.proposalPerspectiveRecord': [Role.REGISSEUR, Role.PROVIDER_REP],
    'Mutation.proposalDecide': [Role.REGISSEUR],
    'Mutation.proposalFeedbackRecord': [Role.REGISSEUR],
    'Mutation.proposalClientCouncilCheck': [Role.REGISSEUR],
  },
});
