import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import type { RequestDb } from '../../db/request-db';
import { requireViewer } from '../../shared/auth/viewer';
import { batchLoaders } from '../../shared/loader-utils';
import { Decision } from '../decision/decision.entity';
import { participantScope } from '../participant/participant.scope';
import { seesProposals } from '../participant/participant.rules';
import { Proposal } from './proposal.entity';
import { PROPOSAL_COLUMNS } from './proposal.loaders';

/** The proposal a decision decided, by the decision's id (the besluitenlijst reads its title and the council's check). */
export function createDecisionProposalLoaders(db: RequestDb, municipalityId: number) {
  const { one } = batchLoaders(db, municipalityId);
  return {
    proposalByDecisionId: one<Proposal & { decisionId: number }>(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposal p WHERE p.decision_id = ANY($1) AND p.municipality_id = $2`,
      (r) => r.decisionId,
    ),
  };
}

@Resolver(() => Decision)
export class DecisionProposalResolver {
  @FieldResolver(() => Proposal, { nullable: true, description: 'The proposal it decided; null for a choice of opgaven, and for whom may not see proposals.' })
  async proposal(@Root() d: Decision, @Ctx() ctx: Context): Promise<Proposal | null> {
    const scope = await participantScope(ctx.db, requireViewer(ctx.viewer));
    if (scope !== null && !seesProposals(requireViewer(ctx.viewer).role, scope)) return null;
    return loadersOf(ctx).decisionProposal.proposalByDecisionId.load(d.id);
  }
}
