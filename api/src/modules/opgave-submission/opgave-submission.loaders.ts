import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import type { OpgaveSubmission } from './opgave-submission.entity';

export const SUBMISSION_COLUMNS = `s.id, s.municipality_id AS "municipalityId", s.title, s.description, s.area, s.contact_email AS "contactEmail",
  s.status, s.opgave_id AS "opgaveId", s.decline_reason AS "declineReason", s.decided_by_user_id AS "decidedByUserId",
  s.decided_at AS "decidedAt", s.created_at AS "createdAt"`;

export function createOpgaveSubmissionLoaders(db: RequestDb, municipalityId: number) {
  const { one } = batchLoaders(db, municipalityId);
  return {
    submissionById: one<OpgaveSubmission>(
      `SELECT ${SUBMISSION_COLUMNS} FROM opgave_submission s WHERE s.id = ANY($1) AND s.municipality_id = $2`,
      (r) => r.id,
    ),
  };
}
