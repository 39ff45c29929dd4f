import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import type { FundingAgreement, FundingPayment } from './funding.entity';
import { TenantTable } from '../../shared/tenant-table';

export const AGREEMENT_COLUMNS = `g.id, g.municipality_id AS "municipalityId", g.convenant_id AS "convenantId", g.from_provider_id AS "fromProviderId",
  g.to_provider_id AS "toProviderId", g.version, g.status, g.period_start AS "periodStart", g.period_end AS "periodEnd",
  g.amount_cents AS "amountCents", g.purpose, g.proposed_by_user_id AS "proposedByUserId", g.agreed_at AS "agreedAt",
  g.agreed_by_user_id AS "agreedByUserId", g.ended_on AS "endedOn", g.closing_reason AS "closingReason", g.created_at AS "createdAt", g.updated_at AS "updatedAt"`;
export const AGREEMENTS = new TenantTable<FundingAgreement>('funding_agreement', 'g', AGREEMENT_COLUMNS);

export const PAYMENT_COLUMNS = `p.id, p.municipality_id AS "municipalityId", p.agreement_id AS "agreementId", p.from_provider_id AS "fromProviderId",
  p.to_provider_id AS "toProviderId", p.paid_on AS "paidOn", p.amount_cents AS "amountCents", p.recorded_by_user_id AS "recordedByUserId",
  p.created_at AS "createdAt"`;
export const PAYMENTS = new TenantTable<FundingPayment>('funding_payment', 'p', PAYMENT_COLUMNS);

/** Row-level security already limits a representative to their own pairs; these loaders add the municipality as every loader does. */
export function createFundingLoaders(db: RequestDb, municipalityId: number) {
  const { one, list, total } = batchLoaders(db, municipalityId);
  return {
    agreementById: one<FundingAgreement>(AGREEMENTS.batchSelect('id'), (r) => r.id),
    paymentsByAgreementId: list<FundingPayment>(PAYMENTS.batchSelect('agreement_id', 'p.agreement_id, p.paid_on, p.id'), (r) => r.agreementId),
    paidCentsByAgreementId: total(
      `SELECT agreement_id AS "key", sum(amount_cents)::bigint AS "total" FROM funding_payment
          WHERE agreement_id = ANY($1) AND municipality_id = $2 GROUP BY agreement_id`,
    ),
  };
}
export type FundingLoaders = ReturnType<typeof createFundingLoaders>;
