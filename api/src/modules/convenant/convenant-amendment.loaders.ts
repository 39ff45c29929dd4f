import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import { TenantTable } from '../../shared/tenant-table';
import type { ConvenantAmendment, ConvenantAmendmentParty } from './convenant-amendment.entity';

export const AMENDMENT_COLUMNS = `a.id, a.municipality_id AS "municipalityId", a.convenant_id AS "convenantId", a.kind, a.status, a.reason,
  a.budget_cents AS "budgetCents", a.ends_on AS "endsOn", a.previous_budget_cents AS "previousBudgetCents", a.previous_ends_on AS "previousEndsOn",
  a.proposed_by_user_id AS "proposedByUserId", a.proposed_at AS "proposedAt", a.effective_on AS "effectiveOn"`;

export const AMENDMENT_PARTY_COLUMNS = `p.id, p.municipality_id AS "municipalityId", p.amendment_id AS "amendmentId", p.kind, p.provider_id AS "providerId",
  p.change, p.signed_at AS "signedAt", p.signed_by_user_id AS "signedByUserId"`;

const AMENDMENTS = new TenantTable<ConvenantAmendment>('convenant_amendment', 'a', AMENDMENT_COLUMNS);
const AMENDMENT_PARTIES = new TenantTable<ConvenantAmendmentParty>('convenant_amendment_party', 'p', AMENDMENT_PARTY_COLUMNS);

export function createAmendmentLoaders(db: RequestDb, municipalityId: number) {
  const { one, list } = batchLoaders(db, municipalityId);
  return {
    amendmentById: one<ConvenantAmendment>(AMENDMENTS.batchSelect('id'), (r) => r.id),
    /** Every amendment of a convenant, oldest first (the order of its versions). */
    amendmentsByConvenantId: list<ConvenantAmendment>(AMENDMENTS.batchSelect('convenant_id', 'a.convenant_id, a.id'), (r) => r.convenantId),
    /** The parties an amendment concerns: the municipality first, then providers in the order they were added. */
    partiesByAmendmentId: list<ConvenantAmendmentParty>(
      AMENDMENT_PARTIES.batchSelect('amendment_id', "p.amendment_id, (p.kind = 'MUNICIPALITY') DESC, p.id"),
      (r) => r.amendmentId,
    ),
  };
}
