import { ALL_ROLES, PARTICIPANT_ROLES, defineModule, nodeByLoader, tablesWith, type NodeRead } from '../../shared/module';
import { Role } from '../user/user.entity';
import { ProposalResolver, ProposalPerspectiveResolver } from './proposal.resolver';
import { ProposalService } from './proposal.service';
import { VoiceService } from './voice.service';
import { DecisionMinorityResolver, ProposalStanceResolver, ProposalVoiceResolver } from './voice.resolver';
import { createProposalLoaders } from './proposal.loaders';
import { Proposal, ProposalPerspective } from './proposal.entity';
import { ProposalStance } from './proposal-stance.entity';
import { loadersOf } from '../../context';
import { createDecisionProposalLoaders, DecisionProposalResolver } from './decision-proposal.resolver';

export const proposalModule = defineModule({
  name: 'proposal',
  resolvers: [ProposalResolver, ProposalPerspectiveResolver, ProposalVoiceResolver, ProposalStanceResolver, DecisionMinorityResolver, DecisionProposalResolver],
  services: { proposal: ({ db, clock }) => new ProposalService(db, clock), voice: ({ db, clock }) => new VoiceService(db, clock) },
  loaders: {
    proposal: ({ db, municipalityId }) => createProposalLoaders(db, municipalityId),
    decisionProposal: ({ db, municipalityId }) => createDecisionProposalLoaders(db, municipalityId),
  },
  nodeTypes: {
    Proposal: nodeByLoader(Proposal, (ctx): NodeRead => loadersOf(ctx).proposal.proposalById),
  },
  tables: tablesWith(['tenant_scope'], Proposal, ProposalPerspective, ProposalStance),
  permissions: {
    'Query.proposals': ALL_ROLES,
    'Mutation.proposalSubmit': [Role.REGISSEUR, Role.PROVIDER_REP, ...PARTICIPANT_ROLES],
    'Query.myTasks': [Role.REGISSEUR, Role.PROVIDER_REP, ...PARTICIPANT_ROLES],
    'Mutation.proposalPerspectiveRecord': [Role.REGISSEUR, Role.PROVIDER_REP, ...PARTICIPANT_ROLES],
    'Mutation.proposalStanceRecord': [Role.REGISSEUR, Role.PROVIDER_REP, ...PARTICIPANT_ROLES],
    'Mutation.proposalDecide': [Role.REGISSEUR],
    'Mutation.decisionMinorityConfirm': [Role.REGISSEUR, Role.PROVIDER_REP, ...PARTICIPANT_ROLES],
    'Mutation.proposalFeedbackRecord': [Role.REGISSEUR],
    'Mutation.proposalClientCouncilCheck': [Role.CLIENT_COUNCIL],
  },
});
