import DataLoader from 'dataloader';
import type { RequestDb } from '../../db/request-db';
import { byKey, batchLoaders } from '../../shared/loader-utils';
import { quarterBounds } from '../../shared/local-date';
import type { AnnualPlan, QuarterReport } from './annual-plan.entity';
import { TenantTable } from '../../shared/tenant-table';

export const PLAN_COLUMNS = `ap.id, ap.municipality_id AS "municipalityId", ap.provider_id AS "providerId", ap.year, ap.version, ap.status, ap.goals,
  ap.budget_lines AS "budgetLines", ap.created_by_user_id AS "createdByUserId", ap.adopted_at AS "adoptedAt",
  ap.adopted_by_user_id AS "adoptedByUserId", ap.created_at AS "createdAt", ap.updated_at AS "updatedAt"`;
export const ANNUAL_PLANS = new TenantTable<AnnualPlan>('annual_plan', 'ap', PLAN_COLUMNS);

export const QUARTER_COLUMNS = `q.id, q.municipality_id AS "municipalityId", q.plan_id AS "planId", q.provider_id AS "providerId", q.year, q.quarter,
  q.version, q.goal_progress AS "goalProgress", q.spent_cents_at_submission AS "spentCentsAtSubmission", q.submitted_on AS "submittedOn",
  q.submitted_by_user_id AS "submittedByUserId", q.reviewed_on AS "reviewedOn", q.review_attendees AS "reviewAttendees", q.verdict,
  q.review_remarks AS "reviewRemarks", q.review_actions AS "reviewActions", q.reviewed_by_user_id AS "reviewedByUserId",
  q.reopened_at AS "reopenedAt", q.reopen_reason AS "reopenReason", q.created_at AS "createdAt", q.updated_at AS "updatedAt"`;
export const QUARTER_REPORTS = new TenantTable<QuarterReport>('quarter_report', 'q', QUARTER_COLUMNS);

export interface SpentKey {
  providerId: number;
  year: number;
  quarter: number;
}

/**
 * What a provider spent in a quarter: the cost of its arrangement reports whose period starts in the quarter
 * (the overview's rule for costCents), so that the accountability and the reports always agree.
 */
export const SPENT_SQL = `
  SELECT k.i AS i, COALESCE(sum(r.cost_cents), 0)::bigint AS cents
    FROM unnest($1::bigint[], $2::date[], $3::date[]) WITH ORDINALITY AS k(provider_id, qs, qe, i)
    LEFT JOIN arrangement_report r ON r.municipality_id = $4 AND r.provider_id = k.provider_id AND r.period_start BETWEEN k.qs AND k.qe
   GROUP BY k.i ORDER BY k.i`;

/**
 * For analysts: the same sum with what the cell key method needs to protect it as the overview protects a provider's
 * cost of that quarter (the active arrangements of the cell and the sum of their record keys), so both answers agree.
 */
export const SPENT_CELL_SQL = `
  SELECT k.i AS i,
         (SELECT COALESCE(sum(r.cost_cents), 0)::bigint FROM arrangement_report r
           WHERE r.municipality_id = $4 AND r.provider_id = k.provider_id AND r.period_start BETWEEN k.qs AND k.qe) AS cents,
         c.n AS active, c.k AS "kActive"
    FROM unnest($1::bigint[], $2::date[], $3::date[]) WITH ORDINALITY AS k(provider_id, qs, qe, i)
    CROSS JOIN LATERAL (
      SELECT count(*) AS n, sum(a.record_key) % 4294967296 AS k FROM arrangement a
       WHERE a.municipality_id = $4 AND a.provider_id = k.provider_id AND a.requested_on <= k.qe
         AND a.starts_on <= k.qe AND (a.ended_on IS NULL OR a.ended_on >= k.qs)) c
   ORDER BY k.i`;

export interface SpentCell {
  cents: number;
  active: number;
  kActive: number | null;
}

export function createAnnualPlanLoaders(db: RequestDb, municipalityId: number) {
  const { one, list } = batchLoaders(db, municipalityId);
  /** A loader of one row per (provider, quarter), found by its 1-based position `i` in the batch. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- R is the row shape of `sql`, named by each caller; it types the query below
  const byProviderQuarter = <R extends { i: number }, V>(sql: string, value: (row: R | null) => V) =>
    new DataLoader<SpentKey, V, string>(
      async (keys) => {
        const bounds = keys.map((k) => quarterBounds(k.year, k.quarter));
        const rows = await db.query<R>(sql, [keys.map((k) => k.providerId), bounds.map((b) => b.from), bounds.map((b) => b.to), municipalityId]);
        return byKey(
          keys.map((_, index) => index + 1),
          rows,
          (r) => r.i,
        ).map(value);
      },
      { cacheKeyFn: (k) => `${k.providerId}|${k.year}|${k.quarter}` },
    );
  return {
    planById: one<AnnualPlan>(`SELECT ${PLAN_COLUMNS} FROM annual_plan ap WHERE ap.id = ANY($1) AND ap.municipality_id = $2`, (r) => r.id),
    quarterReportById: one<QuarterReport>(
      `SELECT ${QUARTER_COLUMNS} FROM quarter_report q WHERE q.id = ANY($1) AND q.municipality_id = $2`,
      (r) => r.id,
    ),
    /** The quarters of each plan whose report has been received. */
    reportedQuartersByPlanId: list<{ planId: number; quarter: number }>(
      `SELECT q.plan_id AS "planId", q.quarter FROM quarter_report q WHERE q.plan_id = ANY($1) AND q.municipality_id = $2 ORDER BY q.quarter`,
      (r) => r.planId,
    ),
    /** One statement for every (provider, quarter) asked for in a request. */
    spentCentsByProviderQuarter: byProviderQuarter<{ i: number; cents: number }, number>(SPENT_SQL, (r) => r?.cents ?? 0),
    /** The same with what analysts' protection needs (the count and the cell key behind the amount). */
    spentCellByProviderQuarter: byProviderQuarter<SpentCell & { i: number }, SpentCell>(
      SPENT_CELL_SQL,
      (r) => r ?? { cents: 0, active: 0, kActive: null },
    ),
  };
}
export type AnnualPlanLoaders = ReturnType<typeof createAnnualPlanLoaders>;
