import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import { TenantTable } from '../../shared/tenant-table';
import type { OpgaveSubmission } from './opgave-submission.entity';

export const SUBMISSION_COLUMNS = `s.id, s.municipality_id AS "municipalityId", s.title, s.description, s.area, s.contact_email AS "contactEmail",
  s.status, s.opgave_id AS "opgaveId", s.decline_reason AS "declineReason", s.decided_by_user_id AS "decidedByUserId",
  s.decided_at AS "decidedAt", s.created_at AS "createdAt"`;
const SUBMISSIONS = new TenantTable<OpgaveSubmission>('opgave_submission', 's', SUBMISSION_COLUMNS);

export function createOpgaveSubmissionLoaders(db: RequestDb, municipalityId: number) {
  const { one } = batchLoaders(db, municipalityId);
  return {
    submissionById: one<OpgaveSubmission>(SUBMISSIONS.batchSelect('id'), (r) => r.id),
  };
}
