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
import { SeriesInterval, type Figures } from './monitor.types';
import { cellKey, derivedShown, Measure, perturbCount, perturbMagnitude } from './disclosure.rules';

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
/** Sums of the record keys (modulo 2^32) of the arrangements a cell counts: its cell keys. */
export interface CellKeys {
  kActive: number | string | null;
  kNew: number | string | null;
  kEnded: number | string | null;
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
interface ConvenantBudget {
  startsOn: string;
  endsOn: string;
  budgetCents: number;
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

/**
 * Statistical disclosure control for analysts (disclosure.rules.ts, docs/disclosure-control.md): every count is
 * perturbed with the cell key of the arrangements it counts, sums of money and hours and the average waiting time get
 * key-driven relative noise, and what is derived from a group whose published count is below the threshold (cost per
 * arrangement, waiting time) is left out and named in `suppressed`. The unperturbed figures never leave this function.
 */
export function protect(figures: Figures, keys: CellKeys, threshold: number | null, inhabitants: number): Figures {
  if (threshold === null) return figures;
  const count = (v: number | null, key: number | string | null, measure: Measure): number | null =>
    v === null ? null : perturbCount(v, cellKey(key, measure));
  const trueActive = figures.arrangements.active ?? 0;
  const trueNew = figures.arrangements.new ?? 0;
  const active = count(figures.arrangements.active, keys.kActive, Measure.ACTIVE) ?? 0;
  const started = count(figures.arrangements.new, keys.kNew, Measure.NEW) ?? 0;
  const residents = count(figures.uniqueResidents, keys.kActive, Measure.RESIDENTS);
  const costCents = figures.costCents === null ? null : perturbMagnitude(figures.costCents, trueActive, cellKey(keys.kActive, Measure.COST));
  const f: Figures = {
    arrangements: { active, new: started, ended: count(figures.arrangements.ended, keys.kEnded, Measure.ENDED), suppressed: [] },
    uniqueResidents: residents,
    residentsPerThousandInhabitants: perThousand(residents ?? 0, inhabitants),
    costCents,
    budgetCents: figures.budgetCents,
    budgetUsedRatio:
      figures.budgetCents && costCents !== null ? Math.round((costCents / figures.budgetCents) * 10000) / 10000 : figures.budgetUsedRatio,
    costPerArrangementCents: active > 0 && costCents !== null ? Math.round(costCents / active) : null,
    hoursDelivered:
      figures.hoursDelivered === null ? null : perturbMagnitude(figures.hoursDelivered, trueActive, cellKey(keys.kActive, Measure.HOURS), 2),
    averageWaitingDays:
      figures.averageWaitingDays === null ? null : perturbMagnitude(figures.averageWaitingDays, trueNew, cellKey(keys.kNew, Measure.WAITING_DAYS), 1),
    withNetworkPlan: count(figures.withNetworkPlan, keys.kActive, Measure.WITH_NETWORK_PLAN),
    goalAttainment: {
      achieved: count(figures.goalAttainment.achieved, keys.kEnded, Measure.ACHIEVED),
      partly: count(figures.goalAttainment.partly, keys.kEnded, Measure.PARTLY),
      notAchieved: count(figures.goalAttainment.notAchieved, keys.kEnded, Measure.NOT_ACHIEVED),
      suppressed: [],
    },
    suppressed: [],
  };
  if (!derivedShown(active, threshold) && f.costPerArrangementCents !== null) {
    f.costPerArrangementCents = null;
    f.suppressed.push('costPerArrangementCents');
  }
  if (!derivedShown(started, threshold) && f.averageWaitingDays !== null) {
    f.averageWaitingDays = null;
    f.suppressed.push('averageWaitingDays');
  }
  return f;
}

const perThousand = (residents: number, inhabitants: number): number | null =>
  inhabitants > 0 ? Math.round((residents * 10000) / inhabitants) / 10 : null;

function figuresOf(counts: RawCounts, money: RawMoney | undefined, budgetCents: number | null, inhabitants: number): Figures {
  const costCents = money?.costCents ?? 0;
  return {
    arrangements: { active: counts.active, new: counts.new, ended: counts.ended, suppressed: [] },
    uniqueResidents: counts.uniqueResidents,
    residentsPerThousandInhabitants: perThousand(counts.uniqueResidents, inhabitants),
    costCents,
    budgetCents,
    budgetUsedRatio: budgetCents ? Math.round((costCents / budgetCents) * 10000) / 10000 : null,
    costPerArrangementCents: counts.active > 0 ? Math.round(costCents / counts.active) : null,
    hoursDelivered: money?.hoursDelivered ?? 0,
    averageWaitingDays: counts.averageWaitingDays === null ? null : Math.round(Number(counts.averageWaitingDays) * 10) / 10,
    withNetworkPlan: counts.withNetworkPlan,
    goalAttainment: { achieved: counts.achieved, partly: counts.partly, notAchieved: counts.notAchieved, suppressed: [] },
    suppressed: [],
  };
}

export class MonitorService {
  constructor(
    private readonly db: Queryable,
    private readonly suppressionThreshold: number,
  ) {}

  /** Who may see what: the municipality's staff all; analysts all, protected; a representative only their own provider. */
  scope(viewerOrNull: Viewer | null, period: { from: string; to: string }, providerGlobalId: string | null | undefined): OverviewScope {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.ANALYST, Role.ADMIN, Role.PROVIDER_REP);
    requirePeriod(period);
    let providerId: number | null = null;
    if (providerGlobalId) {
      providerId = decodeIdOf('Provider', providerGlobalId);
      if (providerId === null) throw new InputError('"providerId" is not a provider id.', 'providerId');
    }
    if (viewer.role === Role.PROVIDER_REP) {
      if (providerId !== null && providerId !== viewer.providerId)
        throw new ForbiddenError('A representative sees the overview of their own provider only.');
      providerId = viewer.providerId;
    }
    return { viewer, from: period.from, to: period.to, providerId, threshold: viewer.role === Role.ANALYST ? this.suppressionThreshold : null };
  }

  async overview(scope: OverviewScope): Promise<OverviewData> {
    const params = [scope.viewer.municipalityId, scope.from, scope.to, scope.providerId];
    const [counts, money, [context]] = await Promise.all([
      this.db.query<RawCounts & CellKeys & Grouped>(ARRANGEMENT_FIGURES_SQL, params),
      this.db.query<RawMoney & Grouped>(REPORT_FIGURES_SQL, params),
      this.db.query<{ inhabitants: number; convenants: ConvenantBudget[] | null }>(CONTEXT_SQL, params.slice(0, 3)),
    ]);
    const inhabitants = context?.inhabitants ?? 0;
    // A provider's budget is not part of the convenant; only the whole (or a representative's own view of it) has none either.
    const budget = scope.providerId === null ? proRataBudget(context?.convenants ?? [], scope.from, scope.to) : null;
    const moneyOf = (pick: (m: Grouped) => boolean) => money.find(pick);
    const total = counts.find((c) => c.byProvider === 1 && c.byCategory === 1) ?? ZERO_COUNTS;
    const figures = (c: RawCounts & CellKeys, m: RawMoney | undefined, b: number | null) =>
      protect(figuresOf(c, m, b, inhabitants), c, scope.threshold, inhabitants);
    return {
      total: figures(
        total,
        moneyOf((m) => m.byProvider === 1 && m.byCategory === 1),
        budget,
      ),
      byProvider: counts
        .filter((c) => c.byProvider === 0)
        .sort((a, b) => a.providerId! - b.providerId!)
        .map((c) => ({
          ...figures(
            c,
            moneyOf((m) => m.byProvider === 0 && m.providerId === c.providerId),
            null,
          ),
          providerId: c.providerId!,
        })),
      byProductCategory: counts
        .filter((c) => c.byCategory === 0)
        .sort((a, b) => CATEGORY_ORDER.indexOf(a.productCategory!) - CATEGORY_ORDER.indexOf(b.productCategory!))
        .map((c) => ({
          ...figures(
            c,
            moneyOf((m) => m.byCategory === 0 && m.productCategory === c.productCategory),
            null,
          ),
          productCategory: c.productCategory!,
        })),
    };
  }

  async series(scope: OverviewScope, interval: SeriesInterval): Promise<(Figures & { periodStart: string; periodEnd: string })[]> {
    const params = [scope.viewer.municipalityId, scope.from, scope.to, scope.providerId, interval === SeriesInterval.MONTH ? 'month' : 'quarter'];
    const [counts, money, [context]] = await Promise.all([
      this.db.query<RawCounts & CellKeys & { periodStart: string; periodEnd: string }>(ARRANGEMENT_SERIES_SQL, params),
      this.db.query<RawMoney & { periodStart: string }>(REPORT_SERIES_SQL, params),
      this.db.query<{ inhabitants: number; convenants: ConvenantBudget[] | null }>(CONTEXT_SQL, params.slice(0, 3)),
    ]);
    return counts.map((c) => ({
      ...protect(
        figuresOf(
          c,
          money.find((m) => m.periodStart === c.periodStart),
          scope.providerId === null ? proRataBudget(context?.convenants ?? [], c.periodStart, c.periodEnd) : null,
          context?.inhabitants ?? 0,
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
