import DataLoader from 'dataloader';
import type { RequestDb } from '../../db/request-db';
import { groupByKey, batchLoaders, queryBatch } from '../../shared/loader-utils';
import type { Decision } from './decision.entity';

export const DECISION_COLUMNS = `d.id, d.municipality_id AS "municipalityId", d.kind, d.decided_on AS "decidedOn", d.outcome, d.text,
  d.votes_for AS "votesFor", d.votes_against AS "votesAgainst", d.votes_abstain AS "votesAbstain",
  COALESCE((SELECT c.text FROM decision_minority_confirmation c WHERE c.decision_id = d.id), d.minority_position) AS "minorityPosition",
  d.minority_position AS "minorityDraft",
  (SELECT c.confirmed_at FROM decision_minority_confirmation c WHERE c.decision_id = d.id) AS "minorityConfirmedAt",
  d.paper_for AS "paperFor", d.paper_against AS "paperAgainst", d.paper_abstain AS "paperAbstain",
  d.kerngroep_advice_weighing AS "kerngroepAdviceWeighing", d.responsible, d.overleg_id AS "overlegId", d.created_at AS "createdAt"`;

export function createDecisionLoaders(db: RequestDb, municipalityId: number) {
  const { one } = batchLoaders(db, municipalityId);
  return {
    decisionById: one<Decision>(`SELECT ${DECISION_COLUMNS} FROM decision d WHERE d.id = ANY($1) AND d.municipality_id = $2`, (r) => r.id),
    decisionsByOverlegId: new DataLoader<number, Decision[]>(async (ids) => {
      const rows = await queryBatch<Decision & { overlegId: number }>(
        db,
        `SELECT ${DECISION_COLUMNS} FROM decision d WHERE d.overleg_id = ANY($1) AND d.municipality_id = $2 ORDER BY d.overleg_id, d.id`,
        ids,
        municipalityId,
      );
      return groupByKey(ids, rows, (r) => r.overlegId);
    }),
  };
}
export type DecisionLoaders = ReturnType<typeof createDecisionLoaders>;
