import DataLoader from 'dataloader';
import type { RequestDb } from '../../db/request-db';
import { byKey, groupByKey, groupKeys } from '../../shared/loader-utils';
import type { Arrangement, ArrangementReport, ArrangementStatus, ProductCategory } from './arrangement.entity';

export const ARRANGEMENT_COLUMNS = `a.id, a.municipality_id AS "municipalityId", a.provider_id AS "providerId", a.client_key AS "clientKey",
  a.version, a.status, a.form, a.product_category AS "productCategory", a.requested_on AS "requestedOn", a.starts_on AS "startsOn",
  a.ended_on AS "endedOn", a.end_reason AS "endReason", a.goal_attainment AS "goalAttainment", a.hours_per_week AS "hoursPerWeek",
  a.planned_cost_cents AS "plannedCostCents", a.realised_cost_cents AS "realisedCostCents", a.goals,
  a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;

export const REPORT_COLUMNS = `r.id, r.municipality_id AS "municipalityId", r.arrangement_id AS "arrangementId", r.provider_id AS "providerId",
  r.period_start AS "periodStart", r.period_end AS "periodEnd", r.hours_delivered AS "hoursDelivered", r.cost_cents AS "costCents",
  r.remarks, r.created_by_user_id AS "createdByUserId", r.created_at AS "createdAt"`;

export interface ArrangementFilterKey {
  status: ArrangementStatus | null;
  productCategory: ProductCategory | null;
}

export interface ChildPageKey {
  parentId: number;
  limit: number;
  afterId: number | null;
}

export type ArrangementPageKey = ChildPageKey & ArrangementFilterKey;
export type ArrangementCountKey = { parentId: number } & ArrangementFilterKey;

const pageOptions = (k: ArrangementPageKey): string => `${k.limit}|${k.afterId ?? ''}|${k.status ?? ''}|${k.productCategory ?? ''}`;
const countOptions = (k: ArrangementCountKey): string => `${k.status ?? ''}|${k.productCategory ?? ''}`;

export function createArrangementLoaders(db: RequestDb, municipalityId: number) {
  return {
    arrangementById: new DataLoader<number, Arrangement | null>(async (ids) => {
      const rows = await db.query<Arrangement>(`SELECT ${ARRANGEMENT_COLUMNS} FROM arrangement a WHERE a.id = ANY($1) AND a.municipality_id = $2`, [
        ids,
        municipalityId,
      ]);
      db.noteArrangementReads(rows.map((r) => r.id));
      return byKey(ids, rows, (r) => r.id);
    }),

    /** The first N arrangements of each provider: one LATERAL query per distinct page shape, not one per provider. */
    arrangementPageByProvider: new DataLoader<ArrangementPageKey, Arrangement[], string>(
      async (keys) => {
        const results = new Map<ArrangementPageKey, Arrangement[]>();
        for (const group of groupKeys(keys, pageOptions).values()) {
          const sample = group[0]!;
          const rows = await db.query<Arrangement>(
            `SELECT ${ARRANGEMENT_COLUMNS} FROM unnest($1::bigint[]) AS p(id)
             CROSS JOIN LATERAL (
               SELECT * FROM arrangement x
                WHERE x.provider_id = p.id AND x.municipality_id = $2
                  AND ($3::bigint IS NULL OR x.id > $3)
                  AND ($4::arrangement_status IS NULL OR x.status = $4)
                  AND ($5::product_category IS NULL OR x.product_category = $5)
                ORDER BY x.id LIMIT $6
             ) a ORDER BY a.provider_id, a.id`,
            [group.map((k) => k.parentId), municipalityId, sample.afterId, sample.status, sample.productCategory, sample.limit + 1],
          );
          const grouped = groupByKey(
            group.map((k) => k.parentId),
            rows,
            (r) => r.providerId,
          );
          // The extra row only tells whether a next page exists; it is not shown, so not logged as read.
          db.noteArrangementReads(grouped.flatMap((list) => list.slice(0, sample.limit).map((r) => r.id)));
          group.forEach((k, i) => results.set(k, grouped[i] ?? []));
        }
        return keys.map((k) => results.get(k) ?? []);
      },
      { cacheKeyFn: (k) => `${k.parentId}|${pageOptions(k)}` },
    ),

    arrangementCountByProvider: new DataLoader<ArrangementCountKey, number, string>(
      async (keys) => {
        const results = new Map<ArrangementCountKey, number>();
        for (const group of groupKeys(keys, countOptions).values()) {
          const sample = group[0]!;
          const rows = await db.query<{ providerId: number; count: number }>(
            `SELECT provider_id AS "providerId", count(*) AS count FROM arrangement
              WHERE provider_id = ANY($1) AND municipality_id = $2
                AND ($3::arrangement_status IS NULL OR status = $3)
                AND ($4::product_category IS NULL OR product_category = $4)
              GROUP BY provider_id`,
            [group.map((k) => k.parentId), municipalityId, sample.status, sample.productCategory],
          );
          const counts = byKey(
            group.map((k) => k.parentId),
            rows,
            (r) => r.providerId,
          );
          group.forEach((k, i) => results.set(k, counts[i]?.count ?? 0));
        }
        return keys.map((k) => results.get(k) ?? 0);
      },
      { cacheKeyFn: (k) => `${k.parentId}|${countOptions(k)}` },
    ),

    reportPageByArrangement: new DataLoader<ChildPageKey, ArrangementReport[], string>(
      async (keys) => {
        const results = new Map<ChildPageKey, ArrangementReport[]>();
        for (const group of groupKeys(keys, (k) => `${k.limit}|${k.afterId ?? ''}`).values()) {
          const sample = group[0]!;
          const rows = await db.query<ArrangementReport>(
            `SELECT ${REPORT_COLUMNS} FROM unnest($1::bigint[]) AS p(id)
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
      },
      { cacheKeyFn: (k) => `${k.parentId}|${k.limit}|${k.afterId ?? ''}` },
    ),

    reportById: new DataLoader<number, ArrangementReport | null>(async (ids) => {
      const rows = await db.query<ArrangementReport>(
        `SELECT ${REPORT_COLUMNS} FROM arrangement_report r WHERE r.id = ANY($1) AND r.municipality_id = $2`,
        [ids, municipalityId],
      );
      return byKey(ids, rows, (r) => r.id);
    }),

    reportCountByArrangement: new DataLoader<number, number>(async (ids) => {
      const rows = await db.query<{ arrangementId: number; count: number }>(
        `SELECT arrangement_id AS "arrangementId", count(*) AS count FROM arrangement_report
          WHERE arrangement_id = ANY($1) AND municipality_id = $2 GROUP BY arrangement_id`,
        [ids, municipalityId],
      );
      return byKey(ids, rows, (r) => r.arrangementId).map((r) => r?.count ?? 0);
    }),
  };
}
export type ArrangementLoaders = ReturnType<typeof createArrangementLoaders>;
