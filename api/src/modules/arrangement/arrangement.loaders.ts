import DataLoader from 'dataloader';
import { plannedPerCall, type RequestDb } from '../../db/request-db';
import { defineProjection, type Projection } from '../../graphql-runtime/projection';
import { byKey, first, groupByKey, groupKeys, batchLoaders, queryBatch } from '../../shared/loader-utils';
import type { Arrangement, ArrangementReport, ArrangementStatus, ProductCategory } from './arrangement.entity';
import { arrangementForAnalyst, releasedArrangementsSql } from './analyst-view';
import { noteArrangementReads } from './access-log';
import { TenantTable } from '../../shared/tenant-table';

/** Arrangement rows: which columns each GraphQL field reads, so that list loaders fetch only those. */
export const ARRANGEMENT_PROJECTION = defineProjection({
  columns: {
    id: 'id',
    municipalityId: 'municipality_id',
    providerId: 'provider_id',
    clientKey: 'client_key',
    version: 'version',
    status: 'status',
    form: 'form',
    productCategory: 'product_category',
    requestedOn: 'requested_on',
    startsOn: 'starts_on',
    endedOn: 'ended_on',
    convenantId: 'convenant_id',
    endReason: 'end_reason',
    goalAttainment: 'goal_attainment',
    hoursPerWeek: 'hours_per_week',
    plannedCostCents: 'planned_cost_cents',
    realisedCostCents: 'realised_cost_cents',
    goals: 'goals',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  always: ['id', 'municipalityId', 'providerId'],
  fields: { clientKey: ['clientKey'], pseudonym: ['clientKey'], provider: [], reports: [], networkPlan: [], convenant: ['convenantId'] },
});

export const REPORT_PROJECTION = defineProjection({
  columns: {
    id: 'id',
    municipalityId: 'municipality_id',
    arrangementId: 'arrangement_id',
    providerId: 'provider_id',
    periodStart: 'period_start',
    periodEnd: 'period_end',
    hoursDelivered: 'hours_delivered',
    costCents: 'cost_cents',
    remarks: 'remarks',
    entry: 'entry',
    correctsReportId: 'corrects_report_id',
    correctionReason: 'correction_reason',
    createdByUserId: 'created_by_user_id',
    createdAt: 'created_at',
  },
  always: ['id', 'municipalityId', 'arrangementId', 'providerId'],
  fields: { correctsReport: ['correctsReportId'], correctedBy: [] },
});

export const ARRANGEMENT_COLUMNS = ARRANGEMENT_PROJECTION.all.select('a');
export const REPORT_COLUMNS = REPORT_PROJECTION.all.select('r');

export interface ArrangementFilterKey {
  status: ArrangementStatus | null;
  productCategory: ProductCategory | null;
  /** Analysts: only records of groups at least this large, as analysts see them (analyst-view.ts); null for others. */
  released: number | null;
}

export interface ChildPageKey {
  parentId: number;
  limit: number;
  afterId: number | null;
  /** The columns the page's nodes need (`ARRANGEMENT_PROJECTION` or `REPORT_PROJECTION`). */
  columns: Projection;
}

export type ArrangementPageKey = ChildPageKey & ArrangementFilterKey;
export type ArrangementCountKey = { parentId: number } & ArrangementFilterKey;
export type ReportPageKey = ChildPageKey;

const pageOptions = (k: ArrangementPageKey): string =>
  `${k.limit}|${k.afterId ?? ''}|${k.status ?? ''}|${k.productCategory ?? ''}|${k.released ?? ''}|${k.columns.key}`;
export const ARRANGEMENTS = new TenantTable<Arrangement>('arrangement', 'a', ARRANGEMENT_COLUMNS);
export const REPORTS = new TenantTable<ArrangementReport>('arrangement_report', 'r', REPORT_COLUMNS);
/** What the rules of a new report read of its arrangement: whose it is, whether it started, when it ran (not the whole row). */
export type ReportTarget = Pick<Arrangement, 'id' | 'providerId' | 'status' | 'startsOn' | 'endedOn'>;
export const REPORT_TARGETS = new TenantTable<ReportTarget>(
  'arrangement',
  'a',
  'a.id, a.provider_id AS "providerId", a.status, a.starts_on AS "startsOn", a.ended_on AS "endedOn"',
);
const reportPageOptions = (k: ReportPageKey): string => `${k.limit}|${k.afterId ?? ''}|${k.columns.key}`;
const countOptions = (k: ArrangementCountKey): string => `${k.status ?? ''}|${k.productCategory ?? ''}|${k.released ?? ''}`;

/** The first N arrangements of each provider: one LATERAL query per distinct page shape, not one per provider. */
async function arrangementPages(db: RequestDb, municipalityId: number, keys: readonly ArrangementPageKey[]): Promise<Arrangement[][]> {
  const results = new Map<ArrangementPageKey, Arrangement[]>();
  for (const group of groupKeys(keys, pageOptions).values()) {
    const sample = first(group, 'a key of the group');
    const filters = `x.municipality_id = $2 AND ($3::bigint IS NULL OR x.id > $3)
              AND ($4::arrangement_status IS NULL OR x.status = $4)
              AND ($5::product_category IS NULL OR x.product_category = $5)`;
    const rows = await db.query<Arrangement>(
      sample.released === null
        ? `SELECT ${sample.columns.select('a')} FROM unnest($1::bigint[]) AS p(id)
         CROSS JOIN LATERAL (
           SELECT * FROM arrangement x WHERE x.provider_id = p.id AND ${filters} ORDER BY x.id LIMIT $6
         ) a ORDER BY a.provider_id, a.id`
        : // Analysts: the records they may see, computed once and driving the page of each provider (analyst-view.ts).
          plannedPerCall(`WITH released AS MATERIALIZED (${releasedArrangementsSql(sample.released, '$2')})
         SELECT ${sample.columns.select('a')} FROM unnest($1::bigint[]) AS p(id)
         CROSS JOIN LATERAL (
           SELECT x.* FROM released r JOIN arrangement x ON x.id = r.id WHERE r.provider_id = p.id AND ${filters} ORDER BY x.id LIMIT $6
         ) a ORDER BY a.provider_id, a.id`),
      [group.map((k) => k.parentId), municipalityId, sample.afterId, sample.status, sample.productCategory, sample.limit + 1],
    );
    const grouped = groupByKey(
      group.map((k) => k.parentId),
      rows,
      (r) => r.providerId,
    );
    // The extra row only tells whether a next page exists; it is not shown, so not logged as read.
    noteArrangementReads(
      db,
      grouped.flatMap((list) => list.slice(0, sample.limit).map((r) => r.id)),
    );
    const view = sample.released === null ? (list: Arrangement[]) => list : (list: Arrangement[]) => list.map(arrangementForAnalyst);
    group.forEach((k, i) => results.set(k, view(grouped[i] ?? [])));
  }
  return keys.map((k) => results.get(k) ?? []);
}

/**
 * The count of each provider's arrangements (a connection's totalCount), one index probe per provider. Only the
 * filters asked for are in the statement: without them it reads arrangement_provider_idx alone (which carries what
 * row security reads), where a column of the table would visit the page of every row counted. Counted for all
 * providers at once, the planner took both the provider and the municipality index and visited the table's pages:
 * it does not know that a provider decides the municipality when it combines two indexes (docs/scaling.md).
 */
export function arrangementCountStatement(
  providerIds: readonly number[],
  municipalityId: number,
  filter: ArrangementFilterKey,
): { text: string; params: unknown[] } {
  const params: unknown[] = [providerIds, municipalityId];
  let filters = 'x.municipality_id = $2';
  if (filter.status !== null) filters += ` AND x.status = $${String(params.push(filter.status))}::arrangement_status`;
  if (filter.productCategory !== null) filters += ` AND x.product_category = $${String(params.push(filter.productCategory))}::product_category`;
  const text =
    filter.released === null
      ? `SELECT p.id AS "providerId", c.count FROM unnest($1::bigint[]) AS p(id)
          CROSS JOIN LATERAL (SELECT count(*) AS count FROM arrangement x WHERE x.provider_id = p.id AND ${filters}) c`
      : plannedPerCall(`WITH released AS MATERIALIZED (${releasedArrangementsSql(filter.released, '$2')})
          SELECT x.provider_id AS "providerId", count(*) AS count FROM released r JOIN arrangement x ON x.id = r.id
           WHERE x.provider_id = ANY($1) AND ${filters} GROUP BY x.provider_id`);
  return { text, params };
}

/** The count of each arrangement's reports (a connection's totalCount), from arrangement_report_arrangement_order_idx alone. */
export const REPORT_COUNT_SQL = `SELECT arrangement_id AS "key", count(*) AS "total" FROM arrangement_report
          WHERE arrangement_id = ANY($1) AND municipality_id = $2 GROUP BY arrangement_id`;

async function arrangementCounts(db: RequestDb, municipalityId: number, keys: readonly ArrangementCountKey[]): Promise<number[]> {
  const results = new Map<ArrangementCountKey, number>();
  for (const group of groupKeys(keys, countOptions).values()) {
    const sample = first(group, 'a key of the group');
    const { text, params } = arrangementCountStatement(
      group.map((k) => k.parentId),
      municipalityId,
      sample,
    );
    const rows = await db.query<{ providerId: number; count: number }>(text, params);
    const counts = byKey(
      group.map((k) => k.parentId),
      rows,
      (r) => r.providerId,
    );
    group.forEach((k, i) => results.set(k, counts[i]?.count ?? 0));
  }
  return keys.map((k) => results.get(k) ?? 0);
}

async function reportPages(db: RequestDb, municipalityId: number, keys: readonly ReportPageKey[]): Promise<ArrangementReport[][]> {
  const results = new Map<ReportPageKey, ArrangementReport[]>();
  for (const group of groupKeys(keys, reportPageOptions).values()) {
    const sample = first(group, 'a key of the group');
    const rows = await db.query<ArrangementReport>(
      `SELECT ${sample.columns.select('r')} FROM unnest($1::bigint[]) AS p(id)
         CROSS JOIN LATERAL (
           SELECT * FROM arrangement_report x
            WHERE x.arrangement_id = p.id AND x.municipality_id = $2 AND ($3::bigint IS NULL OR x.id > $3)
            ORDER BY x.id LIMIT $4
         ) r ORDER BY r.arrangement_id, r.id`,
      [group.map((k) => k.parentId), municipalityId, sample.afterId, sample.limit + 1],
    );
    const grouped = groupByKey(
      group.map((k) => k.parentId),
      rows,
      (r) => r.arrangementId,
    );
    group.forEach((k, i) => results.set(k, grouped[i] ?? []));
  }
  return keys.map((k) => results.get(k) ?? []);
}

const ARRANGEMENT_BY_ID_SQL = `SELECT ${ARRANGEMENT_COLUMNS} FROM arrangement a WHERE a.id = ANY($1) AND a.municipality_id = $2`;

export function createArrangementLoaders(db: RequestDb, municipalityId: number) {
  const { one, list, total } = batchLoaders(db, municipalityId);
  return {
    arrangementById: new DataLoader<number, Arrangement | null>(async (ids) => {
      const rows = await queryBatch<Arrangement>(db, ARRANGEMENT_BY_ID_SQL, ids, municipalityId);
      noteArrangementReads(
        db,
        rows.map((r) => r.id),
      );
      return byKey(ids, rows, (r) => r.id);
    }),

    arrangementPageByProvider: new DataLoader<ArrangementPageKey, Arrangement[], string>((keys) => arrangementPages(db, municipalityId, keys), {
      cacheKeyFn: (k) => `${k.parentId}|${pageOptions(k)}`,
    }),

    arrangementCountByProvider: new DataLoader<ArrangementCountKey, number, string>((keys) => arrangementCounts(db, municipalityId, keys), {
      cacheKeyFn: (k) => `${k.parentId}|${countOptions(k)}`,
    }),

    reportPageByArrangement: new DataLoader<ReportPageKey, ArrangementReport[], string>((keys) => reportPages(db, municipalityId, keys), {
      cacheKeyFn: (k) => `${k.parentId}|${reportPageOptions(k)}`,
    }),

    reportById: one<ArrangementReport>(
      `SELECT ${REPORT_COLUMNS} FROM arrangement_report r WHERE r.id = ANY($1) AND r.municipality_id = $2`,
      (r) => r.id,
    ),

    /** The reversal and correction of each report (none while it stands). */
    correctionsByReport: list<ArrangementReport>(
      `SELECT ${REPORT_COLUMNS} FROM arrangement_report r WHERE r.corrects_report_id = ANY($1) AND r.municipality_id = $2 ORDER BY r.id`,
      (r) => r.correctsReportId ?? 0,
    ),

    reportCountByArrangement: total(REPORT_COUNT_SQL),
  };
}
export type ArrangementLoaders = ReturnType<typeof createArrangementLoaders>;
