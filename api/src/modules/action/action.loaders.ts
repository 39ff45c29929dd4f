import DataLoader from 'dataloader';
import type { RequestDb } from '../../db/request-db';
import { groupByKey, batchLoaders, queryBatch } from '../../shared/loader-utils';
import type { ActionItem } from './action.entity';
import { TenantTable } from '../../shared/tenant-table';

export const ACTION_COLUMNS = `ai.id, ai.municipality_id AS "municipalityId", ai.version, ai.title, ai.owner_user_id AS "ownerUserId",
  ai.owner_name AS "ownerName", ai.due_on AS "dueOn", ai.status, ai.closed_on AS "closedOn", ai.source_kind AS "sourceKind",
  ai.overleg_id AS "overlegId", ai.atelier_id AS "atelierId", ai.decision_id AS "decisionId", ai.improvement_track_id AS "improvementTrackId",
  ai.quarter_report_id AS "quarterReportId",
  ai.created_at AS "createdAt", ai.updated_at AS "updatedAt"`;
export const ACTIONS = new TenantTable<ActionItem>('action_item', 'ai', ACTION_COLUMNS);

type SourceColumn = 'overleg_id' | 'atelier_id' | 'decision_id' | 'improvement_track_id' | 'quarter_report_id';
type SourceKey = 'overlegId' | 'atelierId' | 'decisionId' | 'improvementTrackId' | 'quarterReportId';

function bySource(db: RequestDb, municipalityId: number, column: SourceColumn, key: SourceKey) {
  return new DataLoader<number, ActionItem[]>(async (ids) => {
    const rows = await queryBatch<ActionItem>(
      db,
      `SELECT ${ACTION_COLUMNS} FROM action_item ai WHERE ai.${column} = ANY($1) AND ai.municipality_id = $2 ORDER BY ai.${column}, ai.due_on, ai.id`,
      ids,
      municipalityId,
    );
    return groupByKey(ids, rows, (r) => r[key]);
  });
}

export function createActionLoaders(db: RequestDb, municipalityId: number) {
  const { one } = batchLoaders(db, municipalityId);
  return {
    actionById: one<ActionItem>(`SELECT ${ACTION_COLUMNS} FROM action_item ai WHERE ai.id = ANY($1) AND ai.municipality_id = $2`, (r) => r.id),
    actionsByOverlegId: bySource(db, municipalityId, 'overleg_id', 'overlegId'),
    actionsByAtelierId: bySource(db, municipalityId, 'atelier_id', 'atelierId'),
    actionsByDecisionId: bySource(db, municipalityId, 'decision_id', 'decisionId'),
    actionsByTrackId: bySource(db, municipalityId, 'improvement_track_id', 'improvementTrackId'),
    actionsByQuarterReportId: bySource(db, municipalityId, 'quarter_report_id', 'quarterReportId'),
  };
}
export type ActionLoaders = ReturnType<typeof createActionLoaders>;
