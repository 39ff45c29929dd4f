import type { Clock } from '../../clock';
import type { Queryable } from '../../db/database';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { requirePeriod } from '../../shared/validation';
import type { FundingService } from '../funding/funding.service';
import { thresholdFor } from '../monitor/disclosure.rules';
import {
  ARRANGEMENT_FIGURES_SQL,
  ARRANGEMENT_SERIES_BY_PROVIDER_SQL,
  REPORT_FIGURES_SQL,
  REPORT_SERIES_BY_PROVIDER_SQL,
} from '../monitor/monitor.sql';
import { providerInScope } from '../monitor/monitor.service';
import { SeriesInterval } from '../monitor/monitor.types';
import type { ProviderKind } from '../provider/provider.entity';
import { Role } from '../user/user.entity';
import {
  addInto,
  emptyCell,
  fundedHours,
  kindFigures,
  receivedFromCare,
  rollUpByKind,
  type FundedHours,
  type KindFigures,
  type ProviderCounts,
  type ProviderMoney,
} from './transformation.rules';

export interface TransformationScope {
  viewer: Viewer;
  from: string;
  to: string;
  interval: SeriesInterval;
  providerId: number | null;
  /** Analysts: figures protected as in the overview; null for everyone else, who sees them exact. */
  threshold: number | null;
}

export interface TransformationData {
  byProviderKind: { periodStart: string; periodEnd: string; kinds: KindFigures[] }[];
  periodTotals: KindFigures[];
  fundingToLighter: FundedHours & { receivers: (FundedHours & { providerId: number })[] };
}

/** The overview's rows are grouping sets; the per-provider ones have GROUPING(provider_id) = 0. */
interface Grouped {
  byProvider: number;
  providerId: number | null;
}
type SeriesRow<T> = T & { periodStart: string; groupId: number | null };

const KINDS_SQL = `SELECT id AS "providerId", kind FROM provider WHERE municipality_id = $1`;

const perProvider = <T extends Grouped>(rows: readonly T[]): (T & { providerId: number })[] =>
  rows.filter((r): r is T & { providerId: number } => r.byProvider === 0 && r.providerId !== null);
const byId = <T extends { providerId: number }>(rows: readonly T[]): Map<number, T> => new Map(rows.map((r) => [r.providerId, r]));
/** Series rows of one bucket, as provider rows (the group is the provider). */
const ofBucket = <T>(rows: readonly SeriesRow<T>[], start: string): (T & { providerId: number })[] =>
  rows.filter((r) => r.periodStart === start && r.groupId !== null).map((r) => ({ ...r, providerId: Number(r.groupId) }));

export class TransformationService {
  constructor(
    private readonly db: Queryable,
    private readonly suppressionThreshold: number,
    private readonly clock: Clock,
    private readonly funding: FundingService,
  ) {}

  /** The regisseur and analysts see every provider or one; a representative only their own. */
  scope(
    viewerOrNull: Viewer | null,
    period: { from: string; to: string },
    interval: SeriesInterval,
    providerGlobalId: string | null | undefined,
  ): TransformationScope {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.ANALYST, Role.PROVIDER_REP);
    requirePeriod(period);
    const providerId = providerInScope(viewer, providerGlobalId, 'A representative sees the transformation figures of their own provider only.');
    const threshold = thresholdFor(viewer, this.suppressionThreshold);
    return { viewer, from: period.from, to: period.to, interval, providerId, threshold };
  }

  /**
   * Six statements whatever the data size: the overview's figures and report sums per provider for the period and per
   * bucket, the providers' kinds, and the funding flows; the roll-up to kinds adds up at most a few providers per cell.
   */
  async figures(scope: TransformationScope): Promise<TransformationData> {
    const params = [scope.viewer.municipalityId, scope.from, scope.to, scope.providerId];
    const unit = scope.interval === SeriesInterval.MONTH ? 'month' : 'quarter';
    const [counts, money, seriesCounts, seriesMoney, kinds, flows] = await Promise.all([
      this.db.query<ProviderCounts & Grouped>(ARRANGEMENT_FIGURES_SQL, [...params, this.clock.today()]),
      this.db.query<ProviderMoney & Grouped>(REPORT_FIGURES_SQL, params),
      this.db.query<SeriesRow<Omit<ProviderCounts, 'providerId'>> & { periodEnd: string }>(ARRANGEMENT_SERIES_BY_PROVIDER_SQL, [...params, unit]),
      this.db.query<SeriesRow<Omit<ProviderMoney, 'providerId'>>>(REPORT_SERIES_BY_PROVIDER_SQL, [...params, unit]),
      this.db.query<{ providerId: number; kind: ProviderKind }>(KINDS_SQL, [scope.viewer.municipalityId]),
      this.funding.flows(scope.viewer, { from: scope.from, to: scope.to }),
    ]);
    const kindById = new Map(kinds.map((k) => [k.providerId, k.kind]));
    const kindOf = (id: number) => kindById.get(id);
    const periodCounts = perProvider(counts);
    const periodMoney = perProvider(money);
    // Every bucket has a row of group 0 (no provider), so the buckets come from the series even without arrangements.
    const buckets = new Map(seriesCounts.map((r) => [r.periodStart, r.periodEnd]));
    return {
      byProviderKind: [...buckets].map(([periodStart, periodEnd]) => ({
        periodStart,
        periodEnd,
        kinds: kindFigures(rollUpByKind(ofBucket(seriesCounts, periodStart), ofBucket(seriesMoney, periodStart), kindOf), scope.threshold),
      })),
      periodTotals: kindFigures(rollUpByKind(periodCounts, periodMoney, kindOf), scope.threshold),
      fundingToLighter: this.fundingToLighter(scope, receivedFromCare(flows.flows, kindOf, scope.providerId), byId(periodCounts), byId(periodMoney)),
    };
  }

  /** Each receiver's money against its hours, and all receivers together as one cell. */
  private fundingToLighter(
    scope: TransformationScope,
    received: ReturnType<typeof receivedFromCare>,
    counts: Map<number, ProviderCounts>,
    money: Map<number, ProviderMoney>,
  ): TransformationData['fundingToLighter'] {
    const all = emptyCell();
    const total = { agreedCents: 0, paidCents: 0 };
    const receivers = received.map((r) => {
      addInto(all, counts.get(r.providerId), money.get(r.providerId));
      total.agreedCents += r.agreedCents;
      total.paidCents += r.paidCents;
      const cell = addInto(emptyCell(), counts.get(r.providerId), money.get(r.providerId));
      return { providerId: r.providerId, ...fundedHours(r, cell, scope.threshold) };
    });
    return { receivers, ...fundedHours(total, all, scope.threshold) };
  }
}
