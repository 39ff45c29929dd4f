import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import type { Proposal, ProposalPerspective } from './proposal.entity';
import type { ProposalStance } from './proposal-stance.entity';
import { TenantTable } from '../../shared/tenant-table';

export const PROPOSAL_COLUMNS = `p.id, p.municipality_id AS "municipalityId", p.version, p.title, p.description, p.submitted_on AS "submittedOn",
  p.urgent, p.status, p.decision_id AS "decisionId", p.feedback_on AS "feedbackOn", p.feedback_summary AS "feedbackSummary",
  p.council_checked_on AS "councilCheckedOn", p.council_verdict AS "councilVerdict", p.council_remarks AS "councilRemarks",
  p.submitted_by_user_id AS "submittedByUserId", p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;
export const PROPOSALS = new TenantTable<Proposal>('proposal', 'p', PROPOSAL_COLUMNS);
export const PERSPECTIVE_COLUMNS = `pp.id, pp.proposal_id AS "proposalId", pp.perspective, pp.position, pp.advice,
  pp.consulted_constituency AS "consultedConstituency", pp.recorded_by_user_id AS "recordedByUserId", pp.recorded_at AS "recordedAt"`;
const PERSPECTIVES = new TenantTable<ProposalPerspective>('proposal_perspective', 'pp', PERSPECTIVE_COLUMNS);
const STANCES = new TenantTable<ProposalStance>(
  'proposal_stance',
  's',
  `s.id, s.proposal_id AS "proposalId", s.user_id AS "userId", s.position, s.reason, s.recorded_at AS "recordedAt"`,
);

export function createProposalLoaders(db: RequestDb, municipalityId: number) {
  const { one, list } = batchLoaders(db, municipalityId);
  return {
    proposalById: one<Proposal>(PROPOSALS.batchSelect('id'), (r) => r.id),
    /** Every recorded perspective, oldest first: the newest per side is the current one. */
    perspectivesByProposalId: list<ProposalPerspective>(PERSPECTIVES.batchSelect('proposal_id', 'pp.proposal_id, pp.id'), (r) => r.proposalId),
    /** Every recorded stance, oldest first: the newest per person is theirs. */
    stancesByProposalId: list<ProposalStance>(STANCES.batchSelect('proposal_id', 's.proposal_id, s.id'), (r) => r.proposalId),
  };
}
export type ProposalLoaders = ReturnType<typeof createProposalLoaders>;
