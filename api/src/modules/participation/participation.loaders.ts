import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import type { OpgaveRungChange, OpgaveSelection } from './participation.entity';

export const SELECTION_COLUMNS = `s.id, s.decision_id AS "decisionId", s.opgave_id AS "opgaveId", s.votes, s.rank, s.selected,
  s.minority_wisdom AS "minorityWisdom"`;
export const RUNG_COLUMNS = `r.id, r.opgave_id AS "opgaveId", r.rung, r.previous_rung AS "previousRung", r.changed_by_user_id AS "changedByUserId",
  r.changed_at AS "changedAt"`;

export function createParticipationLoaders(db: RequestDb, municipalityId: number) {
  const { one, list } = batchLoaders(db, municipalityId);
  return {
    /** The most recent vote an opgave took part in. */
    latestSelectionByOpgaveId: one<OpgaveSelection>(
      `SELECT DISTINCT ON (s.opgave_id) ${SELECTION_COLUMNS} FROM opgave_selection s
          WHERE s.opgave_id = ANY($1) AND s.municipality_id = $2 ORDER BY s.opgave_id, s.id DESC`,
      (r) => r.opgaveId,
    ),
    rungHistoryByOpgaveId: list<OpgaveRungChange>(
      `SELECT ${RUNG_COLUMNS} FROM opgave_rung_change r WHERE r.opgave_id = ANY($1) AND r.municipality_id = $2 ORDER BY r.opgave_id, r.id`,
      (r) => r.opgaveId,
    ),
  };
}
export type ParticipationLoaders = ReturnType<typeof createParticipationLoaders>;
