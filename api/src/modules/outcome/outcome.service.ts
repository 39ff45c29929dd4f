import type { Clock } from '../../clock';
import type { Queryable } from '../../db/database';
import type { RequestDb } from '../../db/request-db';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { fail, ok, type Outcome } from '../../shared/errors/problems';
import { RequestService } from '../../shared/request-service';
import { Checks, requirePeriod } from '../../shared/validation';
import { EndReason, ProductCategory } from '../arrangement/arrangement.entity';
import { thresholdFor } from '../monitor/disclosure.rules';
import { providerInScope } from '../monitor/monitor.service';
import { Role } from '../user/user.entity';
import { OutcomeIndicator } from './outcome.entity';
import { exactFigures, protectedFigures, type RawOutcome } from './outcome.figures';
import { DURATION_NORM_BOUNDS, EARLY_REASONS, EXTERNAL_REASONS, thresholdProblem } from './outcome.rules';
import { NORMS_SQL, OUTCOME_FIGURES_SQL } from './outcome.sql';
import type { DurationNormView, OutcomeFigures, OutcomeThresholdView, TransformationOutcomes } from './outcome.types';

/** A row of OUTCOME_FIGURES_SQL: the grouping, the counts, one column per end reason and the cell keys. */
export type OutcomeRow = Omit<RawOutcome, 'reasons'> &
  Record<`reason_${EndReason}`, number> & {
    byProvider: number;
    byCategory: number;
    providerId: number | null;
    productCategory: ProductCategory | null;
  };

export interface Norms {
  waitingNormDays: number;
  durationNorms: DurationNormView[];
}

const CATEGORY_ORDER = Object.values(ProductCategory);

export const rawOf = (row: OutcomeRow): RawOutcome => ({
  ...row,
  reasons: Object.fromEntries(Object.values(EndReason).map((r) => [r, row[`reason_${r}`]])) as Record<EndReason, number>,
});

/** The norms that apply in the municipality (one statement). */
export async function loadNorms(db: Queryable, municipalityId: number): Promise<Norms> {
  const [row] = await db.query<{ waitingNormDays: number; durationNorms: DurationNormView[] }>(NORMS_SQL, [municipalityId]);
  return { waitingNormDays: row?.waitingNormDays ?? 0, durationNorms: row?.durationNorms ?? [] };
}

/** The outcome rows of a period for the municipality, or one provider (one statement). */
export function loadOutcomeRows(db: Queryable, municipalityId: number, period: { from: string; to: string }, providerId: number | null, today: string) {
  return db.query<OutcomeRow>(OUTCOME_FIGURES_SQL, [municipalityId, period.from, period.to, providerId, today]);
}

/**
 * Outcomes under the inverted incentive: the figures (REGISSEUR exact, ANALYST protected, a PROVIDER_REP their own
 * provider exact), the regisseur's thresholds and the duration norms.
 */
export class OutcomeService extends RequestService {
  constructor(
    db: RequestDb,
    clock: Clock,
    private readonly suppressionThreshold: number,
  ) {
    super(db, clock);
  }

  async outcomes(viewerOrNull: Viewer | null, period: { from: string; to: string }, providerGlobalId: string | null | undefined): Promise<TransformationOutcomes> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.ANALYST, Role.PROVIDER_REP);
    requirePeriod(period);
    const providerId = providerInScope(viewer, providerGlobalId, 'A representative sees the outcomes of their own provider only.');
    const [norms, rows] = await Promise.all([
      loadNorms(this.db, viewer.municipalityId),
      loadOutcomeRows(this.db, viewer.municipalityId, period, providerId, this.clock.today()),
    ]);
    const threshold = thresholdFor(viewer, this.suppressionThreshold);
    const normOf = (c: ProductCategory | null) => (c === null ? null : (norms.durationNorms.find((n) => n.productCategory === c)?.normDays ?? null));
    const figures = (row: OutcomeRow): OutcomeFigures =>
      threshold === null
        ? exactFigures(rawOf(row), norms.waitingNormDays, normOf(row.productCategory))
        : protectedFigures(rawOf(row), norms.waitingNormDays, normOf(row.productCategory), threshold);
    const byCategory = (r: OutcomeRow) => CATEGORY_ORDER.indexOf(r.productCategory ?? ProductCategory.BEGELEIDING);
    const categories = (pick: (r: OutcomeRow) => boolean) =>
      rows
        .filter((r) => r.byCategory === 0 && pick(r))
        .sort((a, b) => byCategory(a) - byCategory(b))
        .map((r) => ({ productCategory: r.productCategory ?? ProductCategory.BEGELEIDING, figures: figures(r) }));
    const total = rows.find((r) => r.byProvider === 1 && r.byCategory === 1);
    return {
      period: { from: period.from, to: period.to },
      ...norms,
      earlyReasons: [...EARLY_REASONS],
      externalReasons: [...EXTERNAL_REASONS],
      total: figures(total ?? emptyRow()),
      byProvider: rows
        .filter((r) => r.byProvider === 0 && r.byCategory === 1)
        .sort((a, b) => (a.providerId ?? 0) - (b.providerId ?? 0))
        .map((r) => ({ providerId: r.providerId ?? 0, figures: figures(r), byProductCategory: categories((c) => c.byProvider === 0 && c.providerId === r.providerId) })),
      byProductCategory: categories((c) => c.byProvider === 1),
    };
  }

  /** REGISSEUR: the thresholds set, by indicator. */
  async thresholds(viewerOrNull: Viewer | null): Promise<OutcomeThresholdView[]> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    return loadThresholds(this.db, viewer.municipalityId);
  }

  /** REGISSEUR: set the threshold of an indicator (a share from 0 to 1, or whole days over the norm). */
  async setThreshold(viewerOrNull: Viewer | null, input: { indicator: OutcomeIndicator; value: number }): Promise<Outcome<OutcomeThresholdView[]>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const message = thresholdProblem(input.indicator, input.value);
    if (message !== null) {
      const checks = new Checks();
      checks.add('input.value', message);
      return fail(...checks.problems);
    }
    return this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO outcome_threshold AS t (municipality_id, indicator, value, updated_by_user_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (municipality_id, indicator) DO UPDATE SET value = EXCLUDED.value, updated_by_user_id = EXCLUDED.updated_by_user_id, updated_at = now()`,
        [viewer.municipalityId, input.indicator, input.value, viewer.userId],
      );
      return ok(await loadThresholds(tx, viewer.municipalityId));
    });
  }

  /** REGISSEUR: remove the threshold of an indicator (removing one that is not set changes nothing). */
  async removeThreshold(viewerOrNull: Viewer | null, indicator: OutcomeIndicator): Promise<Outcome<OutcomeThresholdView[]>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    return this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM outcome_threshold WHERE municipality_id = $1 AND indicator = $2`, [viewer.municipalityId, indicator]);
      return ok(await loadThresholds(tx, viewer.municipalityId));
    });
  }

  /** REGISSEUR: the duration norm of a product category, in days. */
  async setDurationNorm(viewerOrNull: Viewer | null, productCategory: ProductCategory, normDays: number): Promise<Outcome<DurationNormView[]>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.intRange('normDays', normDays, DURATION_NORM_BOUNDS.min, DURATION_NORM_BOUNDS.max);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO duration_norm AS d (municipality_id, product_category, norm_days, updated_by_user_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (municipality_id, product_category) DO UPDATE SET norm_days = EXCLUDED.norm_days, updated_by_user_id = EXCLUDED.updated_by_user_id, updated_at = now()`,
        [viewer.municipalityId, productCategory, normDays, viewer.userId],
      );
      return ok((await loadNorms(tx, viewer.municipalityId)).durationNorms);
    });
  }
}

export async function loadThresholds(db: Queryable, municipalityId: number): Promise<OutcomeThresholdView[]> {
  const rows = await db.query<{ indicator: OutcomeIndicator; value: string; updatedAt: Date }>(
    `SELECT indicator, value, updated_at AS "updatedAt" FROM outcome_threshold WHERE municipality_id = $1 ORDER BY indicator`,
    [municipalityId],
  );
  return rows.map((r) => ({ indicator: r.indicator, value: Number(r.value), updatedAt: r.updatedAt }));
}

function emptyRow(): OutcomeRow {
  const reasons = Object.fromEntries(Object.values(EndReason).map((r) => [`reason_${r}`, 0])) as Record<`reason_${EndReason}`, number>;
  return {
    ...reasons,
    byProvider: 1,
    byCategory: 1,
    providerId: null,
    productCategory: null,
    ended: 0,
    achieved: 0,
    partly: 0,
    notAchieved: 0,
    closed: 0,
    reRequested: 0,
    open: 0,
    started: 0,
    medianWaitingDays: null,
    withDuration: 0,
    medianDurationDays: null,
    medianDurationOverNormDays: null,
    kEnded: null,
    kNew: null,
    kClosed: null,
    kReRequested: null,
    kOpen: null,
  };
}
