import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import type { ImprovementTrack, ImprovementTrackEvaluation } from './improvement-track.entity';
import { TenantTable } from '../../shared/tenant-table';

export const TRACK_COLUMNS = `t.id, t.municipality_id AS "municipalityId", t.version, t.topic, t.step, t.wishes, t.goal, t.action_plan AS "actionPlan",
  t.started_on AS "startedOn", t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;
export const TRACKS = new TenantTable<ImprovementTrack>('improvement_track', 't', TRACK_COLUMNS);
export const EVALUATION_COLUMNS = `e.id, e.improvement_track_id AS "improvementTrackId", e.evaluated_on AS "evaluatedOn", e.findings,
  e.recorded_by_user_id AS "recordedByUserId", e.created_at AS "createdAt"`;
const EVALUATIONS = new TenantTable<ImprovementTrackEvaluation>('improvement_track_evaluation', 'e', EVALUATION_COLUMNS);

export function createImprovementTrackLoaders(db: RequestDb, municipalityId: number) {
  const { one, list } = batchLoaders(db, municipalityId);
  return {
    trackById: one<ImprovementTrack>(TRACKS.batchSelect('id'), (r) => r.id),
    evaluationsByTrackId: list<ImprovementTrackEvaluation>(
      EVALUATIONS.batchSelect('improvement_track_id', 'e.improvement_track_id, e.evaluated_on, e.id'),
      (r) => r.improvementTrackId,
    ),
  };
}
export type ImprovementTrackLoaders = ReturnType<typeof createImprovementTrackLoaders>;
