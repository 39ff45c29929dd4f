import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import type { Document } from './document.entity';
import { TenantTable } from '../../shared/tenant-table';

export const DOCUMENT_COLUMNS = `d.id, d.municipality_id AS "municipalityId", d.convenant_id AS "convenantId", d.proposal_id AS "proposalId",
  d.overleg_id AS "overlegId", d.annual_plan_id AS "annualPlanId", d.title, d.file_name AS "fileName", d.content_type AS "contentType",
  d.byte_size AS "byteSize", d.uploaded_by_user_id AS "uploadedByUserId", d.created_at AS "createdAt"`;
export const DOCUMENTS = new TenantTable<Document>('document', 'd', DOCUMENT_COLUMNS);

/** The owner columns, by the owner's kind (document.rules.ts). */
const byOwner = (column: string) =>
  `SELECT ${DOCUMENT_COLUMNS} FROM document d WHERE d.${column} = ANY($1) AND d.municipality_id = $2 ORDER BY d.${column}, d.id`;

/** Row security leaves out the documents of owners the viewer may not see, so the loaders need no check of their own. */
export function createDocumentLoaders(db: RequestDb, municipalityId: number) {
  const { one, list } = batchLoaders(db, municipalityId);
  return {
    documentById: one<Document>(`SELECT ${DOCUMENT_COLUMNS} FROM document d WHERE d.id = ANY($1) AND d.municipality_id = $2`, (r) => r.id),
    byConvenant: list<Document>(byOwner('convenant_id'), (r) => r.convenantId ?? 0),
    byProposal: list<Document>(byOwner('proposal_id'), (r) => r.proposalId ?? 0),
    byOverleg: list<Document>(byOwner('overleg_id'), (r) => r.overlegId ?? 0),
    byAnnualPlan: list<Document>(byOwner('annual_plan_id'), (r) => r.annualPlanId ?? 0),
  };
}
export type DocumentLoaders = ReturnType<typeof createDocumentLoaders>;
