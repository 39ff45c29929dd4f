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

export function createProposalLoaders(db: RequestDb, municipalityId: number) {
  const { one, list } = batchLoaders(db, municipalityId);
  return {
    proposalById: one<Proposal>(`SELECT ${PROPOSAL_COLUMNS} FROM proposal p WHERE p.id = ANY($1) AND p.municipality_id = $2`, (r) => r.id),
    /** Every recorded perspective, oldest first: the newest per side is the current one. */
    perspectivesByProposalId: list<ProposalPerspective>(
      `SELECT ${PERSPECTIVE_COLUMNS} FROM proposal_perspective pp WHERE pp.proposal_id = ANY($1) AND pp.municipality_id = $2
          ORDER BY pp.proposal_id, pp.id`,
      (r) => r.proposalId,
    ),
    /** Every recorded stance, oldest first: the newest per person is theirs. */
    stancesByProposalId: list<ProposalStance>(
      `SELECT s.id, s.proposal_id AS "proposalId", s.user_id AS "userId", s.position, s.reason, s.recorded_at AS "recordedAt"
         FROM proposal_stance s WHERE s.proposal_id = ANY($1) AND s.municipality_id = $2 ORDER BY s.proposal_id, s.id`,
      (r) => r.proposalId,
    ),
  };
}
export type ProposalLoaders = ReturnType<typeof createProposalLoaders>;
