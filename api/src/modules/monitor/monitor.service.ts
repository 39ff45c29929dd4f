import type { Queryable } from '../../db/database';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { InputError } from '../../shared/errors/input-error';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { requirePeriod } from '../../shared/validation';
import { proRataBudget } from '../funding/funding.rules';
import { Role } from '../user/user.entity';
import { ProductCategory } from '../arrangement/arrangement.entity';
import { ARRANGEMENT_FIGURES_SQL, ARRANGEMENT_SERIES_SQL, CONTEXT_SQL, REPORT_FIGURES_SQL, REPORT_SERIES_SQL } from './monitor.sql';
import { SeriesInterval, type Figures, type WaitingNow } from './monitor.types';
import type { Clock } from '../../clock';
import { allocationsInPeriod, allocationUsedRatio, type AllocationInPeriod } from '../budget/budget.rules';
import { perThousand, protect, thresholdFor, type CellKeys } from './disclosure.rules';

/** Exact counts and sums of one group, as SQL returns them. */
interface RawCounts {
  active: number;
  new: number;
  ended: number;
  uniqueResidents: number;
  withNetworkPlan: number;
  averageWaitingDays: number | null;
  achieved: number;
  partly: number;
  notAchieved: number;
}
/** Requests waiting now, of one group (absent in series). */
interface RawWaiting {
  waitingCount?: number;
  waitingMedianDays?: number | null;
  waitingLongestDays?: number | null;
}
interface RawMoney {
  costCents: number | null;
  hoursDelivered: number | null;
}
interface Grouped {
  byProvider: number;
  byCategory: number;
  providerId: number | null;
  productCategory: ProductCategory | null;
}
/** The rows of a grouping set name what they are grouped by: GROUPING() = 0 means the column is set. */
const perProvider = <G extends Grouped>(g: G): g is G & { providerId: number } => g.byProvider === 0 && g.providerId !== null;
const perCategory = <G extends Grouped>(g: G): g is G & { productCategory: ProductCategory } => g.byCategory === 0 && g.productCategory !== null;
interface ConvenantBudget {
  startsOn: string;
  endsOn: string;
  budgetCents: number;
}
interface Context {
  inhabitants: number;
  convenants: ConvenantBudget[] | null;
  allocations: AllocationInPeriod[] | null;
}

export interface OverviewScope {
  viewer: Viewer;
  from: string;
  to: string;
  providerId: number | null;
  /** Analysts: figures are protected (see protect) and derived figures of smaller groups left out; null for everyone else. */
  threshold: number | null;
}

export interface OverviewData {
  total: Figures;
  byProvider: (Figures & { providerId: number })[];
  byProductCategory: (Figures & { productCategory: ProductCategory })[];
}

const CATEGORY_ORDER = Object.values(ProductCategory);
const ZERO_COUNTS: RawCounts & CellKeys = {
  kActive: null,
  kNew: null,
  kEnded: null,
  active: 0,
  new: 0,
  ended: 0,
  uniqueResidents: 0,
  withNetworkPlan: 0,
  averageWaitingDays: null,
  achieved: 0,
  partly: 0,
  notAchieved: 0,
};

function waitingOf(w: RawWaiting): WaitingNow | null {
  if (w.waitingCount === undefined) return null;
  const median = w.waitingMedianDays ?? null;
  return {
    count: w.waitingCount,
    medianDaysWaited: median === null ? null : Math.round(median * 10) / 10,
    longestDaysWaited: w.waitingLongestDays ?? null,
    suppressed: [],
  };
}

function figuresOf(
  counts: RawCounts & RawWaiting,
  money: RawMoney | undefined,
  budgetCents: number | null,
  inhabitants: number,
  allocationCents: number | null = null,
): Figures {
  const costCents = money?.costCents ?? 0;
  return {
    waitingNow: waitingOf(counts),
    allocationCents,
    allocationUsedRatio: allocationUsedRatio(costCents, allocationCents),
    arrangements: { active: counts.active, new: counts.new, ended: counts.ended, suppressed: [] },
    uniqueResidents: counts.uniqueResidents,
    residentsPerThousandInhabitants: perThousand(counts.uniqueResidents, inhabitants),
    costCents,
    budgetCents,
    budgetUsedRatio: budgetCents ? Math.round((costCents / budgetCents) * 10000) / 10000 : null,
    costPerArrangementCents: counts.active > 0 ? Math.round(costCents / counts.active) : null,
    hoursDelivered: money?.hoursDelivered ?? 0,
    averageWaitingDays: counts.averageWaitingDays === null ? null : Math.round(counts.averageWaitingDays * 10) / 10,
    withNetworkPlan: counts.withNetworkPlan,
    goalAttainment: { achieved: counts.achieved, partly: counts.partly, notAchieved: counts.notAchieved, suppressed: [] },
    suppressed: [],
  };
}

/**
 * The provider a query of figures is about: the one asked for (null: every provider), and for a representative always
 * their own; another provider's id is refused with `refusal`.
 */
export function providerInScope(viewer: Viewer, providerGlobalId: string | null | undefined, refusal: string): number | null {
  let providerId: number | null = null;
  if (providerGlobalId) {
    providerId = decodeIdOf('Provider', providerGlobalId);
    if (providerId === null) throw new InputError('"providerId" is not a provider id.', 'providerId');
  }
  if (viewer.role === Role.PROVIDER_REP) {
    if (providerId !== null && providerId !== viewer.providerId) throw new ForbiddenError(refusal);
    providerId = viewer.providerId;
  }
  return providerId;
}

export class MonitorService {
  constructor(
    private readonly db: Queryable,
    private readonly suppressionThreshold: number,
    private readonly clock: Clock,
  ) {}

  /** Who may see what: the municipality's staff all; analysts all, protected; a representative only their own provider. */
  scope(viewerOrNull: Viewer | null, period: { from: string; to: string }, providerGlobalId: string | null | undefined): OverviewScope {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.ANALYST, Role.ADMIN, Role.PROVIDER_REP);
    requirePeriod(period);
    const providerId = providerInScope(viewer, providerGlobalId, 'A representative sees the overview of their own provider only.');
    return { viewer, from: period.from, to: period.to, providerId, threshold: thresholdFor(viewer, this.suppressionThreshold) };
  }

  async overview(scope: OverviewScope): Promise<OverviewData> {
    const params = [scope.viewer.municipalityId, scope.from, scope.to, scope.providerId];
    const [counts, money, [context]] = await Promise.all([
      this.db.query<RawCounts & RawWaiting & CellKeys & Grouped>(ARRANGEMENT_FIGURES_SQL, [...params, this.clock.today()]),
      this.db.query<RawMoney & Grouped>(REPORT_FIGURES_SQL, params),
      this.db.query<Context>(CONTEXT_SQL, params),
    ]);
    const inhabitants = context?.inhabitants ?? 0;
    const allocation = allocationsInPeriod(context?.allocations ?? null, scope.from, scope.to);
    // A provider's budget is not part of the convenant; only the whole (or a representative's own view of it) has none either.
    const budget = scope.providerId === null ? proRataBudget(context?.convenants ?? [], scope.from, scope.to) : null;
    const moneyOf = (pick: (m: Grouped) => boolean) => money.find(pick);
    const total = counts.find((c) => c.byProvider === 1 && c.byCategory === 1) ?? ZERO_COUNTS;
    const figures = (c: RawCounts & RawWaiting & CellKeys, m: RawMoney | undefined, b: number | null, a: number | null) =>
      protect(figuresOf(c, m, b, inhabitants, a), c, scope.threshold, inhabitants);
    /** A cell of a breakdown: its figures, with the money `pick` finds and the allocation, and the key it is by. */
    const cell = <K extends object>(c: RawCounts & RawWaiting & CellKeys, pick: (m: Grouped) => boolean, allocated: number | null, key: K) => ({
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- Figures is a type-graphql class used as a shape; protect() returns a plain object
      ...figures(c, moneyOf(pick), null, allocated),
      ...key,
    });
    return {
      total: figures(
        total,
        moneyOf((m) => m.byProvider === 1 && m.byCategory === 1),
        budget,
        allocation?.total ?? null,
      ),
      byProvider: counts
        .filter(perProvider)
        .sort((a, b) => a.providerId - b.providerId)
        .map((c) =>
          cell(c, (m) => m.byProvider === 0 && m.providerId === c.providerId, allocation?.byProvider.get(c.providerId) ?? null, {
            providerId: c.providerId,
          }),
        ),
      byProductCategory: counts
        .filter(perCategory)
        .sort((a, b) => CATEGORY_ORDER.indexOf(a.productCategory) - CATEGORY_ORDER.indexOf(b.productCategory))
        .map((c) =>
          cell(c, (m) => m.byCategory === 0 && m.productCategory === c.productCategory, allocation?.byCategory.get(c.productCategory) ?? null, {
            productCategory: c.productCategory,
          }),
        ),
    };
  }

  /** Per month or quarter; 'YEAR' for the maatwerk curve over the years (not offered by overview.series). */
  async series(scope: OverviewScope, interval: SeriesInterval | 'YEAR'): Promise<(Figures & { periodStart: string; periodEnd: string })[]> {
    const unit = interval === SeriesInterval.MONTH ? 'month' : interval === 'YEAR' ? 'year' : 'quarter';
    const params = [scope.viewer.municipalityId, scope.from, scope.to, scope.providerId, unit];
    const [counts, money, [context]] = await Promise.all([
      this.db.query<RawCounts & CellKeys & { periodStart: string; periodEnd: string }>(ARRANGEMENT_SERIES_SQL, params),
      this.db.query<RawMoney & { periodStart: string }>(REPORT_SERIES_SQL, params),
      this.db.query<Context>(CONTEXT_SQL, params.slice(0, 4)),
    ]);
    return counts.map((c) => ({
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- Figures is a type-graphql class used as a shape; protect() returns a plain object
      ...protect(
        figuresOf(
          c,
          money.find((m) => m.periodStart === c.periodStart),
          scope.providerId === null ? proRataBudget(context?.convenants ?? [], c.periodStart, c.periodEnd) : null,
          context?.inhabitants ?? 0,
          allocationsInPeriod(context?.allocations ?? null, c.periodStart, c.periodEnd)?.total ?? null,
        ),
        c,
        scope.threshold,
        context?.inhabitants ?? 0,
      ),
      periodStart: c.periodStart,
      periodEnd: c.periodEnd,
    }));
  }
}
