import type { Queryable } from '../../db/database';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { InputError } from '../../shared/errors/input-error';
import { ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import type { PageWindow } from '../../shared/pagination';
import { MAX_BUDGET_CENTS } from '../../shared/bounds';
import { Checks, requirePeriod } from '../../shared/validation';
import { ConvenantStatus } from '../convenant/convenant.entity';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { Role } from '../user/user.entity';
import { FundingAgreementStatus, type FundingAgreement, type FundingPayment } from './funding.entity';
import { AGREEMENT_COLUMNS, PAYMENT_COLUMNS, PAYMENTS, AGREEMENTS } from './funding.loaders';
import { endDateProblem, flowsOf, paymentDateProblem, positionsOf, proRataCents, type FlowRow, type PositionRow } from './funding.rules';
import { TEXT_MAX } from '@regiekamer/texts';
import { first } from '../../shared/loader-utils';
import { RequestService } from '../../shared/request-service';

export interface FundingPropose {
  convenantId: string;
  toProviderId: string;
  periodStart: string;
  periodEnd: string;
  amountCents: number;
  purpose: string;
}

export interface FundingPaymentRecord {
  agreementId: string;
  paidOn: string;
  amountCents: number;
}

export interface FundingAgreementListFilter {
  status?: FundingAgreementStatus | null;
  providerId?: string | null;
}

const notFound = (field = 'id') => problem(ErrorCode.NOT_FOUND, 'No funding agreement with this id.', field);

/**
 * What the flows are made of, in one statement: each agreement that overlaps the period (its amount and span, to be
 * counted pro rata by funding.rules.ts; an ENDED agreement counts up to its end date) and the payments summed per pair by
 * their date. $4 limits a representative to the pairs their provider is in (row-level security does too).
 */
const FLOW_PARTS_SQL = `
  SELECT g.from_provider_id AS "fromProviderId", g.to_provider_id AS "toProviderId", g.amount_cents AS "amountCents",
         g.period_start AS "startsOn", g.period_end AS "endsOn", g.ended_on AS "endedOn", 0::bigint AS "paidCents"
    FROM funding_agreement g
   WHERE g.municipality_id = $1 AND g.status IN ('AGREED', 'ENDED') AND g.period_start <= $3 AND g.period_end >= $2
     AND ($4::bigint IS NULL OR g.from_provider_id = $4 OR g.to_provider_id = $4)
  UNION ALL
  SELECT p.from_provider_id, p.to_provider_id, NULL, NULL, NULL, NULL, sum(p.amount_cents)::bigint
    FROM funding_payment p
   WHERE p.municipality_id = $1 AND p.paid_on BETWEEN $2 AND $3 AND ($4::bigint IS NULL OR p.from_provider_id = $4 OR p.to_provider_id = $4)
   GROUP BY 1, 2`;

interface FlowPart {
  fromProviderId: number;
  toProviderId: number;
  amountCents: number | null;
  startsOn: string | null;
  endsOn: string | null;
  endedOn: string | null;
  paidCents: number;
}

/** An agreement's part counts its amount pro rata over the period; a payments part counts what was paid. */
function agreedOf(part: FlowPart, period: { from: string; to: string }): number {
  if (part.amountCents === null || part.startsOn === null || part.endsOn === null) return 0;
  return proRataCents(part.amountCents, { startsOn: part.startsOn, endsOn: part.endsOn }, period.from, period.to, part.endedOn);
}

/** Who sees an agreement: the regisseur and the two providers of the pair (node, lists and the audit trail). */
export function canReadFundingAgreement(viewer: Viewer, parties: { fromProviderId: number | null; toProviderId: number | null }): boolean {
  if (viewer.role === Role.REGISSEUR) return true;
  return viewer.role === Role.PROVIDER_REP && (parties.fromProviderId === viewer.providerId || parties.toProviderId === viewer.providerId);
}

export class FundingService extends RequestService {
  private readonly idempotency = new IdempotencyService(this.db);

  /**
   * Only the two providers of a pair and the regisseur see an agreement (analysts see totals, in fundingFlows).
   * A representative's list is their own pairs, whatever they ask for.
   */
  listScope(viewerOrNull: Viewer | null, filter: FundingAgreementListFilter | null | undefined): { viewer: Viewer; providerId: number | null } {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.PROVIDER_REP);
    let providerId: number | null = null;
    if (filter?.providerId) {
      providerId = decodeIdOf('Provider', filter.providerId);
      if (providerId === null) throw new InputError('"filter.providerId" is not a provider id.', 'filter.providerId');
    }
    if (viewer.role === Role.PROVIDER_REP) {
      if (providerId !== null && providerId !== viewer.providerId) throw new ForbiddenError("You cannot read another provider's funding.");
      providerId = viewer.providerId;
    }
    return { viewer, providerId };
  }

  canRead(viewer: Viewer, a: FundingAgreement): boolean {
    return canReadFundingAgreement(viewer, a);
  }

  async page(viewer: Viewer, providerId: number | null, filter: FundingAgreementListFilter | null | undefined, window: PageWindow) {
    return this.db.query<FundingAgreement>(
      `SELECT ${AGREEMENT_COLUMNS} FROM funding_agreement g
        WHERE g.municipality_id = $1 AND ($2::bigint IS NULL OR g.from_provider_id = $2 OR g.to_provider_id = $2)
          AND ($3::funding_agreement_status IS NULL OR g.status = $3) AND ($4::bigint IS NULL OR g.id > $4)
        ORDER BY g.id LIMIT $5`,
      [viewer.municipalityId, providerId, filter?.status ?? null, window.afterId, window.limit + 1],
    );
  }

  async count(viewer: Viewer, providerId: number | null, filter: FundingAgreementListFilter | null | undefined): Promise<number> {
    return this.db.count(
      `SELECT count(*) AS count FROM funding_agreement g
        WHERE g.municipality_id = $1 AND ($2::bigint IS NULL OR g.from_provider_id = $2 OR g.to_provider_id = $2)
          AND ($3::funding_agreement_status IS NULL OR g.status = $3)`,
      [viewer.municipalityId, providerId, filter?.status ?? null],
    );
  }

  /** The matrix from → to and the net positions, in one statement whatever the number of agreements and payments. */
  async flows(viewerOrNull: Viewer | null, period: { from: string; to: string }): Promise<{ flows: FlowRow[]; positions: PositionRow[] }> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.ANALYST, Role.ADMIN, Role.PROVIDER_REP);
    requirePeriod(period);
    const own = viewer.role === Role.PROVIDER_REP ? viewer.providerId : null;
    const parts = await this.db.query<FlowPart>(FLOW_PARTS_SQL, [viewer.municipalityId, period.from, period.to, own]);
    const flows = flowsOf(parts.map((p) => ({ ...p, agreedCents: agreedOf(p, period) })));
    // A representative's view of other providers would be partial (only the pairs with them): only their own position.
    const positions = positionsOf(flows).filter((p) => own === null || p.providerId === own);
    return { flows, positions };
  }

  async propose(viewerOrNull: Viewer | null, input: FundingPropose, idempotencyKey?: string | null): Promise<Outcome<FundingAgreement>> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    const fromProviderId = viewer.providerId;
    if (fromProviderId === null) throw new Error(`representative ${viewer.userId} has no provider`);
    const convenantId = decodeIdOf('Convenant', input.convenantId);
    const toProviderId = decodeIdOf('Provider', input.toProviderId);
    const checks = new Checks();
    if (convenantId === null) checks.add('input.convenantId', 'Not a convenant id.');
    if (toProviderId === null) checks.add('input.toProviderId', 'Not a provider id.');
    else if (toProviderId === fromProviderId) checks.add('input.toProviderId', 'A provider cannot fund itself.');
    checks.notBefore('input.periodEnd', input.periodEnd, input.periodStart, 'The period must not end before it starts.');
    checks.cents('input.amountCents', input.amountCents, MAX_BUDGET_CENTS, 1);
    checks.nonEmpty('input.purpose', input.purpose, TEXT_MAX.fundingPurpose);
    // A missing id has added a problem above; the test on it is what tells the compiler it is set below.
    if (toProviderId === null || !checks.ok) return fail(...checks.problems);

    return this.idempotency.once({
      viewer,
      key: idempotencyKey,
      operation: 'fundingAgreementPropose',
      input,
      remember: (a) => ({ agreementId: a.id }),
      replay: (r: { agreementId: number }) => this.reload(viewer, r.agreementId),
      write: async (tx) => {
        const [convenant] = await tx.query<{ status: ConvenantStatus; startsOn: string; endsOn: string; parties: number[] }>(
          `SELECT c.status, c.starts_on AS "startsOn", c.ends_on AS "endsOn",
                  ARRAY(SELECT p.provider_id FROM convenant_party p WHERE p.convenant_id = c.id AND p.provider_id IS NOT NULL) AS parties
             FROM convenant c WHERE c.id = $1 AND c.municipality_id = $2`,
          [convenantId, viewer.municipalityId],
        );
        if (!convenant) return fail<FundingAgreement>(problem(ErrorCode.NOT_FOUND, 'No convenant with this id.', 'input.convenantId'));
        if (convenant.status !== ConvenantStatus.IN_FORCE) {
          return fail<FundingAgreement>(
            problem(ErrorCode.INVALID_STATE, `Money flows only under a convenant in force; this one is ${convenant.status}.`, 'input.convenantId'),
          );
        }
        const parties = convenant.parties.map(Number);
        const inner = new Checks();
        if (!parties.includes(fromProviderId)) inner.add('input.convenantId', 'Your provider is not a party to this convenant.');
        if (!parties.includes(toProviderId)) inner.add('input.toProviderId', 'The receiving provider is not a party to this convenant.');
        inner.notBefore('input.periodStart', input.periodStart, convenant.startsOn, 'The period must lie within the convenant.');
        inner.notAfter('input.periodEnd', input.periodEnd, convenant.endsOn, 'The period must lie within the convenant.');
        if (!inner.ok) return fail<FundingAgreement>(...inner.problems);
        const row = first(
          await tx.query<FundingAgreement>(
            `INSERT INTO funding_agreement AS g (municipality_id, convenant_id, from_provider_id, to_provider_id, period_start, period_end,
             amount_cents, purpose, proposed_by_user_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${AGREEMENT_COLUMNS}`,
            [
              viewer.municipalityId,
              convenantId,
              fromProviderId,
              toProviderId,
              input.periodStart,
              input.periodEnd,
              input.amountCents,
              input.purpose.trim(),
              viewer.userId,
            ],
          ),
          'one FundingAgreement row',
        );
        // In this transaction: the receiving provider is told exactly when the proposal exists.
        await tx.query(`SELECT app_raise_event('funding_proposed', $1)`, [row.id]);
        return ok(row);
      },
    });
  }

  /** The receiving provider agrees; the payer agreed by proposing, so the agreement is then AGREED by both. */
  async agree(viewerOrNull: Viewer | null, globalId: string, version: number): Promise<Outcome<FundingAgreement>> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    return this.withLocked(viewer, globalId, async (tx, current) => {
      if (current.toProviderId !== viewer.providerId) throw new ForbiddenError("Only the receiving provider's representative agrees.");
      if (current.version !== version) return fail<FundingAgreement>(staleVersion(current.version));
      if (current.status !== FundingAgreementStatus.PROPOSED) {
        return fail<FundingAgreement>(
          problem(ErrorCode.INVALID_STATE, `Only a PROPOSED agreement can be agreed; this one is ${current.status}.`, 'id'),
        );
      }
      const [row] = await tx.query<FundingAgreement>(
        `UPDATE funding_agreement g SET status = 'AGREED', agreed_at = $3, agreed_by_user_id = $4, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING ${AGREEMENT_COLUMNS}`,
        [current.id, version, this.clock.now(), viewer.userId],
      );
      return row ? ok(row) : fail<FundingAgreement>(staleVersion(version + 1));
    });
  }

  /** Either provider of the pair ends an AGREED agreement; agreed money after the end date no longer counts. */
  async end(
    viewerOrNull: Viewer | null,
    globalId: string,
    version: number,
    input: { endedOn: string; reason?: string | null },
  ): Promise<Outcome<FundingAgreement>> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    return this.withLocked(viewer, globalId, async (tx, current) => {
      if (current.fromProviderId !== viewer.providerId && current.toProviderId !== viewer.providerId) {
        throw new ForbiddenError('Only the two providers of an agreement end it.');
      }
      if (current.version !== version) return fail<FundingAgreement>(staleVersion(current.version));
      if (current.status !== FundingAgreementStatus.AGREED) {
        return fail<FundingAgreement>(
          problem(ErrorCode.INVALID_STATE, `Only an AGREED agreement can be ended; this one is ${current.status}.`, 'id'),
        );
      }
      const checks = new Checks();
      checks.maxLength('input.reason', input.reason, TEXT_MAX.fundingPurpose);
      const date = endDateProblem(current, input.endedOn, this.clock.today());
      if (date) checks.problems.push(date);
      if (!checks.ok) return fail<FundingAgreement>(...checks.problems);
      const [row] = await tx.query<FundingAgreement>(
        `UPDATE funding_agreement g SET status = 'ENDED', ended_on = $3, closing_reason = $4, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING ${AGREEMENT_COLUMNS}`,
        [current.id, version, input.endedOn, (input.reason ?? '').trim() || null],
      );
      return row ? ok(row) : fail<FundingAgreement>(staleVersion(version + 1));
    });
  }

  /**
   * A PROPOSED agreement is closed without ever counting: DECLINED by the receiving provider, WITHDRAWN by the paying
   * one, each with the reason.
   */
  async close(
    viewerOrNull: Viewer | null,
    globalId: string,
    version: number,
    input: { reason: string },
    outcome: FundingAgreementStatus.DECLINED | FundingAgreementStatus.WITHDRAWN,
  ): Promise<Outcome<FundingAgreement>> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    return this.withLocked(viewer, globalId, async (tx, current) => {
      const side = outcome === FundingAgreementStatus.DECLINED ? current.toProviderId : current.fromProviderId;
      if (side !== viewer.providerId) {
        throw new ForbiddenError(
          outcome === FundingAgreementStatus.DECLINED
            ? 'Only the receiving provider declines a proposal.'
            : 'Only the paying provider withdraws a proposal.',
        );
      }
      if (current.version !== version) return fail<FundingAgreement>(staleVersion(current.version));
      if (current.status !== FundingAgreementStatus.PROPOSED) {
        return fail<FundingAgreement>(
          problem(ErrorCode.INVALID_STATE, `Only a PROPOSED agreement can be closed; this one is ${current.status}.`, 'id'),
        );
      }
      const checks = new Checks();
      checks.nonEmpty('input.reason', input.reason, TEXT_MAX.fundingPurpose);
      if (!checks.ok) return fail<FundingAgreement>(...checks.problems);
      const [row] = await tx.query<FundingAgreement>(
        `UPDATE funding_agreement g SET status = $3, closing_reason = $4, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING ${AGREEMENT_COLUMNS}`,
        [current.id, version, outcome, input.reason.trim()],
      );
      return row ? ok(row) : fail<FundingAgreement>(staleVersion(version + 1));
    });
  }

  /**
   * The payer records a payment on an AGREED agreement. The agreement row is locked, so two payments at once cannot
   * together exceed the agreed amount.
   */
  async recordPayment(
    viewerOrNull: Viewer | null,
    input: FundingPaymentRecord,
    idempotencyKey?: string | null,
  ): Promise<Outcome<{ payment: FundingPayment; agreement: FundingAgreement }>> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    const id = decodeIdOf('FundingAgreement', input.agreementId);
    if (id === null) return fail(notFound('input.agreementId'));
    const checks = new Checks();
    checks.notAfter('input.paidOn', input.paidOn, this.clock.today(), 'A payment cannot be recorded before it is made.');
    checks.cents('input.amountCents', input.amountCents, MAX_BUDGET_CENTS, 1);
    if (!checks.ok) return fail(...checks.problems);
    return this.idempotency.once({
      viewer,
      key: idempotencyKey,
      operation: 'fundingPaymentRecord',
      input,
      remember: (v) => ({ paymentId: v.payment.id, agreementId: v.agreement.id }),
      replay: (r: { paymentId: number; agreementId: number }) => this.reloadPayment(viewer, r.paymentId, r.agreementId),
      write: async (tx) => {
        const agreement = await AGREEMENTS.lock(tx, viewer.municipalityId, id);
        if (!agreement) return fail(notFound('input.agreementId'));
        if (agreement.fromProviderId !== viewer.providerId) throw new ForbiddenError('Only the paying provider records payments.');
        if (agreement.status !== FundingAgreementStatus.AGREED) {
          return fail(
            problem(ErrorCode.INVALID_STATE, `Payments are recorded on an AGREED agreement; this one is ${agreement.status}.`, 'input.agreementId'),
          );
        }
        const date = paymentDateProblem(agreement, input.paidOn, this.clock.today());
        if (date) return fail(date);
        const [paid] = await tx.query<{ cents: number }>(
          `SELECT COALESCE(sum(amount_cents), 0)::bigint AS cents FROM funding_payment WHERE agreement_id = $1`,
          [id],
        );
        const paidSoFar = paid?.cents ?? 0;
        if (paidSoFar + input.amountCents > agreement.amountCents) {
          return fail(
            problem(
              ErrorCode.INVALID_INPUT,
              `Payments would exceed the agreed amount: ${agreement.amountCents - paidSoFar} cents remain to be paid.`,
              'input.amountCents',
            ),
          );
        }
        const payment = first(
          await tx.query<FundingPayment>(
            `INSERT INTO funding_payment AS p (municipality_id, agreement_id, from_provider_id, to_provider_id, paid_on, amount_cents, recorded_by_user_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${PAYMENT_COLUMNS}`,
            [viewer.municipalityId, id, agreement.fromProviderId, agreement.toProviderId, input.paidOn, input.amountCents, viewer.userId],
          ),
          'one FundingPayment row',
        );
        return ok({ payment, agreement });
      },
    });
  }

  /** Runs `work` in a transaction on the agreement, locked; an unknown id (or one the viewer may not see) is NOT_FOUND. */
  private withLocked(
    viewer: Viewer,
    globalId: string,
    work: (tx: Queryable, current: FundingAgreement) => Promise<Outcome<FundingAgreement>>,
  ): Promise<Outcome<FundingAgreement>> {
    const id = decodeIdOf('FundingAgreement', globalId);
    if (id === null) return Promise.resolve(fail<FundingAgreement>(notFound()));
    return this.db.transaction(async (tx) => {
      const current = await AGREEMENTS.lock(tx, viewer.municipalityId, id);
      return current ? work(tx, current) : fail<FundingAgreement>(notFound());
    });
  }

  private async reload(viewer: Viewer, id: number): Promise<Outcome<FundingAgreement>> {
    const row = await AGREEMENTS.find(this.db, viewer.municipalityId, id);
    return row ? ok(row) : fail(notFound());
  }

  private async reloadPayment(
    viewer: Viewer,
    paymentId: number,
    agreementId: number,
  ): Promise<Outcome<{ payment: FundingPayment; agreement: FundingAgreement }>> {
    const payment = await PAYMENTS.find(this.db, viewer.municipalityId, paymentId);
    const agreement = await this.reload(viewer, agreementId);
    if (!payment || !agreement.ok) return fail(notFound('input.agreementId'));
    return ok({ payment, agreement: agreement.value });
  }
}
